package org.casefile.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.casefile.app.CaseService;
import org.casefile.domain.CaseFactsInput;
import org.casefile.domain.CaseField;
import org.casefile.domain.InvalidCaseException;
import org.casefile.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Changes any fact the case form can change. An option left out keeps its value; an empty one ("") clears an
 * optional fact.
 */
@Command(name = "edit", description = "Changes the case's order facts: any option of new-case, the facts for the "
        + "bank, what is asked for. An option left out keeps its value; \"\" clears it.")
final class EditCommand implements Callable<Integer> {
    static final Map<CaseField, String> OPTIONS = Map.of(CaseField.RESOLUTION, "--resolution",
            CaseField.REFUND_ASKED, "--refund-asked");

    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;
    @Mixin BankOptions bank = new BankOptions();

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.") long caseId;
    @Option(names = "--platform", paramLabel = "P", description = "aliexpress, amazon, ebay, temu or other.")
    String platform;
    @Option(names = "--order", paramLabel = "NO", description = "The order number.") String order;
    @Option(names = "--item", paramLabel = "TEXT", description = "What was ordered.") String item;
    @Option(names = "--claim", paramLabel = "TYPE", description = "not-received, not-as-described or damaged.")
    String claim;
    @Option(names = "--paid", paramLabel = "\"AMOUNT CUR\"", description = "What was paid, e.g. \"89.99 GBP\".")
    String paid;
    @Option(names = "--ordered", paramLabel = "DATE", description = "The order date, YYYY-MM-DD.") String ordered;
    @Option(names = "--protection-ends", paramLabel = "DATE", description = "When buyer protection ends.")
    String protectionEnds;
    @Option(names = "--payment", paramLabel = "METHOD",
            description = "credit-card, debit-card, paypal, platform-balance or other.") String payment;
    @Option(names = "--seller", paramLabel = "NAME", description = "The seller or store.") String seller;
    @Option(names = "--country", paramLabel = "CC", description = "The buyer's country, e.g. GB.") String country;
    @Option(names = "--tracking", paramLabel = "NO", description = "The tracking number.") String tracking;
    @Option(names = "--carrier", paramLabel = "NAME", description = "The carrier.") String carrier;
    @Option(names = "--expected-delivery", paramLabel = "DATE", description = "The latest promised delivery date.")
    String expectedDelivery;
    @Option(names = "--listing-url", paramLabel = "URL", description = "The listing's web address.") String listingUrl;
    @Option(names = "--resolution", paramLabel = "WHAT",
            description = "full-refund, partial-refund, replacement or return-and-refund.") String resolution;
    @Option(names = "--refund-asked", paramLabel = "\"AMOUNT CUR\"",
            description = "The partial refund asked for, with --resolution partial-refund.") String refundAsked;

    @Override
    public Integer call() {
        try (Library library = parent.openLibrary()) {
            CaseService cases = org.casefile.app.Services.of(library, parent.clock()).cases();
            CaseFactsInput was = CaseFactsInput.of(cases.get(caseId).facts());
            CaseFactsInput now = new CaseFactsInput(or(platform, was.platform()), or(order, was.orderNumber()),
                    or(seller, was.seller()), or(item, was.item()), or(listingUrl, was.listingUrl()),
                    or(ordered, was.orderedOn()), or(paid, was.paid()), or(payment, was.payment()),
                    or(country, was.country()), or(tracking, was.trackingNumber()), or(carrier, was.carrier()),
                    or(expectedDelivery, was.expectedDelivery()), or(protectionEnds, was.protectionEnds()),
                    or(claim, was.claim()), or(resolution, was.resolution()), or(refundAsked, was.refundAsked()),
                    or(bank.buyerName, was.buyerName()), or(bank.deliveryAddress, was.deliveryAddress()),
                    or(bank.cardLast4, was.cardLast4()), or(bank.statementName, was.statementName()),
                    or(bank.charged, was.chargedOn()), or(bank.received, was.receivedOn()));
            cases.update(caseId, now);
            spec.commandLine().getOut().println("case " + caseId + " saved");
            return Cli.DONE;
        } catch (InvalidCaseException e) {
            throw NewCaseCommand.notSaved(e);
        }
    }

    private static String or(String given, String was) {
        return given != null ? given : was;
    }
}
