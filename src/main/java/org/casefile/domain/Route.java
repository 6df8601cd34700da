package org.casefile.domain;

/** Whether one route to a refund is open for a case, the one-sentence reason, and where its rule comes from. */
public record Route(RouteKind route, boolean eligible, String reason, RuleSource source) {
}
