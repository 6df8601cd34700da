package org.casefile.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.casefile.app.Services;
import org.casefile.domain.Case;
import org.casefile.domain.CaseFactsInput;
import org.casefile.domain.CaseField;
import org.casefile.domain.CasefileException;
import org.casefile.domain.InvalidCaseException;
import org.casefile.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new-case", description = "Opens a case for a problem order and prints its id.")
final class NewCaseCommand implements Callable<Integer> {
    private static final Map<CaseField, String> OPTIONS = Map.ofEntries(
            Map.entry(CaseField.PLATFORM, "--platform"), Map.entry(CaseField.ORDER_NUMBER, "--order"),
            Map.entry(CaseField.ITEM, "--item"), Map.entry(CaseField.CLAIM, "--claim"),
            Map.entry(CaseField.PAID, "--paid"), Map.entry(CaseField.ORDERED_ON, "--ordered"),
            Map.entry(CaseField.PROTECTION_ENDS, "--protection-ends"), Map.entry(CaseField.PAYMENT, "--payment"),
            Map.entry(CaseField.SELLER, "--seller"), Map.entry(CaseField.COUNTRY, "--country"),
            Map.entry(CaseField.TRACKING_NUMBER, "--tracking"), Map.entry(CaseField.CARRIER, "--carrier"),
            Map.entry(CaseField.EXPECTED_DELIVERY, "--expected-delivery"),
            Map.entry(CaseField.LISTING_URL, "--listing-url"));

    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;
    @Mixin BankOptions bank = new BankOptions();

    @Option(names = "--platform", required = true, paramLabel = "P",
            description = "aliexpress, amazon, ebay, temu or other.") String platform;
    @Option(names = "--order", required = true, paramLabel = "NO", description = "The order number.") String order;
    @Option(names = "--item", required = true, paramLabel = "TEXT", description = "What you ordered.") String item;
    @Option(names = "--claim", required = true, paramLabel = "TYPE",
            description = "not-received, not-as-described or damaged.") String claim;
    @Option(names = "--paid", required = true, paramLabel = "\"AMOUNT CUR\"",
            description = "What you paid, e.g. \"89.99 GBP\".") String paid;
    @Option(names = "--ordered", required = true, paramLabel = "DATE",
            description = "The order date, YYYY-MM-DD.") String ordered;
    @Option(names = "--protection-ends", paramLabel = "DATE",
            description = "When buyer protection ends, from the order page.") String protectionEnds;
    @Option(names = "--payment", paramLabel = "METHOD",
            description = "credit-card, debit-card, paypal, platform-balance or other.") String payment;
    @Option(names = "--seller", paramLabel = "NAME", description = "The seller or store.") String seller;
    @Option(names = "--country", paramLabel = "CC", description = "Your country, e.g. GB.") String country;
    @Option(names = "--tracking", paramLabel = "NO", description = "The tracking number.") String tracking;
    @Option(names = "--carrier", paramLabel = "NAME", description = "The carrier.") String carrier;
    @Option(names = "--expected-delivery", paramLabel = "DATE",
            description = "The latest promised delivery date.") String expectedDelivery;
    @Option(names = "--listing-url", paramLabel = "URL", description = "The listing's web address.") String listingUrl;

    @Override
    public Integer call() {
        CaseFactsInput input = new CaseFactsInput(platform, order, seller, item, listingUrl, ordered, paid, payment,
                country, tracking, carrier, expectedDelivery, protectionEnds, claim, null, null, bank.buyerName,
                bank.deliveryAddress, bank.cardLast4, bank.statementName, bank.charged, bank.received);
        try (Library library = parent.openLibrary()) {
            Case created = Services.of(library, parent.clock()).cases().create(input);
            spec.commandLine().getOut().println(created.id());
            return Cli.DONE;
        } catch (InvalidCaseException e) {
            throw notSaved(e);
        }
    }

    /** Names each wrong fact by the option that gave it: "--ordered: The order date ... is in the future." */
    static CasefileException notSaved(InvalidCaseException e) {
        return new CasefileException("The case was not saved:\n" + e.problems().entrySet().stream()
                .map(p -> "  " + OPTIONS.getOrDefault(p.getKey(), BankOptions.OPTIONS.getOrDefault(p.getKey(),
                        EditCommand.OPTIONS.getOrDefault(p.getKey(), p.getKey().label()))) + ": " + p.getValue())
                .collect(Collectors.joining("\n")));
    }
}
