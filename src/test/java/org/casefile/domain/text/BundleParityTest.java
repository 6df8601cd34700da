package org.casefile.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message bundle family under src/main/resources (a base file with language files beside it, such as
 * rules.properties and rules_ko.properties) says the same things in each language: exactly the English keys, values
 * MessageFormat reads and fills, the same placeholders of the same kinds, and no lone apostrophe (which MessageFormat
 * would swallow together with the text after it).
 */
class BundleParityTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    /**
     * Keys one family keeps in English only or in the translations only, by design: the Section 75 letter is always
     * English (UK law, UK banks); the packet's translations carry the domain's names ("choice.*") English takes from
     * the domain itself.
     */
    private static final List<String> ENGLISH_ONLY = List.of("packet.properties:s75.");
    private static final List<String> TRANSLATIONS_ONLY = List.of("packet.properties:choice.");

    @Test
    void everyLanguageHasExactlyTheEnglishKeysWithTheSamePlaceholders() throws IOException {
        List<Path> families = families();
        assertThat(families).as("bundle families").isNotEmpty()
                .anyMatch(p -> p.endsWith(Path.of("org/casefile/domain/text/rules.properties")));
        List<String> problems = new ArrayList<>();
        for (Path english : families) {
            Properties base = load(english);
            problems.addAll(valueProblems(english, base, Language.ENGLISH, null));
            for (Language language : Language.values()) {
                if (language == Language.ENGLISH) {
                    continue;
                }
                Path file = sibling(english, language);
                if (!Files.exists(file)) {
                    problems.add(file + " is missing: every family speaks all six languages");
                    continue;
                }
                Properties translated = load(file);
                Set<String> missing = new TreeSet<>(base.stringPropertyNames());
                missing.removeAll(translated.stringPropertyNames());
                Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
                extra.removeAll(base.stringPropertyNames());
                missing.removeIf(k -> byDesign(ENGLISH_ONLY, english, k));
                extra.removeIf(k -> byDesign(TRANSLATIONS_ONLY, english, k));
                missing.forEach(k -> problems.add(file.getFileName() + " lacks " + k));
                extra.forEach(k -> problems.add(file.getFileName() + " has a key English does not: " + k));
                problems.addAll(valueProblems(file, translated, language, base));
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean byDesign(List<String> rules, Path english, String key) {
        return rules.stream().anyMatch(rule -> rule.equals(english.getFileName() + ":" + rule.substring(
                rule.indexOf(':') + 1)) && key.startsWith(rule.substring(rule.indexOf(':') + 1)));
    }

    @Test
    void theChecksCatchWhatTheyAreFor() {
        Properties english = new Properties();
        english.setProperty("owed", "You are owed {0} since {1}.");
        english.setProperty("photos", "{0,choice,0#no photos|1#one photo|1<{0,number,integer} photos}");
        Properties broken = new Properties();
        broken.setProperty("owed", "Vous n'êtes payé que {0}.");
        broken.setProperty("photos", "{0} photos");
        List<String> problems = valueProblems(Path.of("x_fr.properties"), broken, Language.FRENCH, english);
        assertThat(problems).anyMatch(p -> p.contains("owed") && p.contains("apostrophe"))
                .anyMatch(p -> p.contains("owed") && p.contains("placeholders"))
                .anyMatch(p -> p.contains("photos") && p.contains("placeholders"));
    }

    /** The English files that have translations beside them (name_xx.properties). */
    private static List<Path> families() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> !p.getFileName().toString().contains("_"))
                    .filter(p -> Arrays.stream(Language.values()).anyMatch(l -> l != Language.ENGLISH
                            && Files.exists(sibling(p, l))))
                    .sorted().toList();
        }
    }

    private static Path sibling(Path english, Language language) {
        String name = english.getFileName().toString();
        return english.resolveSibling(name.replace(".properties", "_" + language.code() + ".properties"));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<String> valueProblems(Path file, Properties values, Language language, Properties english) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(values.stringPropertyNames())) {
            String value = values.getProperty(key);
            String where = file.getFileName() + " " + key;
            if (LONE_APOSTROPHE.matcher(value).find()) {
                problems.add(where + ": a lone apostrophe; write '' or ’");
            }
            try {
                MessageFormat format = new MessageFormat(value, language.locale());
                String said = format.format(samples(format));
                if (said.isBlank() && !value.isBlank()) {
                    problems.add(where + ": says nothing");
                }
                if (english != null && english.containsKey(key)) {
                    String kinds = kinds(format);
                    String englishKinds = kinds(new MessageFormat(english.getProperty(key), Language.ENGLISH.locale()));
                    if (language == Language.KOREAN) {
                        // Korean has no plural: where English chooses "1 area"/"2 areas", it writes the number.
                        kinds = kinds.replaceAll("number|text", "choice");
                        englishKinds = englishKinds.replaceAll("number|text", "choice");
                    }
                    if (!kinds.equals(englishKinds)) {
                        problems.add(where + ": placeholders " + kinds + " but English has " + englishKinds);
                    }
                }
            } catch (IllegalArgumentException e) {
                problems.add(where + ": MessageFormat cannot read it: " + e.getMessage());
            }
        }
        return problems;
    }

    /** One kind per argument: text, number, choice (a plural) or date. */
    private static String kinds(MessageFormat format) {
        return Arrays.stream(format.getFormatsByArgumentIndex()).map(BundleParityTest::kind)
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String kind(Format format) {
        if (format instanceof ChoiceFormat) {
            return "choice";
        }
        if (format instanceof NumberFormat) {
            return "number";
        }
        if (format instanceof DateFormat) {
            return "date";
        }
        return "text";
    }

    private static Object[] samples(MessageFormat format) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] samples = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            samples[i] = formats[i] instanceof NumberFormat ? (Object) 2
                    : formats[i] instanceof DateFormat ? new Date(0) : "sample";
        }
        return samples;
    }
}
