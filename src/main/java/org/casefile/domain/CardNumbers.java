package org.casefile.domain;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Card numbers never leave the library: in text that goes to strangers (a packet, a pair picture, a kit) a number
 * that looks like a payment card is printed as "card ending 1111". It looks like a card when it has 13 to 19 digits
 * (spaces or dashes between them allowed), starts with a card network's leading digit (2 to 6), passes the Luhn
 * check, and is not one of the case's own numbers: AliExpress order numbers have 16 digits too.
 */
public final class CardNumbers {
    /** A run of 13-19 digits, optionally grouped by single spaces or dashes, not inside a longer run of digits. */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])[2-6](?:[ -]?[0-9]){12,18}(?![0-9])");

    private final Set<String> own;

    /** {@code ownNumbers}: the case's order and tracking numbers (any may be null), which are never masked. */
    public CardNumbers(String... ownNumbers) {
        this.own = Stream.of(ownNumbers).filter(n -> n != null).map(CardNumbers::digits).filter(d -> !d.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The masker for one case: its order and tracking numbers stay as they are. */
    public static CardNumbers of(CaseFacts facts) {
        return new CardNumbers(facts.orderNumber(), facts.trackingNumber(),
                facts.returned() == null ? null : facts.returned().tracking());
    }

    /** {@code text} with every card-like number replaced by "card ending NNNN"; null stays null. */
    public String mask(String text) {
        if (text == null || text.length() < 13) {
            return text;
        }
        Matcher m = CANDIDATE.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String digits = digits(m.group());
            if (!looksLikeCard(digits) || own.contains(digits)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            // "my card 4111…" reads "my card ending 1111", not "my card card ending 1111".
            boolean saidCard = text.substring(Math.max(0, m.start() - 6), m.start()).toLowerCase(java.util.Locale.ROOT)
                    .matches(".*card\\W*");
            out.append(text, last, m.start()).append(saidCard ? "ending " : "card ending ")
                    .append(digits.substring(digits.length() - 4));
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** 13-19 digits, a network's leading digit and a valid Luhn check digit. */
    public static boolean looksLikeCard(String digits) {
        return digits.matches("[2-6][0-9]{12,18}") && luhn(digits);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }
}
