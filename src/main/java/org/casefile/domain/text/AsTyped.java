package org.casefile.domain.text;

/**
 * A date or amount that the English sentences have always written as the buyer types it ("2026-10-20", "89.99 GBP"),
 * so the command line's words stay the same; every other language writes the value its own way.
 */
public record AsTyped(Object value) {
}
