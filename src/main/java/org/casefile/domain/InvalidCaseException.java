package org.casefile.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The order facts as entered cannot be saved; says what is wrong with each field. */
public final class InvalidCaseException extends CasefileException {
    private final Map<CaseField, String> problems;

    public InvalidCaseException(Map<CaseField, String> problems) {
        super(problems.entrySet().stream()
                .map(e -> e.getKey().label() + ": " + e.getValue())
                .collect(Collectors.joining("\n")));
        this.problems = Collections.unmodifiableMap(new EnumMap<>(problems));
    }

    public Map<CaseField, String> problems() {
        return problems;
    }
}
