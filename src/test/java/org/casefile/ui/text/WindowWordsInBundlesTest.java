package org.casefile.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every phrase of the window comes from the window bundle: a sentence typed into {@code ui/} code fails here. */
class WindowWordsInBundlesTest {
    private static final Path UI = Path.of("src/main/java/org/casefile/ui");

    /**
     * Files being rewritten by others while this test was written; their phrases move in the second pass, and each
     * one leaves this list as it does. Paths relative to {@code ui/}.
     */
    static final Set<String> NOT_YET = Set.of();
    static final List<String> NOT_YET_FOLDERS = List.of();

    /** A Java string literal (escaped quotes inside allowed). */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** Two words with a space between them, or a capitalised word: "New case", "Copied". */
    private static final Pattern WORDS = Pattern.compile(
            "\\p{L}{2,}[,.:;!?’'…]*\\s+\\p{L}|^\\p{Lu}\\p{Ll}+[.!?…]*$");

    @Test
    void noPhraseIsTypedIntoTheWindowsCode() throws IOException {
        List<String> typed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = UI.relativize(file).toString().replace('\\', '/');
                if (NOT_YET.contains(relative) || NOT_YET_FOLDERS.stream().anyMatch(relative::startsWith)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    for (String phrase : phrases(lines.get(i))) {
                        typed.add(relative + ":" + (i + 1) + " \"" + phrase + "\"");
                    }
                }
            }
        }
        assertThat(typed).as("phrases typed into ui/ code; put them in ui/text/window.properties").isEmpty();
    }

    @Test
    void theCheckSeesAPhraseAndPassesKeysIdsAndStyles() {
        assertThat(phrases("        Button b = new Button(\"New case\");")).containsExactly("New case");
        assertThat(phrases("        copy.setText(\"Copied\");")).containsExactly("Copied");
        assertThat(phrases("        label.setText(\"That is in the future; record it.\");")).hasSize(1);
        assertThat(phrases("        b.setId(\"startNewCase\"); b.getStyleClass().add(\"step-number\");")).isEmpty();
        assertThat(phrases("        new Label(Words.get(\"start.title\"));")).isEmpty();
        assertThat(phrases("        // Buttons keep their whole label (\"New case\", never \"Ne…\")")).isEmpty();
        assertThat(phrases("    \"Royal Mail\", \"Evri\", // not window text")).isEmpty();
        assertThat(phrases("        hash.setStyle(\"-fx-font-family: monospace;\");")).isEmpty();
    }

    /**
     * The literals of one line that read as words. Comments, CSS styles and lines marked {@code // not window text} (a
     * carrier's name, an id suffix, a developer's message) are not phrases.
     */
    static List<String> phrases(String line) {
        String code = line.strip();
        if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*")
                || code.endsWith("// not window text")) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        Matcher literal = LITERAL.matcher(line);
        while (literal.find()) {
            String text = literal.group(1);
            if (!text.startsWith("-fx-") && WORDS.matcher(text).find()) {
                found.add(text);
            }
        }
        return found;
    }
}
