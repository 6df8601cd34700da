package org.casefile.domain;

import java.time.LocalDate;
import org.casefile.domain.text.AsTyped;
import org.casefile.domain.text.Phrase;

/**
 * What the buyer did to send the goods back: sent on a date (with carrier, tracking and when the seller got them), or
 * could not because the seller refused the return or gave no return address. Card schemes ask the cardholder to
 * certify it and make the bank wait after a return.
 */
public record ReturnAttempt(Kind kind, LocalDate sentOn, String carrier, String tracking, LocalDate sellerReceivedOn) {

    public enum Kind {
        SENT("sent"), REFUSED("refused"), NO_ADDRESS("no-address");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Kind fromId(String id) {
            for (Kind kind : values()) {
                if (kind.id.equals(id)) {
                    return kind;
                }
            }
            throw new CasefileException(Phrase.of("ReturnAttempt.unknown", id));
        }
    }

    public ReturnAttempt {
        if (kind == null) {
            throw new CasefileException(Phrase.of("ReturnAttempt.kindNeeded"));
        }
        if (kind == Kind.SENT && sentOn == null) {
            throw new CasefileException(Phrase.of("ReturnAttempt.dateNeeded"));
        }
        if (kind != Kind.SENT) {
            sentOn = null;
            carrier = null;
            tracking = null;
            sellerReceivedOn = null;
        }
        carrier = blankToNull(carrier);
        tracking = blankToNull(tracking);
        if (sentOn != null && sellerReceivedOn != null && sellerReceivedOn.isBefore(sentOn)) {
            throw new CasefileException(Phrase.of("ReturnAttempt.receivedBeforeSent", new AsTyped(sellerReceivedOn),
                    new AsTyped(sentOn)));
        }
    }

    public static ReturnAttempt sent(LocalDate on, String carrier, String tracking, LocalDate sellerReceivedOn) {
        return new ReturnAttempt(Kind.SENT, on, carrier, tracking, sellerReceivedOn);
    }

    public static ReturnAttempt refused() {
        return new ReturnAttempt(Kind.REFUSED, null, null, null, null);
    }

    public static ReturnAttempt noAddress() {
        return new ReturnAttempt(Kind.NO_ADDRESS, null, null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
