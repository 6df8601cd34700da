package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.casefile.ChildJava;
import org.casefile.TestCases;
import org.casefile.app.CaseService;
import org.casefile.library.Library;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Everyday commands, run as a person runs them (a process of their own on the app's classpath), print nothing on
 * stderr when all goes well: scripts take anything there for an error, and a logging library's warning is noise.
 */
class CliStderrTest {
    @TempDir Path library;

    @BeforeEach
    void aCase() {
        try (Library lib = Library.open(library)) {
            new CaseService(lib, TestCases.CLOCK).create(TestCases.ssd("8123456789012"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "list", "search x", "show 1 --json"})
    void aCommandThatWorksPrintsNothingOnStderr(String command) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--library", library.toString()));
        args.addAll(List.of(command.split(" ")));
        Process child = ChildJava.casefile(List.of(), args.toArray(String[]::new)).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(child.getInputStream()));
        String err = read(child.getErrorStream());
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(out.get() + err).isZero();
        assertThat(out.get()).as("what " + command + " printed").isNotBlank();
        assertThat(err).as("stderr of " + command).isEmpty();
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
