package org.casefile.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.EvidenceService;
import org.casefile.app.Picture;
import org.casefile.domain.Case;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.evidence.MediaTools;
import org.casefile.domain.text.Language;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;
import org.casefile.ui.common.DirectExecutor;
import org.casefile.ui.common.Words;
import org.junit.jupiter.api.Test;

/** The evidence view's model without a window: files found in the case folder, and the preview's picture. */
class EvidenceViewModelTest extends LibraryTestBase {
    private static final FileTime A_WHILE_AGO = FileTime.from(Instant.now().minusSeconds(600));

    @Test
    void showingACaseTakesWhatWasPutIntoItsFolderAndNamesWhatStaysOnce() throws Exception {
        Case theCase = cases.create(TestCases.ssd("8123456789012"));
        Path received = Files.createDirectories(dir.resolve(theCase.folder()).resolve("received"));
        Path photo = received.resolve("IMG_0042.jpg");
        ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "jpeg", photo.toFile());
        Path notes = Files.writeString(received.resolve("notes.jpg"), "not a photo");
        Files.setLastModifiedTime(photo, A_WHILE_AGO);
        Files.setLastModifiedTime(notes, A_WHILE_AGO);
        EvidenceService service = new EvidenceService(library, cases, TestCases.CLOCK, MediaTools.none());
        EvidenceViewModel model = new EvidenceViewModel(service, new DirectExecutor(), Runnable::run,
                library.thumbnails());
        model.setOnChanged(() -> model.show(cases.details(theCase.id())));

        model.show(cases.details(theCase.id()));
        assertThat(model.items()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EvidenceKind.RECEIVED);
            assertThat(e.originalName()).isEqualTo("IMG_0042.jpg");
        });
        assertThat(model.noticeProperty().get()).isEqualTo("Found 2 new files in the case folder: 1 added as "
                + "evidence, 1 left where it is (see below).");
        assertThat(model.rejected()).singleElement().asString()
                .startsWith("notes.jpg (in the case folder): It is not a photo");
        assertThat(model.checklist()).filteredOn(item -> item.what().equals("Photos of what arrived"))
                .singleElement().extracting(org.casefile.domain.Checklist.Item::present).isEqualTo(true);

        model.adopt(); // what the folder watch does on the next change
        assertThat(model.rejected()).as("told once").hasSize(1);
        assertThat(model.items()).hasSize(1);

        List<Optional<Picture>> pictures = new ArrayList<>();
        Evidence item = model.items().get(0);
        model.picture(item, 320, pictures::add, failure -> { throw new AssertionError(failure); });
        assertThat(pictures).singleElement().satisfies(p -> assertThat(p).get()
                .extracting(Picture::width).isEqualTo(320));
    }

    @Test
    void whyAFileWasLeftOutIsSaidInTheWindowsLanguage() throws Exception {
        Case theCase = cases.create(TestCases.ssd("8123456789012"));
        Path received = Files.createDirectories(dir.resolve(theCase.folder()).resolve("received"));
        Path notes = Files.writeString(received.resolve("notes.jpg"), "not a photo");
        Files.setLastModifiedTime(notes, A_WHILE_AGO);
        EvidenceService service = new EvidenceService(library, cases, TestCases.CLOCK, MediaTools.none());
        EvidenceViewModel model = new EvidenceViewModel(service, new DirectExecutor(), Runnable::run,
                library.thumbnails());
        try {
            Words.use(Language.KOREAN);
            model.show(cases.details(theCase.id()));
            Phrase why = Phrase.of("Import.notMedia");
            assertThat(model.rejected()).containsExactly(Words.get("evidence.inCaseFolder", "notes.jpg",
                    Words.get(why)));
            assertThat(model.rejected().get(0)).doesNotContain(RuleText.english(why));
        } finally {
            Words.use(Language.ENGLISH);
        }
    }

    @Test
    void showingACaseMakesTheThumbnailsAnImportLeftAndShowsThem() throws Exception {
        Case theCase = cases.create(TestCases.ssd("8123456789012"));
        Case other = cases.create(TestCases.ssd("8123456789013"));
        Path photo = dir.resolve("IMG_0042.jpg");
        ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "jpeg", photo.toFile());
        EvidenceService service = new EvidenceService(library, cases, TestCases.CLOCK, MediaTools.none());
        service.importFiles(theCase.id(), EvidenceKind.RECEIVED, List.of(photo), o -> { }, () -> false);
        Evidence item = service.evidence(theCase.id()).get(0);
        assertThat(library.thumbnails().resolve(item.sha256() + ".jpg")).as("not on the import's path: a CLI import")
                .doesNotExist();

        EvidenceViewModel model = new EvidenceViewModel(service, new DirectExecutor(), Runnable::run,
                library.thumbnails());
        int[] reloads = {0};
        model.setOnChanged(() -> reloads[0]++);
        model.show(cases.details(other.id()));
        assertThat(reloads[0]).as("nothing to make for a case without evidence").isZero();
        model.show(cases.details(theCase.id()));
        assertThat(model.thumbnail(item)).exists();
        assertThat(reloads[0]).as("the grid is reloaded to show it").isEqualTo(1);
    }

    @Test
    void aDroppedFolderImportsItsFilesEachOfItsOwnKind() throws Exception {
        Case theCase = cases.create(TestCases.ssd("8123456789012"));
        Path folder = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-desktop").resolve("Parcel"));
        ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "jpeg",
                folder.resolve("IMG_0042.jpg").toFile());
        ImageIO.write(new BufferedImage(480, 640, BufferedImage.TYPE_INT_RGB), "jpeg",
                folder.resolve("box packaging.jpg").toFile());
        EvidenceService service = new EvidenceService(library, cases, TestCases.CLOCK, MediaTools.none());
        EvidenceViewModel model = new EvidenceViewModel(service, new DirectExecutor(), Runnable::run,
                library.thumbnails());
        model.setOnChanged(() -> model.show(cases.details(theCase.id())));
        model.show(cases.details(theCase.id()));

        model.importFiles(List.of(folder), null);
        assertThat(model.rejected()).isEmpty();
        assertThat(model.noticeProperty().get()).isEqualTo("Imported 2.");
        assertThat(model.items()).extracting(e -> e.originalName() + " " + e.kind()).containsExactlyInAnyOrder(
                "IMG_0042.jpg " + EvidenceKind.RECEIVED, "box packaging.jpg " + EvidenceKind.PACKAGING);
        assertThat(model.noticeProperty().get()).isEqualTo("Imported 2.");
        assertThat(model.items()).as("the thumbnails, made in the background once the import is done")
                .allSatisfy(e -> assertThat(model.thumbnail(e)).exists());
    }
}
