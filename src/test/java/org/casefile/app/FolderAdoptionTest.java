package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.domain.Case;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.evidence.Hashing;
import org.casefile.domain.ImportOutcome;
import org.casefile.evidence.MediaTools;
import org.casefile.evidence.Verifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files a person drops straight into a case folder with their file manager become evidence where they are. */
class FolderAdoptionTest extends LibraryTestBase {
    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));
    private EvidenceService evidence;
    private Case theCase;
    private Path folder;

    @BeforeEach
    void aCase() {
        theCase = cases.create(TestCases.ssd("8123456789012"));
        evidence = new EvidenceService(library, cases, TestCases.CLOCK, MediaTools.none());
        folder = dir.resolve(theCase.folder());
    }

    /** A photo as a file manager leaves it: complete, last changed a while ago. */
    private Path photo(String relative, Color colour, FileTime modified) throws Exception {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        ImageIO.write(image, "jpeg", file.toFile());
        Files.setLastModifiedTime(file, modified);
        return file;
    }

    private Path written(String relative, String text) throws Exception {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
        return file;
    }

    @Test
    void aPhotoInAKindFolderIsRecordedWhereItIsUnchanged() throws Exception {
        Path dropped = photo("damage/corner crushed.jpg", Color.RED, AN_HOUR_AGO);
        String sha = Hashing.of(dropped);

        Adoption adoption = evidence.adoptUnrecorded(theCase.id());
        assertThat(adoption.outcomes()).singleElement().extracting(ImportOutcome::status)
                .isEqualTo(ImportOutcome.Status.IMPORTED);
        Evidence row = evidence.evidence(theCase.id()).get(0);
        assertThat(row.kind()).isEqualTo(EvidenceKind.DAMAGE);
        assertThat(row.path()).isEqualTo(theCase.folder() + "/damage/corner crushed.jpg");
        assertThat(row.originalName()).isEqualTo("corner crushed.jpg");
        assertThat(row.width()).isEqualTo(800);
        assertThat(row.sha256()).isEqualTo(sha);
        assertThat(Hashing.of(dropped)).as("never changed").isEqualTo(sha);
        assertThat(Files.getLastModifiedTime(dropped)).isEqualTo(AN_HOUR_AGO);
        assertThat(evidence.thumbnail(row)).isRegularFile();
        assertThat(evidence.verify(theCase.id()).ok()).isTrue();
        assertThat(evidence.adoptUnrecorded(theCase.id()).outcomes()).as("recorded once").isEmpty();
    }

    @Test
    void hiddenFilesAndUnfinishedDownloadsAreLeftAlone() throws Exception {
        List<Path> ignored = List.of(written("received/.DS_Store", "x"), written("received/IMG_2.jpg.part", "x"),
                written("received/video.mp4.crdownload", "x"), written("received/~$letter.docx", "x"),
                written("received/upload.tmp", "x"), written("received/.thumbs/a.jpg", "x"));
        assertThat(evidence.adoptUnrecorded(theCase.id())).isEqualTo(Adoption.NONE);
        assertThat(evidence.verify(theCase.id()).ok()).isTrue();
        ignored.forEach(file -> assertThat(file).exists());
    }

    @Test
    void aFileThatCannotBeEvidenceStaysWhereItIsAndIsReportedOnce() throws Exception {
        Path noise = written("received/IMG_0099.jpg", "not a picture at all");
        Path loose = photo("straight in the case folder.jpg", Color.BLUE, AN_HOUR_AGO);

        Adoption first = evidence.adoptUnrecorded(theCase.id());
        assertThat(first.outcomes()).extracting(ImportOutcome::status).containsOnly(ImportOutcome.Status.REJECTED);
        assertThat(first.leftAlone()).extracting(ImportOutcome::file).containsExactlyInAnyOrder(noise, loose);
        assertThat(first.leftAlone()).filteredOn(o -> o.file().equals(noise)).singleElement()
                .extracting(ImportOutcome::reason).asString().contains("not a photo");
        assertThat(first.leftAlone()).filteredOn(o -> o.file().equals(loose)).singleElement()
                .extracting(ImportOutcome::reason).asString().contains("kind folders");
        assertThat(evidence.adoptUnrecorded(theCase.id()).outcomes()).as("told once").isEmpty();
        assertThat(noise).hasContent("not a picture at all");
        assertThat(evidence.verify(theCase.id()).problems()).extracting(Verifier.Problem::kind)
                .containsOnly(Verifier.Problem.Kind.UNKNOWN).hasSize(2);

        // The user puts a real photo under the same name: it is looked at again, and taken.
        Files.delete(noise);
        photo("received/IMG_0099.jpg", Color.GREEN, FileTime.from(Instant.now().minusSeconds(60)));
        assertThat(evidence.adoptUnrecorded(theCase.id()).outcomes()).singleElement()
                .extracting(ImportOutcome::status).isEqualTo(ImportOutcome.Status.IMPORTED);
    }

    @Test
    void aCopyOfEvidenceAlreadyThereIsReportedAsADuplicateAndLeft() throws Exception {
        Path first = photo("received/IMG_1.jpg", Color.ORANGE, AN_HOUR_AGO);
        evidence.adoptUnrecorded(theCase.id());
        Path copy = folder.resolve("label/IMG_1 copy.jpg");
        Files.createDirectories(copy.getParent());
        Files.copy(first, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);

        assertThat(evidence.adoptUnrecorded(theCase.id()).outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ImportOutcome.Status.DUPLICATE);
            assertThat(o.reason()).contains("IMG_1.jpg");
        });
        assertThat(copy).exists();
        assertThat(evidence.evidence(theCase.id())).hasSize(1);
        assertThat(evidence.adoptUnrecorded(theCase.id()).outcomes()).isEmpty();
    }

    @Test
    void aFileStillBeingWrittenWaitsUntilItIsLeftAlone() throws Exception {
        Path fresh = photo("received/IMG_7.jpg", Color.CYAN, FileTime.from(Instant.now()));
        Adoption now = evidence.adoptUnrecorded(theCase.id());
        assertThat(now.outcomes()).isEmpty();
        assertThat(now.waiting()).containsExactly(fresh);

        Files.setLastModifiedTime(fresh, FileTime.from(Instant.now().minus(EvidenceService.SETTLE)));
        assertThat(evidence.adoptUnrecorded(theCase.id()).imported()).isEqualTo(1);
    }

    @Test
    void openingTheLibraryAgainFindsWhatWasDroppedInEveryCase() throws Exception {
        Case other = cases.create(TestCases.ssd("8000000000001"));
        photo("received/IMG_1.jpg", Color.ORANGE, AN_HOUR_AGO);
        Path second = dir.resolve(other.folder()).resolve("listing/shot.jpg");
        Files.createDirectories(second.getParent());
        Files.copy(folder.resolve("received/IMG_1.jpg"), second);
        Files.setLastModifiedTime(second, AN_HOUR_AGO);

        Adoption all = evidence.adoptAllUnrecorded();
        assertThat(all.imported()).as("the same bytes may be evidence in two cases").isEqualTo(2);
        assertThat(evidence.evidence(other.id())).singleElement().extracting(Evidence::kind)
                .isEqualTo(EvidenceKind.LISTING);
    }

    /** The real file-system watch: a folder made and a file copied in while watching are noticed. */
    @Test
    void theWatchNoticesAFileDroppedIntoANewKindFolder() throws Exception {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        try (FolderWatch watch = new FolderWatch(calls::incrementAndGet)) {
            watch.watch(folder);
            Files.createDirectory(folder.resolve("received"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (calls.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(calls.get()).as("the new folder was noticed").isEqualTo(1);
            photo("received/IMG_5.jpg", Color.PINK, FileTime.from(Instant.now()));
            while (calls.get() == 1 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(calls.get()).as("the file inside the new folder was noticed, once").isEqualTo(2);
            Thread.sleep(FolderWatch.QUIET.toMillis() * 2);
            assertThat(calls.get()).as("a burst of events is one call").isEqualTo(2);
        }
        Files.setLastModifiedTime(folder.resolve("received/IMG_5.jpg"), AN_HOUR_AGO);
        assertThat(evidence.adoptUnrecorded(theCase.id()).imported()).isEqualTo(1);
    }
}
