package org.casefile.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casefile.domain.text.Phrase;

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
        Phrase platform = facts.platform().where();
        boolean platformOpen = routes.stream().anyMatch(r -> r.route() == RouteKind.PLATFORM && r.eligible());
        if (status.isFinished() || (!platformOpen && status != CaseStatus.EXTERNAL_CLAIM)) {
            return Optional.of(outside(facts, routes, deadlines, platform));
        }
        Deadline protection = DeadlineRules.find(deadlines, DeadlineKind.BUYER_PROTECTION_ENDS);
        Deadline openBy = DeadlineRules.find(deadlines, DeadlineKind.OPEN_DISPUTE_BY);
        boolean beforeDispute = status == CaseStatus.NEW || status == CaseStatus.SELLER_CONTACTED;
        if (beforeDispute && Urgency.openDisputeNow(deadlines, today)) {
            return Optional.of(new NextStep(Phrase.of("NextStep.openNow", platform), protection.date(),
                    RuleSource.ARTICLE));
        }
        return Optional.of(switch (status) {
            case NEW -> {
                LocalDate expected = facts.expectedDelivery();
                if (facts.claim() == ClaimType.NOT_RECEIVED && expected != null && !today.isAfter(expected)) {
                    yield openBy == null || !expected.isAfter(openBy.date())
                            ? step("NextStep.waitForDelivery", expected)
                            : step("NextStep.deliveryAfterOpenBy", openBy.date());
                }
                yield openBy == null || !today.plusDays(2).isAfter(openBy.date())
                        ? step("NextStep.messageSeller", today)
                        : step("NextStep.messageSellerToday", openBy.date());
            }
            case SELLER_CONTACTED -> {
                Deadline wait = DeadlineRules.find(deadlines, DeadlineKind.SELLER_WAIT_ENDS);
                if (wait != null && today.isBefore(wait.date())) {
                    yield openBy == null || !wait.date().isAfter(openBy.date())
                            ? step("NextStep.giveSellerTime", wait.date())
                            : step("NextStep.giveSellerTimeNoLonger", openBy.date());
                }
                yield step(Phrase.of("NextStep.openDispute", platform), openBy == null ? today : openBy.date());
            }
            case DISPUTE_OPENED -> {
                Deadline due = DeadlineRules.find(deadlines, DeadlineKind.SELLER_RESPONSE_DUE);
                Deadline latest = DeadlineRules.find(deadlines, DeadlineKind.ESCALATE_BY);
                if (due != null && !today.isAfter(due.date())) {
                    yield step(Phrase.of("NextStep.waitForAnswer", platform), due.date());
                }
                yield step(Phrase.of("NextStep.escalate", platform), latest == null || latest.date().isBefore(today)
                        ? today : latest.date());
            }
            case SELLER_RESPONDED -> step(Phrase.of("NextStep.weighOffer", platform), null);
            case ESCALATED -> {
                Deadline decision = DeadlineRules.find(deadlines, DeadlineKind.DECISION_EXPECTED_BY);
                yield decision == null || !today.isAfter(decision.date())
                        ? step(Phrase.of("NextStep.waitForDecision", platform), decision == null ? null : decision.date())
                        : step(Phrase.of("NextStep.chase", platform), today);
            }
            case EXTERNAL_CLAIM -> {
                Deadline ombudsman = DeadlineRules.find(deadlines, DeadlineKind.OMBUDSMAN_FROM);
                if (ombudsman != null) {
                    yield today.isBefore(ombudsman.date())
                            ? new NextStep(Phrase.of("NextStep.waitForIssuer"), ombudsman.date(),
                            RuleSource.FINANCIAL_OMBUDSMAN)
                            : new NextStep(Phrase.of("NextStep.ombudsman"), null, RuleSource.FINANCIAL_OMBUDSMAN);
                }
                yield step("NextStep.answerIssuer", null);
            }
            case RESOLVED, CLOSED -> throw new IllegalStateException("finished cases go outside the marketplace");
        });
    }

    private static NextStep step(String key, LocalDate by) {
        return step(Phrase.of(key), by);
    }

    private static NextStep step(Phrase action, LocalDate by) {
        return new NextStep(action, by, RuleSource.ARTICLE);
    }

    /**
     * When the marketplace can no longer help (protection lapsed, it ruled against the buyer, the case was closed
     * without a refund): the best payment route still open, dated by its own window.
     */
    private static NextStep outside(CaseFacts facts, List<Route> routes, List<Deadline> deadlines, Phrase platform) {
        for (RouteKind kind : List.of(RouteKind.SECTION75, RouteKind.CHARGEBACK, RouteKind.PAYPAL)) {
            Route route = routes.stream().filter(r -> r.route() == kind && r.eligible()).findFirst().orElse(null);
            Deadline window = DeadlineRules.find(deadlines, kind == RouteKind.PAYPAL
                    ? DeadlineKind.PAYPAL_DISPUTE_WINDOW : DeadlineKind.CHARGEBACK_WINDOW);
            if (route == null || (kind != RouteKind.SECTION75 && window != null && window.done())) {
                continue; // not open, or already used
            }
            return new NextStep(Phrase.of("NextStep.route." + kind.name()), kind == RouteKind.SECTION75 || window == null ? null : window.date(), route.source());
        }
        if ("AU".equals(facts.country())) {
            return new NextStep(Phrase.of("NextStep.australianConsumerLaw"), null,
                    RuleSource.AUSTRALIAN_CONSUMER_LAW);
        }
        return step(Phrase.of("NextStep.noRouteOpen", platform), null);
    }
}
