package org.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No main class over 400 lines: a class that long does more than one job. */
class ClassSizeTest {
    static final int MOST_LINES = 400;

    @Test
    void noMainClassIsOverFourHundredLines() throws IOException {
        Path root = Path.of("src/main/java/org/casefile");
        Map<String, Long> tooLong = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines;
                try (Stream<String> text = Files.lines(file)) {
                    lines = text.count();
                }
                if (lines > MOST_LINES) {
                    tooLong.put(root.relativize(file).toString().replace('\\', '/'), lines);
                }
            }
        }
        assertThat(tooLong).as("classes over %d lines: split them by job", MOST_LINES).isEmpty();
    }
}
