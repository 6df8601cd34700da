package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a list of classes to preload (StartupClasses) and checks that every one still exists. */
public final class ClassLists {
    private ClassLists() {
    }

    /** The names {@code list} holds, after checking each names a class this build has. */
    public static List<String> existing(String list) throws IOException {
        List<String> names;
        try (InputStream in = StartupClasses.class.getResourceAsStream(list)) {
            assertThat(in).as(list + " is in the jar").isNotNull();
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        }
        ClassLoader loader = StartupClasses.class.getClassLoader();
        List<String> missing = names.stream().filter(name -> {
            try {
                Class.forName(name, false, loader);
                return false;
            } catch (ClassNotFoundException | LinkageError e) {
                return true;
            }
        }).toList();
        assertThat(missing).as("renamed or gone from " + list + ": run src/bench/startup-classes").isEmpty();
        return names;
    }
}
