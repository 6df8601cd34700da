package org.casefile.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Suggests the one next step of a case from its status, deadlines and open routes. */
public final class NextSteps {
    private NextSteps() {
    }

    public static Optional<NextStep> suggest(CaseFacts facts, CaseStatus status, List<Deadline> deadlines,
                                             List<Route> routes, LocalDate today) {
        if (status.isFinished()) {
            return Optional.empty();
        }
        String platform = facts.platform() == Platform.OTHER ? "the shop" : facts.platform().label();
        boolean platformOpen = routes.stream().anyMatch(r -> r.route() == RouteKind.PLATFORM && r.eligible());
        return Optional.of(switch (status) {
            case NEW -> {
                LocalDate expected = facts.expectedDelivery();
                if (facts.claim() == ClaimType.NOT_RECEIVED && expected != null && !today.isAfter(expected)) {
                    yield new NextStep("Wait for the promised delivery date, then message the seller", expected);
                }
                yield platformOpen ? new NextStep("Message the seller and give them 48 hours to put it right",
                        today) : outside(routes, platform);
            }
            case SELLER_CONTACTED -> {
                Deadline wait = find(deadlines, DeadlineKind.SELLER_WAIT_ENDS);
                if (wait != null && today.isBefore(wait.date())) {
                    yield new NextStep("Give the seller until the date below to answer", wait.date());
                }
                Deadline openBy = find(deadlines, DeadlineKind.OPEN_DISPUTE_BY);
                yield platformOpen ? new NextStep("Open the dispute on " + platform,
                        openBy == null || openBy.date().isBefore(today) ? today : openBy.date())
                        : outside(routes, platform);
            }
            case DISPUTE_OPENED -> {
                Deadline due = find(deadlines, DeadlineKind.SELLER_RESPONSE_DUE);
                yield due != null && !today.isAfter(due.date())
                        ? new NextStep("Wait for the seller's answer; escalate to " + platform + " if none comes",
                        due.date())
                        : new NextStep("Escalate the dispute to " + platform, today);
            }
            case SELLER_RESPONDED -> new NextStep("Accept the seller's offer only if it is fair; otherwise escalate "
                    + "to " + platform, null);
            case ESCALATED -> new NextStep("Wait for " + platform + "'s decision and answer its questions "
                    + "quickly", null);
            case EXTERNAL_CLAIM -> {
                Deadline ombudsman = find(deadlines, DeadlineKind.OMBUDSMAN_FROM);
                if (ombudsman != null) {
                    yield today.isBefore(ombudsman.date())
                            ? new NextStep("Wait for your card issuer's answer; if it has not settled by the date "
                            + "below, you may go to the Financial Ombudsman", ombudsman.date())
                            : new NextStep("Take the complaint to the Financial Ombudsman", null);
                }
                yield new NextStep("Answer your card issuer's or PayPal's questions and keep every letter",
                        null);
            }
            case RESOLVED, CLOSED -> throw new IllegalStateException("finished cases have no next step");
        });
    }

    /** When the marketplace can no longer help: the best route through the payment. */
    private static NextStep outside(List<Route> routes, String platform) {
        for (RouteKind kind : List.of(RouteKind.SECTION75, RouteKind.CHARGEBACK, RouteKind.PAYPAL)) {
            if (routes.stream().anyMatch(r -> r.route() == kind && r.eligible())) {
                return new NextStep(switch (kind) {
                    case SECTION75 -> "Claim from your credit card company under Section 75";
                    case CHARGEBACK -> "Ask your card issuer for a chargeback";
                    default -> "Open a claim with PayPal";
                }, null);
            }
        }
        return new NextStep("Ask " + platform + "'s customer service to step in; no payment route is open", null);
    }

    private static Deadline find(List<Deadline> deadlines, DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.kind() == kind).findFirst().orElse(null);
    }
}
