package org.casefile;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a Java process of its own, as a buyer's second Casefile or a crashed one: the same JVM as the tests', on the
 * classpath the app runs with ({@code target/classes} and the runtime dependencies Maven lists in
 * {@code target/runtime-classpath.txt}), not the tests' own (test libraries, ArchUnit's SLF4J, through which PDFBox and
 * the SQLite driver would log instead of the app's log). A main class of the tests themselves ({@code LockHolder})
 * gets {@code target/test-classes} as well.
 */
public final class ChildJava {
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    private ChildJava() {
    }

    /** {@code java [options] org.casefile.Launcher args…}: the command line as a person runs it. */
    public static ProcessBuilder casefile(List<String> options, String... args) {
        return java(options, Launcher.class.getName(), args);
    }

    /** {@code java [options] main args…} on the app's runtime classpath. */
    public static ProcessBuilder java(List<String> options, String main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-cp");
        command.add(classpath(isTestClass(main)));
        command.add(main);
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** {@code target/classes}, the runtime dependencies, and with {@code tests} {@code target/test-classes}. */
    public static String classpath(boolean tests) {
        List<String> entries = new ArrayList<>();
        entries.add(TARGET.resolve("classes").toString());
        if (tests) {
            entries.add(TARGET.resolve("test-classes").toString());
        }
        Path listed = TARGET.resolve("runtime-classpath.txt");
        try {
            String dependencies = Files.readString(listed).strip();
            if (!dependencies.isEmpty()) {
                entries.add(dependencies);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(listed + " is missing: Maven writes it before the tests "
                    + "(maven-dependency-plugin, build-classpath); run the tests through mvn.", e);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static boolean isTestClass(String main) {
        String file = main.replace('.', '/') + ".class";
        return Files.exists(TARGET.resolve("test-classes").resolve(file));
    }
}
