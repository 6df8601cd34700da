package org.casefile.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an email from a marketplace says about the order: which platform sent it, whether it confirms an order, the
 * facts it states (order number, store, item, amount, order date) and what kind of evidence it is.
 */
public record OrderEmail(Platform platform, String orderNumber, String store, String item, Money paid,
                         LocalDate orderedOn) {

    /** Senders' domains by platform (the last labels of the address: amazon.co.uk, mail.aliexpress.com…). */
    private static final List<Object[]> DOMAINS = List.of(new Object[] {"aliexpress.", Platform.ALIEXPRESS},
            new Object[] {"amazon.", Platform.AMAZON}, new Object[] {"ebay.", Platform.EBAY},
            new Object[] {"temu.", Platform.TEMU});
    private static final Pattern CONFIRMATION = Pattern.compile("(?i)order (confirm|placed|received|is confirmed)"
            + "|confirmation of your order|thank(s| you) for your (order|purchase)|your order (of|from|with|#|no)"
            + "|payment (received|confirmed)|you('ve| have) (bought|ordered|paid)");
    private static final Pattern TRACKING = Pattern.compile("(?i)shipped|dispatched|on its way|out for delivery"
            + "|tracking (number|no)|delivered|in transit");
    /** Order numbers as each platform writes them, then any "Order number: X". */
    private static final List<Object[]> NUMBERS = List.of(
            new Object[] {Platform.AMAZON, Pattern.compile("\\b(\\d{3}-\\d{7}-\\d{7})\\b")},
            new Object[] {Platform.EBAY, Pattern.compile("\\b(\\d{2}-\\d{5}-\\d{5})\\b")},
            new Object[] {Platform.TEMU, Pattern.compile("\\b(PO-\\d{3}-\\d{8,20})\\b")},
            new Object[] {Platform.ALIEXPRESS, Pattern.compile("(?i)order\\s*(?:id|number|no\\.?|#)\\s*[:：#]?\\s*"
                    + "(\\d{12,20})\\b")},
            new Object[] {null, Pattern.compile("(?i)order\\s*(?:id|number|no\\.?|#)\\s*[:：#]?\\s*([A-Z0-9][A-Z0-9-]"
                    + "{4,30})\\b")});
    private static final Pattern STORE = Pattern.compile("(?im)^\\s*(?:store|seller|sold by|shop)\\s*[:：]?\\s+(.{2,80})$");
    private static final Pattern ITEM = Pattern.compile("(?im)^\\s*(?:item|product|item name|items?)\\s*[:：]\\s*(.{2,300})$");
    private static final Pattern TOTAL = Pattern.compile("(?im)^\\s*(?:order total|grand total|total|amount paid|you "
            + "paid|total paid)\\s*[:：]?\\s*(.{1,40})$");
    private static final Pattern ORDERED = Pattern.compile("(?im)^\\s*(?:order date|order placed|ordered on|date "
            + "ordered|placed on)\\s*[:：]?\\s*(.{6,40})$");

    /** The platform whose address sent the email, else {@link Platform#OTHER}. */
    public static Platform platformOf(EmailText email) {
        String address = email.senderAddress();
        String domain = address.substring(address.indexOf('@') + 1);
        for (Object[] entry : DOMAINS) {
            String name = (String) entry[0];
            if (domain.startsWith(name) || domain.contains("." + name)) {
                return (Platform) entry[1];
            }
        }
        return Platform.OTHER;
    }

    /**
     * The order this email confirms, when it is an order confirmation from AliExpress, Amazon, eBay or Temu stating at
     * least the order number and the amount paid; the order date is the email's own when it states none.
     */
    public static Optional<OrderEmail> confirmation(EmailText email) {
        Platform platform = platformOf(email);
        if (platform == Platform.OTHER || !CONFIRMATION.matcher(email.subject() + "\n" + email.text()).find()) {
            return Optional.empty();
        }
        String number = orderNumber(email, platform);
        Money paid = amount(email.text(), platform);
        if (number == null || paid == null) {
            return Optional.empty();
        }
        LocalDate ordered = first(ORDERED, email.text()).map(OrderEmail::date).orElse(null);
        if (ordered == null && email.sentAt() != null) {
            ordered = email.sentAt().toLocalDate();
        }
        String item = first(ITEM, email.text()).orElse(email.subject().isBlank() ? "Order " + number
                : email.subject());
        return Optional.of(new OrderEmail(platform, number, first(STORE, email.text()).orElse(null), item, paid,
                ordered));
    }

    /** The order number the email names (the platform's own form first), or null. */
    public static String orderNumber(EmailText email, Platform platform) {
        String text = email.subject() + "\n" + email.text();
        for (Object[] entry : NUMBERS) {
            if (entry[0] == null || entry[0] == platform) {
                Matcher m = ((Pattern) entry[1]).matcher(text);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** What the email is as evidence: an order confirmation is a receipt, a shipping notice tracking, else chat. */
    public static EvidenceKind kindOf(EmailText email) {
        String words = email.subject() + "\n" + email.text();
        if (platformOf(email) != Platform.OTHER && CONFIRMATION.matcher(email.subject()).find()) {
            return EvidenceKind.RECEIPT;
        }
        if (TRACKING.matcher(email.subject()).find()) {
            return EvidenceKind.TRACKING;
        }
        return CONFIRMATION.matcher(words).find() && confirmation(email).isPresent() ? EvidenceKind.RECEIPT
                : EvidenceKind.CHAT;
    }

    /** Who wrote it, for the conversation: the platform when its address is the platform's, else the seller. */
    public static Author authorOf(EmailText email) {
        return platformOf(email) == Platform.OTHER ? Author.SELLER : Author.PLATFORM;
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** "£89.99", "US $23.45", "89.99 GBP", "EUR 12,99": the amount after the total's label. */
    static Money amount(String text, Platform platform) {
        Matcher m = TOTAL.matcher(text);
        while (m.find()) {
            String value = m.group(1).strip().replaceAll("(?i)^(US|USD)\\s*\\$\\s*", "USD ")
                    .replaceAll("^C\\$\\s*", "CAD ").replaceAll("(?i)^(A|AU)\\$\\s*", "AUD ")
                    .replaceAll("^R\\$\\s*", "BRL ").replaceAll("^₩\\s*", "KRW ");
            if (value.startsWith("$") && platform == Platform.AMAZON) {
                value = "USD " + value.substring(1);
            }
            try {
                Money money = Money.parse(value.replaceAll("\\s+", " "));
                if (!money.isZero()) {
                    return money;
                }
            } catch (CasefileException notAnAmount) {
                // another "Total" line may hold it
            }
        }
        return null;
    }

    private static LocalDate date(String text) {
        String value = text.strip().replaceAll("[,.]", " ").replaceAll("\\s+", " ").strip();
        for (String pattern : List.of("uuuu-MM-dd", "d MMMM uuuu", "MMMM d uuuu", "d MMM uuuu", "MMM d uuuu",
                "dd/MM/uuuu")) {
            try {
                return LocalDate.parse(value, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
            } catch (DateTimeParseException next) {
                // try the next way of writing it
            }
        }
        return null;
    }
}
