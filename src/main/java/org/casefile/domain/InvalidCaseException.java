package org.casefile.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/** The order facts as entered cannot be saved; says what is wrong with each field. */
public final class InvalidCaseException extends CasefileException {
    private final Map<CaseField, Phrase> problems;

    public InvalidCaseException(Map<CaseField, Phrase> problems) {
        super(problems.entrySet().stream()
                .map(e -> e.getKey().label() + ": " + RuleText.english(e.getValue()))
                .collect(Collectors.joining("\n")));
        this.problems = Collections.unmodifiableMap(new EnumMap<>(problems));
    }

    /** Each field's problem in English, as the command line prints it. */
    public Map<CaseField, String> problems() {
        Map<CaseField, String> english = new EnumMap<>(CaseField.class);
        problems.forEach((field, problem) -> english.put(field, RuleText.english(problem)));
        return Collections.unmodifiableMap(english);
    }

    /** Each field's problem before it is said in a language. */
    public Map<CaseField, Phrase> problemPhrases() {
        return problems;
    }
}
