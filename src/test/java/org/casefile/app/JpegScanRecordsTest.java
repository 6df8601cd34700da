package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.PacketProfile;
import org.casefile.evidence.EvidenceFileException;
import org.casefile.packet.PacketFixture;
import org.casefile.packet.image.JpegScan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photo's scan is recorded beside its thumbnail at its first export and taken from there by the next ones, which
 * give the same packet byte for byte; a record that is broken, of another version, too large, of another file, or
 * whose ranges do not hold for the file is ignored and written anew; and a file changed on disk still stops the
 * export, before the pages or at the save.
 */
class JpegScanRecordsTest extends LibraryTestBase {
    @TempDir Path desktop;
    @TempDir Path out;
    private Services services;
    private PacketFixture fixture;
    private Evidence box;
    private Evidence lid;

    @BeforeEach
    void aCaseWithTwoPhotos() throws IOException {
        services = Services.of(library, TestCases.CLOCK);
        fixture = new PacketFixture(services, desktop, "8123456789012");
        box = fixture.add(EvidenceKind.RECEIVED, fixture.photo("box.jpg", 800, 600, 1));
        lid = fixture.add(EvidenceKind.RECEIVED, fixture.phonePhoto());
    }

    private Path record(Evidence item) {
        return dir.resolve("thumbnails").resolve(item.sha256() + ".scan");
    }

    private byte[] export(JobProgress progress) throws IOException {
        Path packet = out.resolve("packet.pdf");
        services.exports().export(fixture.id(), ExportRequest.of(PacketProfile.PLATFORM), packet, progress,
                () -> false);
        try (PDDocument document = Loader.loadPDF(packet.toFile())) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
        return Files.readAllBytes(packet);
    }

    private byte[] export() throws IOException {
        return export(JobProgress.NONE);
    }

    @Test
    void theFirstExportRecordsEachPhotoAndTheNextOnesGiveTheSamePacketFromTheRecords() throws IOException {
        assertThat(record(box)).doesNotExist();
        byte[] first = export();
        String boxRecord = Files.readString(record(box));
        assertThat(boxRecord).startsWith(JpegScanRecords.VERSION + "\nevidence " + box.sha256() + " " + box.size())
                .contains("\nkept ").contains("\nrange ").contains("\nsum ");
        assertThat(record(lid)).exists();
        long written = Files.getLastModifiedTime(record(box)).toMillis();

        // Taken as they are: the same packet, and the records are not written again.
        Files.setLastModifiedTime(record(box), java.nio.file.attribute.FileTime.fromMillis(written - 60_000));
        assertThat(export()).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(record(box)).toMillis()).isEqualTo(written - 60_000);
        assertThat(Files.readString(record(box))).isEqualTo(boxRecord);
    }

    @Test
    void aRecordNotToTrustIsIgnoredAndWrittenAnew() throws IOException {
        byte[] first = export();
        String boxRecord = Files.readString(record(box));
        String lidRecord = Files.readString(record(lid));
        JpegScan.Found found = JpegScanRecords.read(record(box), box);
        assertThat(found).isNotNull();
        long[] moved = found.starts().clone();
        moved[moved.length - 1] += 1;
        String[] untrusted = {
            "", // empty
            boxRecord.substring(0, boxRecord.length() / 2), // cut short
            boxRecord.replace(found.keptSha256(), "0" + found.keptSha256().substring(1)), // changed: the sum says so
            boxRecord.replace(JpegScanRecords.VERSION, "casefile jpeg scan 0"), // another version
            lidRecord, // another photo's
            boxRecord + "x".repeat(JpegScanRecords.MOST_BYTES), // too large
            // Well formed, but its ranges do not hold for the file
            JpegScanRecords.text(box, new JpegScan.Found(found.width(), found.height(), moved, found.lengths(),
                    found.components(), found.crc32c(), found.keptSha256())),
        };
        for (String text : untrusted) {
            Files.writeString(record(box), text, StandardCharsets.UTF_8);
            assertThat(export()).as(text.length() > 80 ? text.substring(0, 80) : text).isEqualTo(first);
            assertThat(Files.readString(record(box))).isEqualTo(boxRecord);
        }
    }

    @Test
    void aPhotoChangedOnDiskStillStopsTheExportWithARecordInPlace() throws IOException {
        export();
        Files.delete(out.resolve("packet.pdf"));
        assertThat(record(box)).exists();
        Path stored = services.evidence().file(box);
        byte[] before = Files.readAllBytes(stored);
        Path other = fixture.photo("other.jpg", 800, 600, 2);

        // Before the pages: the check of its SHA-256, which comes before the record is read.
        stored.toFile().setWritable(true);
        Files.copy(other, stored, StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(this::export).isInstanceOf(EvidenceFileException.class)
                .hasMessageContaining("box.jpg").hasMessageContaining("changed since it was imported");
        assertThat(out.resolve("packet.pdf")).doesNotExist();

        // After the check read it: the save reads the kept ranges again and their sum is not the record's.
        Files.write(stored, before);
        JobProgress replaceAfterTheCheck = (stage, done, total) -> {
            if (stage.startsWith("Adding") && done == 0) {
                try {
                    Files.copy(other, stored, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        assertThatThrownBy(() -> export(replaceAfterTheCheck)).hasMessageContaining("box.jpg")
                .hasMessageContaining("changed on disk");
        assertThat(out.resolve("packet.pdf")).doesNotExist();
    }
}
