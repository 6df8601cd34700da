package org.casefile.domain;

import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/** The deadlines Casefile works out from a case's facts and history; each names its rule and where it comes from. */
public enum DeadlineKind implements Choice {
    BUYER_PROTECTION_ENDS(RuleSource.ORDER_PAGE),
    OPEN_DISPUTE_BY(RuleSource.ARTICLE),
    SELLER_WAIT_ENDS(RuleSource.ARTICLE),
    SELLER_RESPONSE_DUE(RuleSource.ARTICLE),
    ESCALATE_BY(RuleSource.ARTICLE),
    DECISION_EXPECTED_BY(RuleSource.ARTICLE),
    PAYPAL_DISPUTE_WINDOW(RuleSource.PAYPAL_TERMS),
    PAYPAL_ESCALATE_BY(RuleSource.PAYPAL_TERMS),
    CHARGEBACK_WINDOW(RuleSource.CARD_SCHEME),
    OMBUDSMAN_FROM(RuleSource.FINANCIAL_OMBUDSMAN);

    private final RuleSource source;

    DeadlineKind(RuleSource source) {
        this.source = source;
    }

    /** The rule in one sentence (the label is {@link #phrase()}). */
    public Phrase rulePhrase() {
        return Phrase.of("DeadlineKind." + name() + ".rule");
    }

    public String rule() {
        return RuleText.english(rulePhrase());
    }

    /** Where the rule comes from: shown beside it. */
    public RuleSource source() {
        return source;
    }

    /**
     * A waiting period rather than a last day: once it has passed it is the buyer's turn (open the dispute,
     * escalate, chase, go to the Ombudsman), which the case's next step says; nothing was missed.
     */
    public boolean isWaitingPeriod() {
        return this == SELLER_WAIT_ENDS || this == SELLER_RESPONSE_DUE || this == DECISION_EXPECTED_BY
                || this == OMBUDSMAN_FROM;
    }

    /** A date of a route through the payment: it outlives the marketplace's decision, good or bad. */
    public boolean isPaymentRoute() {
        return this == PAYPAL_DISPUTE_WINDOW || this == PAYPAL_ESCALATE_BY || this == CHARGEBACK_WINDOW
                || this == OMBUDSMAN_FROM;
    }

    /**
     * How a met deadline is shown unless its rule says otherwise: buyer protection still runs after a dispute was
     * opened in time, so "done" would say the wrong thing about a future date.
     */
    public Phrase doneTextPhrase() {
        return Phrase.of(switch (this) {
            case BUYER_PROTECTION_ENDS -> "Deadline.done.openedInTime";
            case OPEN_DISPUTE_BY -> "Deadline.done.disputeOpened";
            default -> "Deadline.done";
        });
    }

    public String doneText() {
        return RuleText.english(doneTextPhrase());
    }

    /**
     * The to-do line when it is to be done at once (see {@link Urgency}): the date that follows is the last day,
     * buyer protection's end.
     */
    public Phrase actionNowPhrase(String order) {
        return this == OPEN_DISPUTE_BY ? Phrase.of("DeadlineKind.OPEN_DISPUTE_BY.actionNow", order)
                : actionPhrase(order);
    }

    public String actionNow(String order) {
        return RuleText.english(actionNowPhrase(order));
    }

    /** What the buyer should do about it, as one line of a to-do list: "Open the dispute on order 8123…". */
    public Phrase actionPhrase(String order) {
        return Phrase.of("DeadlineKind." + name() + ".action", order);
    }

    public String action(String order) {
        return RuleText.english(actionPhrase(order));
    }
}
