package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.casefile.TestCases;
import org.casefile.app.CaseDetails;
import org.casefile.cli.Cli;
import org.casefile.domain.Author;
import org.casefile.domain.Channel;
import org.casefile.domain.EvidenceKind;
import org.casefile.email.EmailHalfSaves;
import org.casefile.email.Emails;
import org.casefile.ui.common.DirectExecutor;
import org.casefile.ui.common.Scheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's behaviour without a window: a real library, work run at once, time moved by hand. */
class MainViewModelTest {
    @TempDir Path dir;
    private Path library;
    private AppContext context;
    private final ManualScheduler scheduler = new ManualScheduler();
    private MainViewModel model;

    @BeforeEach
    void open() {
        library = dir.resolve("library");
        context = AppContext.open(library, TestCases.CLOCK, new DirectExecutor());
        model = new MainViewModel(context, scheduler);
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void showsTheCountAndOpensTheCaseAsked() {
        long first = context.cases().create(TestCases.ssd("1")).id();
        context.cases().create(TestCases.ssd("2"));
        model.refresh(first);
        assertThat(model.statusProperty().get()).isEqualTo("2 cases in this library");
        assertThat(model.openCaseProperty().get()).isEqualTo(first);
        assertThat(model.detail().detailsProperty().get().theCase().id()).isEqualTo(first);

        model.say("Saved.");
        context.cases().create(TestCases.ssd("3"));
        model.refresh(null);
        assertThat(model.statusProperty().get()).as("news stays until there is newer").isEqualTo("Saved.");
        model.open(null);
        assertThat(model.detail().detailsProperty().get()).isNull();
    }

    @Test
    void oneRefreshFillsTheCaseListAndTheHomeView() {
        long first = context.cases().create(TestCases.ssd("1")).id();
        long second = context.cases().create(TestCases.ssd("2")).id();
        assertThat(model.dashboard().items()).isEmpty();
        model.refresh(null);
        assertThat(model.list().shown()).extracting(s -> s.id()).containsExactlyInAnyOrder(first, second);
        assertThat(model.list().shown()).allMatch(s -> s.nextDeadline() != null);
        assertThat(model.dashboard().items()).as("the home view, from the same read")
                .isEqualTo(context.agenda().needsAction(org.casefile.ui.dashboard.DashboardViewModel.SHOWN))
                .extracting(i -> i.caseId()).contains(first, second);
    }

    @Test
    void undoAfterADeleteBringsBackTheSameCaseWithItsEvidenceMessagesAndDeadlines() throws IOException {
        long id = caseWithEverything("8123456789012");
        long other = context.cases().create(TestCases.ssd("2")).id();
        model.refresh(id);
        CaseDetails before = context.cases().details(id);
        Path photo = context.evidence().file(before.evidence().get(0));

        model.delete(id);
        assertThat(model.list().shown()).extracting(s -> s.id()).containsExactly(other);
        assertThat(model.dashboard().items()).allMatch(i -> i.caseId() != id);
        assertThat(model.openCaseProperty().get()).isNull();
        assertThat(model.undoOfferedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Case deleted.").doesNotContain("8123456789012");

        model.undoDelete();
        assertThat(model.undoOfferedProperty().get()).isFalse();
        assertThat(model.list().shown()).extracting(s -> s.id()).containsExactlyInAnyOrder(id, other);
        assertThat(model.dashboard().items()).anyMatch(i -> i.caseId() == id);
        assertThat(model.openCaseProperty().get()).isEqualTo(id);
        CaseDetails after = context.cases().details(id);
        assertThat(after).isEqualTo(before);
        assertThat(after.messages()).hasSize(1);
        assertThat(after.deadlines()).isNotEmpty();
        assertThat(photo).exists();
        assertThat(model.statusProperty().get()).isEqualTo("Case brought back.");

        scheduler.runDue();
        assertThat(context.cases().details(id)).as("the ended offer deletes nothing").isEqualTo(before);
    }

    @Test
    void theDeleteIsCarriedOutWhenTheUndoOfferEnds() throws IOException {
        long id = caseWithEverything("8123456789012");
        model.refresh(id);
        Path photo = context.evidence().file(context.cases().details(id).evidence().get(0));
        model.delete(id);
        assertThat(photo).as("nothing is removed while Undo is offered").exists();
        assertThat(model.list().emptyProperty().get()).isTrue();

        assertThat(scheduler.delays()).contains(MainViewModel.UNDO_FOR);
        scheduler.runDue();
        assertThat(context.cases().isEmpty()).isTrue();
        assertThat(photo).doesNotExist();
        assertThat(model.undoOfferedProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Case deleted;").doesNotContain("8123456789012");
        model.undoDelete();
        assertThat(context.cases().isEmpty()).as("too late to undo").isTrue();
    }

    @Test
    void aSecondDeleteCarriesOutTheFirst() {
        long first = context.cases().create(TestCases.ssd("1")).id();
        long second = context.cases().create(TestCases.ssd("2")).id();
        model.refresh(null);
        model.delete(first);
        model.delete(second);
        assertThat(context.cases().list()).extracting(s -> s.id()).containsExactly(second);
        model.undoDelete();
        assertThat(model.list().shown()).extracting(s -> s.id()).containsExactly(second);
    }

    @Test
    void closingTheWindowDuringTheOfferCarriesOutTheDeleteAndStopsTheWatch() {
        long id = context.cases().create(TestCases.ssd("1")).id();
        model.refresh(id);
        model.windowShown();
        model.delete(id);
        model.close();
        assertThat(context.cases().isEmpty()).isTrue();
        assertThat(scheduler.running()).as("no timer left running").isEmpty();
    }

    @Test
    void theHeapShrinksFromTheFirstFrameUntilSomeSecondsAfterTheStartUpsWork() {
        context.cases().create(TestCases.ssd("1"));
        model.windowShown(); // the folder walk runs at once here; the list read is the start-up's other job
        assertThat(vmOption("G1PeriodicGCInterval")).as("collections when idle, while the list is read")
                .isEqualTo(HeapTrim.IDLE_MS);
        assertThat(vmOption("MaxHeapFreeRatio")).isEqualTo(HeapTrim.MAX_FREE_PERCENT);
        assertThat(scheduler.delays()).as("not ended before the list is read").doesNotContain(MainViewModel.TRIM_FOR);

        model.refresh(null);
        assertThat(vmOption("G1PeriodicGCInterval")).as("the list is read: a collection at once")
                .isEqualTo(HeapTrim.SOON_MS);
        assertThat(scheduler.delays()).contains(MainViewModel.TRIM_SOON_FOR, MainViewModel.TRIM_FOR);
        scheduler.runDue();
        assertThat(vmOption("G1PeriodicGCInterval")).as("no idle collections once the heap is small").isEqualTo("0");
        assertThat(vmOption("MaxHeapFreeRatio")).as("the heap stays frugal").isEqualTo(HeapTrim.MAX_FREE_PERCENT);
    }

    private static String vmOption(String name) {
        return java.lang.management.ManagementFactory.getPlatformMXBean(
                com.sun.management.HotSpotDiagnosticMXBean.class).getVMOption(name).getValue();
    }

    @Test
    void aCrashDuringTheOfferLosesNothing() {
        long id = context.cases().create(TestCases.ssd("1")).id();
        model.refresh(id);
        model.delete(id);
        context.close(); // the process dies: the window never closes, the offer never ends
        context = AppContext.open(library, TestCases.CLOCK, new DirectExecutor());
        assertThat(context.cases().get(id).facts().orderNumber()).isEqualTo("1");
    }

    @Test
    void aWriteByTheCommandLineIsShownAtTheNextLook() {
        model.refresh(null);
        model.windowShown();
        assertThat(scheduler.delays()).contains(MainViewModel.WATCH_EVERY);
        scheduler.runDue();
        assertThat(model.list().shown()).isEmpty();

        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--library", library.toString(), "new-case", "--platform", "ebay",
                "--order", "12-34567-89012", "--item", "Vintage camera lens", "--claim", "not-received", "--paid",
                "45 GBP", "--ordered", "2026-11-01"}, new PrintWriter(new StringWriter()), new PrintWriter(err),
                TestCases.CLOCK);
        assertThat(code).as(err.toString()).isZero();
        assertThat(model.list().shown()).as("not before the next look").isEmpty();
        scheduler.runDue();
        assertThat(model.list().shown()).extracting(s -> s.orderNumber()).containsExactly("12-34567-89012");
        assertThat(model.statusProperty().get()).contains("changed this library");
    }

    @Test
    void anOrderEmailDroppedOnTheListOpensItsCase() throws IOException {
        model.refresh(null);
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path email = Emails.write(inbox, "order.eml", Emails.aliExpressConfirmation("8123456789012"));
        Path noise = Files.writeString(inbox.resolve("noise.eml"), "just some words\nnothing else\n");
        model.emailsDropped(List.of(email, noise));
        Long opened = model.openCaseProperty().get();
        assertThat(opened).isNotNull();
        assertThat(context.cases().get(opened).facts().orderNumber()).isEqualTo("8123456789012");
        assertThat(model.statusProperty().get()).startsWith("order.eml: opened a case  ·  noise.eml: ");
        assertThat(email).exists();
    }

    @Test
    void anEmailDroppedWhoseAttachmentCannotBeStoredLeavesNothingBehind() throws Exception {
        var theCase = context.cases().create(TestCases.ssd("8123456789012"));
        model.refresh(null);
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path reply = EmailHalfSaves.replyWithTwoPhotos(inbox, "8123456789012");
        Path blocker = EmailHalfSaves.blockPackaging(library.resolve(theCase.folder()));

        model.emailsDropped(List.of(reply));
        assertThat(model.statusProperty().get()).startsWith("reply.eml: Its attachment box.jpg could not be stored")
                .endsWith("so none of the email was kept. Try again.");
        EmailHalfSaves.assertNothingKept(library, blocker);
        assertThat(context.messages().messages(theCase.id())).isEmpty();
    }

    /** A case with a photo, a seller message and the buyer-protection date (so it has deadlines). */
    private long caseWithEverything(String order) throws IOException {
        long id = context.cases().create(TestCases.ssd(order)).id();
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().setColor(Color.ORANGE);
        image.getGraphics().fillRect(0, 0, 32, 48);
        Path jpg = dir.resolve("IMG_0042.jpg");
        ImageIO.write(image, "jpg", jpg.toFile());
        context.evidence().importFiles(id, EvidenceKind.RECEIVED, List.of(jpg), o -> { }, () -> false);
        context.messages().add(id, Author.SELLER, null, Channel.ORDER_CHAT, LocalDateTime.parse("2026-11-20T09:00"),
                "We will send a new one", true);
        return id;
    }

    /** Tasks run when the test says, as if their time had come. */
    private static final class ManualScheduler implements Scheduler {
        private final List<Task> tasks = new ArrayList<>();

        private record Task(Duration delay, Runnable work, boolean repeats, boolean[] cancelled) { }

        @Override
        public Runnable after(Duration delay, Runnable task) {
            return add(new Task(delay, task, false, new boolean[1]));
        }

        @Override
        public Runnable every(Duration period, Runnable task) {
            return add(new Task(period, task, true, new boolean[1]));
        }

        private Runnable add(Task task) {
            tasks.add(task);
            return () -> task.cancelled()[0] = true;
        }

        List<Duration> delays() {
            return running().stream().map(Task::delay).toList();
        }

        List<Task> running() {
            return tasks.stream().filter(t -> !t.cancelled()[0]).toList();
        }

        /** Runs every task not cancelled once; one-off tasks are then done. */
        void runDue() {
            for (Task task : List.copyOf(tasks)) {
                if (!task.cancelled()[0]) {
                    if (!task.repeats()) {
                        task.cancelled()[0] = true;
                    }
                    task.work().run();
                }
            }
        }
    }
}
