package org.casefile.domain;

/** One row of the case list. {@code nextDeadline} is null when nothing is pending. */
public record CaseSummary(long id, Platform platform, String orderNumber, String item, String seller,
                          ClaimType claim, CaseStatus status, Deadline nextDeadline) {
}
