package org.casefile.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.casefile.ChildJava;
import org.casefile.TestCases;
import org.casefile.app.CaseService;
import org.casefile.app.EmailService;
import org.casefile.app.EvidenceService;
import org.casefile.app.MessageService;
import org.casefile.domain.ImportOutcome;
import org.casefile.evidence.MediaTools;
import org.casefile.library.CrashPoints;
import org.casefile.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing an email copies, hashes and probes its attachments before it takes the database's write lock: while a
 * big attachment is being read, the window or another command can still save. The moment is caught for real: the
 * attachment is a video, and the video prober is a script that says it has started and then waits for the test.
 */
class EmailImportLockTest {
    @TempDir Path dir;
    @TempDir Path inbox;

    @Test
    void whileAnAttachmentIsBeingReadAnotherConnectionCanWrite() throws Exception {
        Path started = inbox.resolve("probe-started");
        Path go = inbox.resolve("go");
        Path probe = Files.writeString(inbox.resolve("ffprobe.sh"), "#!/bin/sh\ntouch '" + started + "'\n"
                + "i=0; while [ ! -e '" + go + "' ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done\nexit 1\n");
        Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("rwx------"));
        MediaTools waiting = new MediaTools(null, null, probe, null, Duration.ofSeconds(90));

        try (Library library = Library.open(dir)) {
            CaseService cases = new CaseService(library, TestCases.CLOCK);
            long caseId = cases.create(TestCases.ssd("8123456789012")).id();
            EmailService emails = new EmailService(library, cases,
                    new EvidenceService(library, cases, TestCases.CLOCK, waiting),
                    new MessageService(library.database(), cases, TestCases.CLOCK), TestCases.CLOCK);
            Map<String, byte[]> parts = new LinkedHashMap<>();
            parts.put("damage.jpg", Emails.resource("phone-photo.jpg"));
            parts.put("unboxing.mp4", clip());
            Path email = Emails.write(inbox, "reply.eml", Emails.sellerReplyWithPhotos("8123456789012", parts));

            CompletableFuture<List<EmailService.EmailOutcome>> importing = CompletableFuture.supplyAsync(
                    () -> emails.importEmails(List.of(email), caseId, o -> { }));
            try {
                waitFor(started, importing);
                // No busy wait: a write lock held by the import would fail this write at once.
                try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("casefile.db"));
                     Statement s = other.createStatement()) {
                    s.execute("PRAGMA busy_timeout = 0");
                    s.execute("BEGIN IMMEDIATE");
                    s.executeUpdate("UPDATE cases SET seller = 'Written meanwhile' WHERE id = " + caseId);
                    s.execute("COMMIT");
                }
            } finally {
                Files.writeString(go, "");
            }

            EmailService.EmailOutcome outcome = importing.get().get(0);
            assertThat(outcome.email().status()).isEqualTo(ImportOutcome.Status.IMPORTED);
            assertThat(outcome.attachments()).extracting(ImportOutcome::status)
                    .containsExactly(ImportOutcome.Status.IMPORTED, ImportOutcome.Status.IMPORTED);
            assertThat(cases.get(caseId).facts().seller()).isEqualTo("Written meanwhile");
        }
        try (var files = Files.walk(dir.resolve("tmp"))) {
            assertThat(files.filter(Files::isRegularFile)).as("files left in tmp/").isEmpty();
        }
    }

    /**
     * A crash once the parts are copied and hashed, before anything is recorded: the next open finds no row and no
     * file of the email, in the case folders or in tmp/.
     */
    @Test
    void aCrashAfterTheCopiesBeforeTheTransactionLeavesNothing() throws Exception {
        try (Library library = Library.open(dir)) {
            new CaseService(library, TestCases.CLOCK).create(TestCases.ssd("8123456789012"));
        }
        Path email = EmailHalfSaves.replyWithTwoPhotos(inbox, "8123456789012");
        Process child = ChildJava.casefile(List.of("-Dcasefile.crashAt=" + CrashPoints.EMAIL_PREPARED),
                "--library", dir.toString(), "import-email", "--case", "1", email.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("halted at the crash point").isEqualTo(137);
        try (var files = Files.walk(dir.resolve("tmp"))) {
            assertThat(files.filter(Files::isRegularFile).count()).as("the crash left its copies").isPositive();
        }

        Library.open(dir).close(); // what the next Casefile does first
        EmailHalfSaves.assertNothingKept(dir);
    }

    private static byte[] clip() throws Exception {
        try (InputStream in = EmailImportLockTest.class.getResourceAsStream("/evidence/clip.mp4")) {
            return in.readAllBytes();
        }
    }

    /** Until the prober has started; an import that ended first (it never probed) fails the test with its result. */
    private static void waitFor(Path started, CompletableFuture<?> importing) throws Exception {
        while (!Files.exists(started)) {
            if (importing.isDone()) {
                throw new AssertionError("the import ended without probing the video: " + importing.get());
            }
            Thread.sleep(20);
        }
    }
}
