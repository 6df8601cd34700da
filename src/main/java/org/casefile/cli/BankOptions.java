package org.casefile.cli;

import java.util.Map;
import org.casefile.domain.CaseField;
import picocli.CommandLine.Option;

/** The facts for the bank that {@code new-case} and {@code edit} both take. */
final class BankOptions {
    static final Map<CaseField, String> OPTIONS = Map.of(CaseField.BUYER_NAME, "--buyer-name",
            CaseField.DELIVERY_ADDRESS, "--delivery-address", CaseField.CARD_LAST4, "--card-last4",
            CaseField.STATEMENT_NAME, "--statement-name", CaseField.CHARGED_ON, "--charged",
            CaseField.RECEIVED_ON, "--received");

    @Option(names = "--buyer-name", paramLabel = "NAME", description = "The cardholder's name, as on the card.")
    String buyerName;
    @Option(names = "--delivery-address", paramLabel = "TEXT", description = "Where the parcel was to be delivered.")
    String deliveryAddress;
    @Option(names = "--card-last4", paramLabel = "NNNN",
            description = "The card's last four digits (never the whole number).") String cardLast4;
    @Option(names = "--statement-name", paramLabel = "TEXT",
            description = "The merchant's name as the card statement shows it.") String statementName;
    @Option(names = "--charged", paramLabel = "DATE",
            description = "The date the card was charged (default: the order date).") String charged;
    @Option(names = "--received", paramLabel = "DATE", description = "The date the parcel arrived.") String received;
}
