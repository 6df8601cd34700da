package org.casefile.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Suggests the one next step of a case: from its deadlines first, then its status. A wait (the seller's 48 hours,
 * their answer period, a promised delivery date) never pushes the step past the open-by date or the end of buyer
 * protection; once the marketplace can no longer help, the best payment route still open comes next.
 */
public final class NextSteps {
    private NextSteps() {
    }

    public static Optional<NextStep> suggest(CaseFacts facts, CaseStatus status, List<Deadline> deadlines,
                                             List<Route> routes, LocalDate today) {
        return suggest(facts, status, null, deadlines, routes, today);
    }

    public static Optional<NextStep> suggest(CaseFacts facts, CaseStatus status, Outcome outcome,
                                             List<Deadline> deadlines, List<Route> routes, LocalDate today) {
        if (DeadlineRules.settled(status, outcome)) {
            return Optional.empty();
        }
        String platform = facts.platform() == Platform.OTHER ? "the shop" : facts.platform().label();
        boolean platformOpen = routes.stream().anyMatch(r -> r.route() == RouteKind.PLATFORM && r.eligible());
        if (status.isFinished() || (!platformOpen && status != CaseStatus.EXTERNAL_CLAIM)) {
            return Optional.of(outside(facts, routes, deadlines, platform));
        }
        Deadline protection = DeadlineRules.find(deadlines, DeadlineKind.BUYER_PROTECTION_ENDS);
        Deadline openBy = DeadlineRules.find(deadlines, DeadlineKind.OPEN_DISPUTE_BY);
        boolean beforeDispute = status == CaseStatus.NEW || status == CaseStatus.SELLER_CONTACTED;
        if (beforeDispute && Urgency.openDisputeNow(deadlines, today)) {
            return Optional.of(new NextStep("Open the dispute on " + platform + " now: buyer protection ends within "
                    + "two weeks (you can go on messaging the seller beside it)", protection.date(),
                    RuleSource.ARTICLE));
        }
        return Optional.of(switch (status) {
            case NEW -> {
                LocalDate expected = facts.expectedDelivery();
                if (facts.claim() == ClaimType.NOT_RECEIVED && expected != null && !today.isAfter(expected)) {
                    yield openBy == null || !expected.isAfter(openBy.date())
                            ? step("Wait for the promised delivery date, then message the seller", expected)
                            : step("The promised delivery date comes after the day to open the dispute: message "
                            + "the seller now, and open the dispute by the date below if the parcel has not come",
                            openBy.date());
                }
                yield openBy == null || !today.plusDays(2).isAfter(openBy.date())
                        ? step("Message the seller and give them 48 hours to put it right", today)
                        : step("Message the seller today, and open the dispute by the date below even if they have "
                        + "not answered", openBy.date());
            }
            case SELLER_CONTACTED -> {
                Deadline wait = DeadlineRules.find(deadlines, DeadlineKind.SELLER_WAIT_ENDS);
                if (wait != null && today.isBefore(wait.date())) {
                    yield openBy == null || !wait.date().isAfter(openBy.date())
                            ? step("Give the seller until the date below to answer", wait.date())
                            : step("Give the seller until the date below to answer, but no longer: then open the "
                            + "dispute even without an answer", openBy.date());
                }
                yield step("Open the dispute on " + platform, openBy == null ? today : openBy.date());
            }
            case DISPUTE_OPENED -> {
                Deadline due = DeadlineRules.find(deadlines, DeadlineKind.SELLER_RESPONSE_DUE);
                Deadline latest = DeadlineRules.find(deadlines, DeadlineKind.ESCALATE_BY);
                if (due != null && !today.isAfter(due.date())) {
                    yield step("Wait for the seller's answer (sellers have 5 to 7 days); escalate to " + platform
                            + " if none comes", due.date());
                }
                yield step("Escalate the dispute to " + platform, latest == null || latest.date().isBefore(today)
                        ? today : latest.date());
            }
            case SELLER_RESPONDED -> step("Accept the seller's offer only if it is fair; otherwise escalate to "
                    + platform, null);
            case ESCALATED -> {
                Deadline decision = DeadlineRules.find(deadlines, DeadlineKind.DECISION_EXPECTED_BY);
                yield decision == null || !today.isAfter(decision.date())
                        ? step("Wait for " + platform + "'s decision and answer its questions quickly",
                        decision == null ? null : decision.date())
                        : step("Chase " + platform + ": its decision is overdue; ask its customer service when it "
                        + "will decide, in writing", today);
            }
            case EXTERNAL_CLAIM -> {
                Deadline ombudsman = DeadlineRules.find(deadlines, DeadlineKind.OMBUDSMAN_FROM);
                if (ombudsman != null) {
                    yield today.isBefore(ombudsman.date())
                            ? new NextStep("Wait for your card issuer's answer; if it has not settled by the date "
                            + "below, you may go to the Financial Ombudsman", ombudsman.date(),
                            RuleSource.FINANCIAL_OMBUDSMAN)
                            : new NextStep("Take the complaint to the Financial Ombudsman", null,
                            RuleSource.FINANCIAL_OMBUDSMAN);
                }
                yield step("Answer your card issuer's or PayPal's questions and keep every letter", null);
            }
            case RESOLVED, CLOSED -> throw new IllegalStateException("finished cases go outside the marketplace");
        });
    }

    private static NextStep step(String action, LocalDate by) {
        return new NextStep(action, by, RuleSource.ARTICLE);
    }

    /**
     * When the marketplace can no longer help (protection lapsed, it ruled against the buyer, the case was closed
     * without a refund): the best payment route still open, dated by its own window.
     */
    private static NextStep outside(CaseFacts facts, List<Route> routes, List<Deadline> deadlines, String platform) {
        for (RouteKind kind : List.of(RouteKind.SECTION75, RouteKind.CHARGEBACK, RouteKind.PAYPAL)) {
            Route route = routes.stream().filter(r -> r.route() == kind && r.eligible()).findFirst().orElse(null);
            Deadline window = DeadlineRules.find(deadlines, kind == RouteKind.PAYPAL
                    ? DeadlineKind.PAYPAL_DISPUTE_WINDOW : DeadlineKind.CHARGEBACK_WINDOW);
            if (route == null || (kind != RouteKind.SECTION75 && window != null && window.done())) {
                continue; // not open, or already used
            }
            return new NextStep(switch (kind) {
                case SECTION75 -> "Claim from your credit card company under Section 75";
                case CHARGEBACK -> "Ask your card issuer for a chargeback";
                default -> "Open a claim with PayPal";
            }, kind == RouteKind.SECTION75 || window == null ? null : window.date(), route.source());
        }
        if ("AU".equals(facts.country())) {
            return new NextStep("Ask the seller for a refund under the Australian Consumer Law's consumer "
                    + "guarantees, then your state's fair trading office", null, RuleSource.AUSTRALIAN_CONSUMER_LAW);
        }
        return step("Ask " + platform + "'s customer service to step in; no payment route is open", null);
    }
}
