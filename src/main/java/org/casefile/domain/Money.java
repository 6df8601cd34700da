package org.casefile.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casefile.domain.text.Phrase;

/** An exact amount in one ISO 4217 currency, never negative. */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    private static final BigDecimal LIMIT = new BigDecimal("1000000000");
    private static final Map<String, String> SYMBOLS = Map.of("£", "GBP", "€", "EUR", "¥", "CNY", "₩", "KRW");
    /** "89.99 GBP", "GBP 89.99", "£89.99", "89,99 EUR", "1,299.00 USD". */
    private static final Pattern AMOUNT_THEN_CODE = Pattern.compile("([-+]?[0-9][0-9.,]*)\\s*([A-Za-z]{3})");
    private static final Pattern CODE_THEN_AMOUNT = Pattern.compile("([A-Za-z]{3})\\s*([-+]?[0-9][0-9.,]*)");
    /** "2.500", "1.299.000": dots between groups of three digits, as German and Spanish write thousands. */
    private static final Pattern DOT_THOUSANDS = Pattern.compile("[-+]?[1-9][0-9]{0,2}(\\.[0-9]{3})+");
    private static final Pattern PERCENT = Pattern.compile("([0-9][0-9.,]*)\\s*%");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern SYMBOL_THEN_AMOUNT = Pattern.compile("([£€¥₩$])\\s*([-+]?[0-9][0-9.,]*)");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new CasefileException(Phrase.of("Money.negative"));
        }
        if (amount.compareTo(LIMIT) >= 0) {
            throw new CasefileException(Phrase.of("Money.tooLarge"));
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new CasefileException(Phrase.of("Money.decimals", currency.getCurrencyCode(), digits));
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), currency(currencyCode));
    }

    /** Parses what a person types: the amount and a three-letter currency code, or a £/€ sign. */
    public static Money parse(String text) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            throw new CasefileException(Phrase.of("Money.missing"));
        }
        String number;
        String code;
        Matcher m;
        if ((m = AMOUNT_THEN_CODE.matcher(input)).matches()) {
            number = m.group(1);
            code = m.group(2);
        } else if ((m = CODE_THEN_AMOUNT.matcher(input)).matches()) {
            code = m.group(1);
            number = m.group(2);
        } else if ((m = SYMBOL_THEN_AMOUNT.matcher(input)).matches()) {
            if (m.group(1).equals("$")) {
                throw new CasefileException(Phrase.of("Money.whichDollars", m.group(2)));
            }
            code = SYMBOLS.get(m.group(1));
            number = m.group(2);
        } else if (input.matches("[-+]?[0-9][0-9.,]*")) {
            throw new CasefileException(Phrase.of("Money.noCurrency"));
        } else {
            throw new CasefileException(Phrase.of("Money.notAnAmount", input));
        }
        Currency currency = currency(code);
        BigDecimal amount = number(number, input, currency);
        if (amount.signum() < 0) {
            throw new CasefileException(Phrase.of("Money.negativeTyped", input));
        }
        return new Money(amount, currency);
    }

    /**
     * A seller's offer as the buyer types it: an amount, in the price's currency unless another is named ("10",
     * "10.50 GBP", "£10"), or a share of the price paid ("10%", "12.5 %").
     */
    public static Money offer(String text, Money paid) {
        String input = text == null ? "" : text.strip();
        Matcher percent = PERCENT.matcher(input);
        if (percent.matches()) {
            BigDecimal share = number(percent.group(1), input, null);
            if (share.signum() <= 0 || share.compareTo(HUNDRED) > 0) {
                throw new CasefileException(Phrase.of("Money.notAShare", input, paid.currency().getCurrencyCode()));
            }
            BigDecimal amount = paid.amount().multiply(share).divide(HUNDRED,
                    Math.max(0, paid.currency().getDefaultFractionDigits()), RoundingMode.HALF_UP);
            return new Money(amount, paid.currency());
        }
        boolean namesCurrency = input.matches(".*[A-Za-z£€¥₩$].*");
        try {
            return parse(namesCurrency ? input : input + " " + paid.currency().getCurrencyCode());
        } catch (CasefileException e) {
            if (namesCurrency) {
                throw e;
            }
            if (e.phrase() != null && e.phrase().key().equals("Money.thousandsOrDecimals")) {
                throw new CasefileException(Phrase.of("Money.thousandsOrDecimals", input,
                        e.phrase().values().get(1), e.phrase().values().get(2)));
            }
            // Never quote text the buyer did not type (the currency added above).
            throw new CasefileException(input.isEmpty()
                    ? Phrase.of("Money.offerMissing", paid.currency().getCurrencyCode())
                    : Phrase.of("Money.offerNotAnAmount", input, paid.currency().getCurrencyCode()));
        }
    }

    public static Currency currency(String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        try {
            Currency currency = Currency.getInstance(upper);
            if (currency.getDefaultFractionDigits() < 0) {
                throw new IllegalArgumentException(upper);
            }
            return currency;
        } catch (IllegalArgumentException e) {
            throw new CasefileException(Phrase.of("Money.notACurrency", upper));
        }
    }

    /** Accepts a decimal point or a decimal comma, and thousands separators in the other. */
    /**
     * The number in {@code raw}: "1,299.00", "1.299,00", "12,50", "1,299" and "1.299.000" read as a person means them.
     * A lone dot before three digits ("2.500") is a thousands mark in German and Spanish and a decimal point in
     * English: for a currency with cents it is refused rather than guessed; {@code currency} is null for a share.
     */
    private static BigDecimal number(String raw, String input, Currency currency) {
        String digits = raw;
        int lastDot = raw.lastIndexOf('.');
        int lastComma = raw.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            digits = lastDot > lastComma ? raw.replace(",", "") : raw.replace(".", "").replace(',', '.');
        } else if (lastComma >= 0) {
            boolean decimalComma = raw.indexOf(',') == lastComma && raw.length() - lastComma - 1 <= 2;
            digits = decimalComma ? raw.replace(',', '.') : raw.replace(",", "");
        } else if (lastDot >= 0 && currency != null && DOT_THOUSANDS.matcher(raw).matches()) {
            int decimals = currency.getDefaultFractionDigits();
            boolean oneDot = raw.indexOf('.') == lastDot;
            if (oneDot && decimals >= 3) {
                digits = raw;
            } else if (oneDot && decimals > 0) {
                throw new CasefileException(Phrase.of("Money.thousandsOrDecimals", input,
                        raw.replace(".", "") + " " + currency.getCurrencyCode(), decimals));
            } else {
                digits = raw.replace(".", "");
            }
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw new CasefileException(Phrase.of("Money.notAnAmount", input));
        }
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot compare " + currency + " with " + other.currency);
        }
        return amount.compareTo(other.amount);
    }

    /** The form {@link #parse} reads back: "89.99 GBP". */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
