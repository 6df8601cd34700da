package org.casefile.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.casefile.domain.text.AsTyped;
import org.casefile.domain.text.Phrase;

/**
 * The order facts as typed, in the CLI or the GUI's form: text in every field. {@link #parse} is the one place that
 * turns them into {@link CaseFacts} and says, field by field, what is wrong.
 */
public record CaseFactsInput(
        String platform,
        String orderNumber,
        String seller,
        String item,
        String listingUrl,
        String orderedOn,
        String paid,
        String payment,
        String country,
        String trackingNumber,
        String carrier,
        String expectedDelivery,
        String protectionEnds,
        String claim,
        String resolution,
        String refundAsked,
        String buyerName,
        String deliveryAddress,
        String cardLast4,
        String statementName,
        String chargedOn,
        String receivedOn) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final int SHORT_TEXT = 120;
    private static final int LONG_TEXT = 500;

    /** The order facts alone, with nothing typed for the bank. */
    public CaseFactsInput(String platform, String orderNumber, String seller, String item, String listingUrl,
                          String orderedOn, String paid, String payment, String country, String trackingNumber,
                          String carrier, String expectedDelivery, String protectionEnds, String claim,
                          String resolution, String refundAsked) {
        this(platform, orderNumber, seller, item, listingUrl, orderedOn, paid, payment, country, trackingNumber,
                carrier, expectedDelivery, protectionEnds, claim, resolution, refundAsked, null, null, null, null,
                null, null);
    }

    public static CaseFactsInput of(CaseFacts facts) {
        BankFacts bank = facts.bank();
        return new CaseFactsInput(
                facts.platform().id(), facts.orderNumber(), facts.seller(), facts.item(), facts.listingUrl(),
                text(facts.orderedOn()), text(facts.paid()), facts.payment().id(), facts.country(),
                facts.trackingNumber(), facts.carrier(), text(facts.expectedDelivery()), text(facts.protectionEnds()),
                facts.claim().id(), facts.resolution().id(), text(facts.refundAsked()), bank.buyerName(),
                bank.deliveryAddress(), bank.cardLast4(), bank.statementName(), text(bank.chargedOn()),
                text(bank.receivedOn()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Checks every field against {@code today} (an order cannot be placed in the future). */
    public CaseFacts parse(LocalDate today) {
        Map<CaseField, Phrase> problems = new EnumMap<>(CaseField.class);
        Checker c = new Checker(problems);

        Platform platformValue = c.required(CaseField.PLATFORM, platform, Platform::fromId);
        String orderValue = c.text(CaseField.ORDER_NUMBER, orderNumber, true, SHORT_TEXT);
        String sellerValue = c.text(CaseField.SELLER, seller, false, SHORT_TEXT);
        String itemValue = c.text(CaseField.ITEM, item, true, LONG_TEXT);
        String urlValue = c.optional(CaseField.LISTING_URL, listingUrl, CaseFactsInput::url);
        LocalDate orderedValue = c.required(CaseField.ORDERED_ON, orderedOn, CaseFactsInput::date);
        Money paidValue = c.required(CaseField.PAID, paid, Money::parse);
        PaymentMethod paymentValue = isBlank(payment) ? PaymentMethod.OTHER
                : c.required(CaseField.PAYMENT, payment, PaymentMethod::fromId);
        String countryValue = c.optional(CaseField.COUNTRY, country, CaseFactsInput::country);
        String trackingValue = c.text(CaseField.TRACKING_NUMBER, trackingNumber, false, SHORT_TEXT);
        String carrierValue = c.text(CaseField.CARRIER, carrier, false, SHORT_TEXT);
        LocalDate expectedValue = c.optional(CaseField.EXPECTED_DELIVERY, expectedDelivery, CaseFactsInput::date);
        LocalDate protectionValue = c.optional(CaseField.PROTECTION_ENDS, protectionEnds, CaseFactsInput::date);
        ClaimType claimValue = c.required(CaseField.CLAIM, claim, ClaimType::fromId);
        Resolution resolutionValue = isBlank(resolution) ? Resolution.FULL_REFUND
                : c.required(CaseField.RESOLUTION, resolution, Resolution::fromId);
        Money refundValue = resolutionValue == Resolution.PARTIAL_REFUND
                ? c.required(CaseField.REFUND_ASKED, refundAsked, Money::parse) : null;

        String buyerValue = c.text(CaseField.BUYER_NAME, buyerName, false, SHORT_TEXT);
        String addressValue = c.text(CaseField.DELIVERY_ADDRESS, multiLine(deliveryAddress), false, LONG_TEXT);
        String last4Value = c.optional(CaseField.CARD_LAST4, cardLast4, CaseFactsInput::lastFour);
        String statementValue = c.text(CaseField.STATEMENT_NAME, statementName, false, SHORT_TEXT);
        LocalDate chargedValue = c.optional(CaseField.CHARGED_ON, chargedOn, CaseFactsInput::date);
        LocalDate receivedValue = c.optional(CaseField.RECEIVED_ON, receivedOn, CaseFactsInput::date);

        if (orderedValue != null && receivedValue != null && receivedValue.isBefore(orderedValue)) {
            problems.put(CaseField.RECEIVED_ON, Phrase.of("CaseFactsInput.arrivedBeforeOrder",
                    new AsTyped(receivedValue), new AsTyped(orderedValue)));
        }
        if (receivedValue != null && receivedValue.isAfter(today)) {
            problems.put(CaseField.RECEIVED_ON, Phrase.of("CaseFactsInput.arrivedInFuture",
                    new AsTyped(receivedValue)));
        }
        if (chargedValue != null && chargedValue.isAfter(today)) {
            problems.put(CaseField.CHARGED_ON, Phrase.of("CaseFactsInput.chargedInFuture", new AsTyped(chargedValue)));
        }
        if (orderedValue != null && orderedValue.isAfter(today)) {
            problems.put(CaseField.ORDERED_ON, Phrase.of("CaseFactsInput.orderedInFuture", new AsTyped(orderedValue)));
        }
        if (paidValue != null && paidValue.isZero()) {
            problems.put(CaseField.PAID, Phrase.of("CaseFactsInput.paidZero"));
        }
        if (orderedValue != null && protectionValue != null && protectionValue.isBefore(orderedValue)) {
            problems.put(CaseField.PROTECTION_ENDS, Phrase.of("CaseFactsInput.protectionBeforeOrder",
                    new AsTyped(protectionValue), new AsTyped(orderedValue)));
        }
        if (orderedValue != null && expectedValue != null && expectedValue.isBefore(orderedValue)) {
            problems.put(CaseField.EXPECTED_DELIVERY, Phrase.of("CaseFactsInput.deliveryBeforeOrder",
                    new AsTyped(expectedValue), new AsTyped(orderedValue)));
        }
        if (paidValue != null && refundValue != null) {
            if (!refundValue.currency().equals(paidValue.currency())) {
                problems.put(CaseField.REFUND_ASKED, Phrase.of("CaseFactsInput.refundCurrency",
                        paidValue.currency().getCurrencyCode()));
            } else if (refundValue.isZero() || refundValue.compareTo(paidValue) >= 0) {
                problems.put(CaseField.REFUND_ASKED, Phrase.of("CaseFactsInput.refundTooLarge",
                        new AsTyped(paidValue)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        return new CaseFacts(platformValue, orderValue, sellerValue, itemValue, urlValue, orderedValue, paidValue,
                paymentValue, countryValue, trackingValue, carrierValue, expectedValue, protectionValue, claimValue,
                resolutionValue, refundValue, new BankFacts(buyerValue, addressValue, last4Value, statementValue,
                chargedValue, receivedValue), null);
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** A date as the buyer types it, year-month-day; a clear message otherwise. */
    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CasefileException(Phrase.of("CaseFactsInput.notADate", text.strip()));
        }
    }

    /**
     * Exactly four digits. A longer number is refused without being repeated: the full card number must never be
     * stored, not even in an error message.
     */
    private static String lastFour(String text) {
        String digits = text.strip().replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]{4}")) {
            throw new CasefileException(Phrase.of(digits.matches("[0-9]{5,}")
                    ? "CaseFactsInput.fullCardNumber" : "CaseFactsInput.notLastFour"));
        }
        return digits;
    }

    /** An address keeps its lines as ", " so the one-line checks below apply. */
    private static String multiLine(String text) {
        return text == null ? null : text.strip().replaceAll("\\s*\\R\\s*", ", ");
    }

    private static String country(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (code.equals("UK")) {
            return "GB";
        }
        if (!COUNTRIES.contains(code)) {
            throw new CasefileException(Phrase.of("CaseFactsInput.notACountry", text.strip()));
        }
        return code;
    }

    private static String url(String text) {
        String candidate = text.strip();
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return candidate;
            }
        } catch (URISyntaxException e) {
            // fall through to the message below
        }
        throw new CasefileException(Phrase.of("CaseFactsInput.notAWebAddress", candidate));
    }

    /** Collects one problem per field instead of stopping at the first. */
    private record Checker(Map<CaseField, Phrase> problems) {
        <T> T required(CaseField field, String text, Function<String, T> parser) {
            if (isBlank(text)) {
                problems.put(field, Phrase.of("CaseFactsInput.needed"));
                return null;
            }
            return optional(field, text, parser);
        }

        <T> T optional(CaseField field, String text, Function<String, T> parser) {
            if (isBlank(text)) {
                return null;
            }
            try {
                return parser.apply(text);
            } catch (CasefileException e) {
                problems.put(field, e.phrase());
                return null;
            }
        }

        String text(CaseField field, String text, boolean needed, int maxLength) {
            String value = isBlank(text) ? null : text.strip().replaceAll("\\p{Cntrl}", " ");
            if (value == null) {
                if (needed) {
                    problems.put(field, Phrase.of("CaseFactsInput.needed"));
                }
                return null;
            }
            if (value.length() > maxLength) {
                problems.put(field, Phrase.of("CaseFactsInput.tooLong", maxLength));
            }
            return value;
        }
    }
}
