package org.casefile.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.casefile.domain.CasefileException;
import org.casefile.domain.text.Language;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;
import org.junit.jupiter.api.Test;

/** The one way long work runs in the window, on the synchronous runner: each job runs inside {@code start}. */
class JobRunnerTest {
    private final JobRunner runner = JobRunner.direct();

    @Test
    void progressArrivesInOrderAndTheResultSaysHowItEnded() {
        List<String> seen = new ArrayList<>();
        runner.progressProperty().addListener((p, before, now) -> seen.add(runner.stageProperty().get() + " " + now));
        List<Integer> results = new ArrayList<>();

        boolean started = runner.start("Counting…", (progress, cancelled) -> {
            assertThat(runner.isRunning()).isTrue();
            assertThat(runner.messageProperty().get()).isEqualTo("Counting…");
            progress.update("Reading", 1, 4);
            progress.update("Reading", 2, 4);
            progress.update("Writing", 4, 4);
            return 3;
        }, n -> "Counted " + n + ".", "Cancelled.", results::add);

        assertThat(started).isTrue();
        assertThat(seen).containsExactly("Reading 0.25", "Reading 0.5", "Writing 1.0");
        assertThat(results).containsExactly(3);
        assertThat(runner.messageProperty().get()).isEqualTo("Counted 3.");
        assertThat(runner.isRunning()).isFalse();
    }

    @Test
    void aStageWithValuesIsSaidInTheWindowsLanguage() {
        List<String> stages = new ArrayList<>();
        runner.stageProperty().addListener((p, before, now) -> stages.add(now));
        Phrase checking = Phrase.of("Job.checking", "cases/IMG_2041.jpg");
        Phrase adding = Phrase.of("Job.addingPicturesAt", 1600);
        try {
            Words.use(Language.GERMAN);
            runner.start("", (progress, cancelled) -> {
                progress.update(checking, 1, 2);
                progress.update(adding, 2, 2);
                return 0;
            }, n -> "", "", null);
            assertThat(stages).containsExactly(Words.get(checking), Words.get(adding));
            assertThat(stages.get(1)).contains("1600").isNotEqualTo(RuleText.english(adding));
        } finally {
            Words.use(Language.ENGLISH);
        }
        // The command line hears the English sentence, numbers as they always were.
        assertThat(RuleText.english(adding)).isEqualTo("Adding the pictures at 1600 px");
        assertThat(RuleText.english(checking)).isEqualTo("Checking cases/IMG_2041.jpg");
    }

    @Test
    void aSecondStartWhileRunningIsRefused() {
        AtomicBoolean secondRan = new AtomicBoolean();
        List<Boolean> secondStarted = new ArrayList<>();

        runner.start("First…", (progress, cancelled) -> {
            secondStarted.add(runner.start("Second…", (p, c) -> secondRan.getAndSet(true), x -> "second done", "",
                    null));
            return "first";
        }, name -> name + " done", "", null);

        assertThat(secondStarted).containsExactly(false);
        assertThat(secondRan).isFalse();
        assertThat(runner.messageProperty().get()).isEqualTo("first done");
        assertThat(runner.start("Again…", (p, c) -> "again", name -> name + " done", "", null)).isTrue();
        assertThat(runner.messageProperty().get()).isEqualTo("again done");
    }

    @Test
    void cancelStopsTheJobAndSaysSo() {
        List<Integer> stepsDone = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();

        runner.start("Copying…", (progress, cancelled) -> {
            for (int step = 1; step <= 5; step++) {
                if (cancelled.getAsBoolean()) {
                    throw new CasefileException("The copy was cancelled.");
                }
                stepsDone.add(step);
                if (step == 2) {
                    runner.cancel();
                }
            }
            return "copied";
        }, r -> "Copied.", "Cancelled; no file was written.", r -> { throw new AssertionError("no result"); },
                failures::add);

        assertThat(stepsDone).containsExactly(1, 2);
        assertThat(runner.messageProperty().get()).isEqualTo("Cancelled; no file was written.");
        assertThat(failures).as("a cancel is not a failure").isEmpty();
        assertThat(runner.isRunning()).isFalse();
    }

    @Test
    void aFailureReachesTheMessage() {
        List<Throwable> failures = new ArrayList<>();

        runner.start("Saving…", (progress, cancelled) -> {
            throw new CasefileException("The disk is full: nothing was saved.");
        }, r -> "Saved.", "Cancelled.", null, failures::add);

        assertThat(runner.messageProperty().get()).isEqualTo("The disk is full: nothing was saved.");
        assertThat(failures).hasSize(1);
        assertThat(runner.isRunning()).isFalse();

        runner.start("Saving…", (progress, cancelled) -> {
            throw new IllegalStateException("broken");
        }, r -> "Saved.", "Cancelled.", null);
        assertThat(runner.messageProperty().get()).startsWith("Something went wrong: java.lang.IllegalStateException: "
                + "broken.");
    }

    @Test
    void aReplacedJobIsCancelledAndWhatItReportsLaterIsDropped() {
        List<String> results = new ArrayList<>();
        List<Boolean> oldCancelled = new ArrayList<>();

        runner.replace("Drawing…", (progress, cancelled) -> {
            runner.replace("Drawing again…", (p, c) -> "new", r -> "Drawn " + r + ".", results::add, null);
            oldCancelled.add(cancelled.getAsBoolean());
            progress.update("Old stage", 1, 1);
            return "old";
        }, r -> "Drawn " + r + ".", results::add, null);

        assertThat(oldCancelled).containsExactly(true);
        assertThat(results).containsExactly("new");
        assertThat(runner.messageProperty().get()).isEqualTo("Drawn new.");
        assertThat(runner.stageProperty().get()).isEmpty();
    }
}
