package org.casefile.domain.text;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The domain says nothing in English itself: its rules return phrases and the words live in the bundles. A string
 * literal of three words or more in domain code is a sentence someone typed into a rule, and fails this test.
 */
class NoEnglishInDomainTest {
    private static final Path DOMAIN = Path.of("src/main/java/org/casefile/domain");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Lines whose literals are formats or a developer's error for a bug, never shown to a buyer as advice. */
    private static final Pattern NOT_FOR_THE_BUYER = Pattern.compile(
            "ofPattern\\(|new IllegalStateException\\(|new IllegalArgumentException\\(|MissingResourceException\\(");
    private static final Pattern SENTENCE = Pattern.compile("[A-Za-z]{2,}[,;:']?\\s+[A-Za-z]{2,}[,;:']?\\s+[A-Za-z]{2,}");

    /**
     * Files whose literals are not things Casefile says, each with why. The chat parser's literals are the words of
     * pasted conversations (its own engineer owns it); the order-email reader's are patterns of shops' e-mails.
     */
    private static final Map<String, String> NOT_SAID = Map.of(
            "chat/", "patterns of pasted chats, not Casefile's words",
            "OrderEmail.java", "patterns of shops' order e-mails");


    @Test
    void noSentenceIsTypedIntoTheDomain() throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DOMAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = DOMAIN.relativize(file).toString().replace('\\', '/');
                if (NOT_SAID.keySet().stream().anyMatch(name::startsWith)) {
                    continue;
                }
                sentences.addAll(sentencesIn(name, Files.readAllLines(file)));
            }
        }
        assertThat(sentences).isEmpty();
    }

    @Test
    void theScanFindsASentenceAndLetsKeysAndFormatsBe() {
        assertThat(sentencesIn("X.java", List.of(
                "        throw new CasefileException(\"The amount is missing.\");",
                "        return Phrase.of(\"Route.platform.openBefore\", where, date);",
                "    private static final String DATE = \"d MMM yyyy\";",
                "        DateTimeFormatter.ofPattern(\"d MMM yyyy, HH:mm\", Locale.ENGLISH);",
                "        throw new IllegalStateException(\"finished cases go outside the marketplace\");",
                "     * \"Open the dispute by\" in a comment is not said to anyone.")))
                .containsExactly("X.java:1 The amount is missing.");
    }

    private static List<String> sentencesIn(String name, List<String> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")
                    || NOT_FOR_THE_BUYER.matcher(line).find()) {
                continue;
            }
            Matcher literal = LITERAL.matcher(line);
            while (literal.find()) {
                String text = literal.group(1);
                if (!text.startsWith("(?") && SENTENCE.matcher(text).find()) {
                    found.add(name + ":" + (i + 1) + " " + text);
                }
            }
        }
        return found;
    }
}
