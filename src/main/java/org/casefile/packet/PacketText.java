package org.casefile.packet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.casefile.domain.Choice;
import org.casefile.domain.Money;
import org.casefile.domain.text.Language;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.Phrasebook;
import org.casefile.domain.text.RuleText;
import org.casefile.packet.pdf.Texts;

/**
 * Every word the packet writes itself, in the packet's language: the {@code packet*.properties} bundles, and dates
 * and amounts in that language's conventions. English keeps the packet's long-standing "20 Oct 2026" and
 * "89.99 GBP", so an English packet reads as it always has.
 */
public final class PacketText {
    static final String BUNDLE = "org.casefile.packet.text.packet";
    private static final Map<Language, PacketText> CACHE = new EnumMap<>(Language.class);

    private final Phrasebook book;
    /** What the domain rules say (route reasons, deadline rules, discrepancy lines), in the same language. */
    private final Phrasebook rules;

    private PacketText(Language language) {
        this.book = Phrasebook.of(language, BUNDLE);
        this.rules = RuleText.in(language);
    }

    public static synchronized PacketText of(Language language) {
        return CACHE.computeIfAbsent(language, PacketText::new);
    }

    public Language language() {
        return book.language();
    }

    /** The text of {@code key}, its values filled in (dates and amounts among them formatted here). */
    public String get(String key, Object... values) {
        Object[] formatted = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            formatted[i] = format(values[i]);
        }
        return book.get(key, formatted);
    }

    public boolean has(String key) {
        return book.has(key);
    }

    /** A day, or "" when unknown. */
    public String date(LocalDate day) {
        if (day == null) {
            return "";
        }
        return english() ? Texts.date(day) : book.date(day);
    }

    /** A moment, or "" when unknown. */
    public String time(LocalDateTime time) {
        if (time == null) {
            return "";
        }
        return english() ? Texts.time(time) : book.dateTime(time);
    }

    public String money(Money money) {
        return english() ? money.toString() : book.money(money);
    }

    /**
     * A domain value's name ("Damage", "Chargeback window closes") in the packet's language: the packet bundle's
     * {@code choice.Type.NAME} where the packet names it its own way, otherwise the rules' label. English is the
     * domain's label, as the packet has always printed it.
     */
    public String label(Choice choice) {
        String key = "choice." + ((Enum<?>) choice).getDeclaringClass().getSimpleName() + "." + ((Enum<?>) choice).name();
        if (english()) {
            return choice.label();
        }
        // Some choices (the packet profiles) name themselves outside the rules' bundle.
        return book.has(key) ? book.get(key) : rules.has(choice.phrase().key()) ? rules.get(choice.phrase())
                : choice.label();
    }

    /**
     * What a domain rule said, in the packet's language. English is the rules' English sentence, word for word what
     * the packet has always printed (amounts as "89.99 GBP").
     */
    public String say(Phrase phrase) {
        return english() ? RuleText.english(phrase) : rules.get(phrase);
    }

    /** "not recorded", for a fact the case does not hold. */
    public String notRecorded() {
        return book.get("notRecorded");
    }

    public String orNotRecorded(String value) {
        return value == null || value.isBlank() ? notRecorded() : value;
    }

    /**
     * A name such as "Credit card" inside a sentence: English as the packet always wrote it ("credit card", "paypal");
     * German keeps its capital nouns; elsewhere the first letter is lowered unless the name is a brand ("PayPal").
     */
    public String inSentence(String name) {
        if (english()) {
            return name.toLowerCase(language().locale());
        }
        if (language() == Language.GERMAN || name.length() < 2 || name.codePoints().skip(1).anyMatch(Character::isUpperCase)) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(language().locale()) + name.substring(1);
    }

    /** "A full refund…" from "a full refund…", for a phrase that starts a row. */
    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase() + text.substring(1);
    }

    private boolean english() {
        return book.language() == Language.ENGLISH;
    }

    private Object format(Object value) {
        if (value instanceof LocalDateTime time) {
            return time(time);
        }
        if (value instanceof LocalDate day) {
            return date(day);
        }
        if (value instanceof Money money) {
            return money(money);
        }
        if (value instanceof Choice choice && value instanceof Enum<?>) {
            return label(choice);
        }
        return value;
    }
}
