package org.casefile.domain;

/** Whether one route to a refund is open for a case, and the one-sentence reason. */
public record Route(RouteKind route, boolean eligible, String reason) {
}
