package org.casefile.domain.text;

import java.text.MessageFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.casefile.domain.Money;

/**
 * Everything said in one language: one or more message bundles (UTF-8 {@code .properties}, looked up in the order
 * given), with MessageFormat in the language's locale. Every value goes through MessageFormat, so a bundle writes an
 * apostrophe as {@code ''} (or the typographic ’) and a plural as a choice:
 * {@code {0,choice,0#no photos|1#one photo|1<{0,number,integer} photos}}.
 */
public final class Phrasebook {
    /** Locale.ENGLISH, not the UK's: "Sep", as the packets and the command line have always written September. */
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Language language;
    private final List<ResourceBundle> bundles = new ArrayList<>();
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    private Phrasebook(Language language, List<String> baseNames) {
        this.language = language;
        for (String baseName : baseNames) {
            bundles.add(ResourceBundle.getBundle(baseName, language.locale(), Phrasebook.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
        this.date = language == Language.ENGLISH ? ENGLISH_DATE
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale());
        this.dateTime = language == Language.ENGLISH
                ? DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(language.locale());
    }

    /**
     * The phrasebook of these bundles (base names such as {@code org.casefile.domain.text.rules}) in one language.
     * A bundle missing for the language falls back to the English one (the base file).
     */
    public static Phrasebook of(Language language, String... baseNames) {
        return new Phrasebook(language, List.of(baseNames));
    }

    public Language language() {
        return language;
    }

    /** The text of a key, its values filled in; a key no bundle has is a bug, so it fails loudly. */
    public String get(String key, Object... values) {
        String pattern = pattern(key);
        Object[] formatted = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            formatted[i] = value(values[i]);
        }
        return new MessageFormat(pattern, language.locale()).format(formatted);
    }

    public String get(Phrase phrase) {
        return get(phrase.key(), phrase.values().toArray());
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** Every key of these bundles, for the tests that keep the languages' bundles alike. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        bundles.forEach(b -> keys.addAll(b.keySet()));
        return keys;
    }

    /** "20 Oct 2026", "2026. 10. 20.", "20.10.2026", "20 oct. 2026". */
    public String date(LocalDate day) {
        return date.format(day);
    }

    public String dateTime(LocalDateTime time) {
        return dateTime.format(time);
    }

    /** "£89.99", "89,99 €", "₩89,000", in the language's way of writing an amount. */
    public String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
        format.setCurrency(money.currency());
        if (format instanceof java.text.DecimalFormat decimal) {
            DecimalFormatSymbols symbols = decimal.getDecimalFormatSymbols();
            symbols.setCurrencySymbol(symbol(money.currency()));
            decimal.setDecimalFormatSymbols(symbols);
        }
        format.setMinimumFractionDigits(money.amount().scale());
        format.setMaximumFractionDigits(money.amount().scale());
        return format.format(money.amount());
    }

    /**
     * The currency's sign as this language writes it, without a country's letters stuck to a sign that is already
     * clear: French writes the pound "£GB" ("89,99 £GB"), a bank reader expects "89,99 £". A dollar keeps its
     * letters ("$US", "CN¥"): the sign alone would not say which dollar or yen.
     */
    private String symbol(java.util.Currency currency) {
        String local = currency.getSymbol(language.locale());
        String sign = local.replaceAll("\\p{L}", "");
        return sign.isEmpty() || sign.equals(local) || sign.contains("$") || sign.contains("¥") ? local : sign;
    }

    public String number(long number) {
        return NumberFormat.getIntegerInstance(language.locale()).format(number);
    }

    private String pattern(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException("No text for " + key + " in " + language.code(), "Phrasebook", key);
    }

    private Object value(Object value) {
        if (value instanceof AsTyped typed) {
            return language == Language.ENGLISH ? String.valueOf(typed.value()) : value(typed.value());
        }
        if (value instanceof Phrase phrase) {
            return get(phrase);
        }
        if (value instanceof LocalDateTime time) {
            return dateTime(time);
        }
        if (value instanceof LocalDate day) {
            return date(day);
        }
        if (value instanceof Money money) {
            return money(money);
        }
        return value;
    }
}
