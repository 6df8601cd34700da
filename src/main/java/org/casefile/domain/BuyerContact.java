package org.casefile.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The buyer's own email addresses and phone numbers, as found in what the buyer wrote (their messages and
 * captions), so that a packet for strangers can carry "[buyer's email]" and "[buyer's phone]" instead, wherever they
 * appear. Order and tracking numbers are never taken for phone numbers, nor are dates.
 */
public final class BuyerContact {
    public static final String EMAIL_MARK = "[buyer's email]";
    public static final String PHONE_MARK = "[buyer's phone]";

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** Digits with the separators people write phone numbers with; checked further in {@link #phoneDigits}. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+])\\+?\\(?\\d[\\d ().-]{5,20}\\d(?![\\w])");
    private static final Pattern DATE = Pattern.compile("\\d{1,4}[-./ ]\\d{1,2}[-./ ]\\d{1,4}");
    /** Numbers match on their last digits: "+44 7700 900123" and "07700 900123" are the same phone. */
    private static final int SAME_DIGITS = 9;

    private final Set<String> emails;
    private final Set<String> phones;
    private final Set<String> notPhones;

    private BuyerContact(Set<String> emails, Set<String> phones, Set<String> notPhones) {
        this.emails = emails;
        this.phones = phones;
        this.notPhones = notPhones;
    }

    /**
     * The contact details in {@code buyerTexts} (what the buyer wrote); {@code knownNumbers} are the case's order
     * and tracking numbers, which are never phones.
     */
    public static BuyerContact in(List<String> buyerTexts, List<String> knownNumbers) {
        Set<String> notPhones = new LinkedHashSet<>();
        for (String number : knownNumbers) {
            if (number != null && !number.isBlank()) {
                notPhones.add(number.replaceAll("\\D", ""));
            }
        }
        Set<String> emails = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        for (String text : buyerTexts) {
            if (text == null) {
                continue;
            }
            Matcher email = EMAIL.matcher(text);
            while (email.find()) {
                emails.add(email.group().toLowerCase(Locale.ROOT));
            }
            Matcher phone = PHONE.matcher(text);
            while (phone.find()) {
                String digits = phoneDigits(phone.group(), notPhones);
                if (digits != null) {
                    phones.add(tail(digits));
                }
            }
        }
        return new BuyerContact(emails, phones, notPhones);
    }

    public boolean isEmpty() {
        return emails.isEmpty() && phones.isEmpty();
    }

    /** {@code text} with each of the buyer's emails and phone numbers replaced by a mark; null stays null. */
    public String hide(String text) {
        if (text == null || isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        Matcher email = EMAIL.matcher(text);
        int from = 0;
        while (email.find()) {
            if (emails.contains(email.group().toLowerCase(Locale.ROOT))) {
                out.append(text, from, email.start()).append(EMAIL_MARK);
                from = email.end();
            }
        }
        out.append(text.substring(from));
        String withoutEmails = out.toString();
        out.setLength(0);
        Matcher phone = PHONE.matcher(withoutEmails);
        from = 0;
        while (phone.find()) {
            String digits = phoneDigits(phone.group(), notPhones);
            if (digits != null && phones.contains(tail(digits))) {
                out.append(withoutEmails, from, phone.start()).append(PHONE_MARK);
                from = phone.end();
            }
        }
        out.append(withoutEmails.substring(from));
        return out.toString();
    }

    /** The emails found, for a list shown to the buyer. */
    public List<String> emails() {
        return new ArrayList<>(emails);
    }

    /**
     * The digits of a phone number, or null when the text is not one: 7 to 15 digits, written with a leading + or 0
     * or with separators (a bare run of digits is an order or a parcel number), and not a date.
     */
    private static String phoneDigits(String text, Set<String> notPhones) {
        String stripped = text.strip();
        String digits = stripped.replaceAll("\\D", "");
        if (digits.length() < 7 || digits.length() > 15 || DATE.matcher(stripped).matches()) {
            return null;
        }
        boolean written = stripped.startsWith("+") || stripped.startsWith("0") || stripped.startsWith("(")
                || !stripped.matches("\\d+");
        if (!written || notPhones.contains(digits)) {
            return null;
        }
        return digits;
    }

    private static String tail(String digits) {
        return digits.length() <= SAME_DIGITS ? digits : digits.substring(digits.length() - SAME_DIGITS);
    }
}
