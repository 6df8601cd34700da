package org.casefile.domain.text;

import java.util.List;
import java.util.Objects;

/**
 * What a rule says, before it is said in a language: a bundle key and the values that fill it. Domain rules return
 * phrases rather than English sentences, so the window, the packet and the command line each say them in their own
 * language. Values may be numbers, {@link java.time.LocalDate}s, {@link org.casefile.domain.Money} or other phrases;
 * {@link Phrasebook} formats each in the language's conventions.
 */
public record Phrase(String key, List<Object> values) {
    public Phrase {
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
    }

    public static Phrase of(String key, Object... values) {
        return new Phrase(key, List.of(values));
    }
}
