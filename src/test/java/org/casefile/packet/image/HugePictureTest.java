package org.casefile.packet.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.EvidenceService;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.ImportOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures that declare a huge size in a small file: decoded within a fixed memory bound, and refused at import with
 * their size named when too large to use.
 */
class HugePictureTest extends LibraryTestBase {
    @TempDir Path files;

    /** A real, valid grey PNG of {@code width} × {@code height}: its rows are deflated as they are made. */
    static Path greyPng(Path file, int width, int height) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit greyscale, no interlace
            chunk(out, "IHDR", header.toByteArray());
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            try (OutputStream deflating = new DeflaterOutputStream(data, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
                byte[] row = new byte[width + 1]; // filter byte 0, then mid-grey
                java.util.Arrays.fill(row, 1, row.length, (byte) 128);
                for (int y = 0; y < height; y++) {
                    deflating.write(row);
                }
            }
            chunk(out, "IDAT", data.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
        return file;
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(body.length);
        out.write(name);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }

    @Test
    void aPictureLargerThanAnyCameraMakesIsRefusedAtImportWithItsSize() throws Exception {
        Path huge = greyPng(files.resolve("poster.png"), 20_000, 20_000);
        assertThat(Files.size(huge)).isLessThan(2_000_000);
        long id = cases.create(TestCases.ssd("1")).id();
        EvidenceService evidence = new EvidenceService(library, cases, TestCases.CLOCK);
        List<ImportOutcome> outcomes = evidence.importFiles(id, EvidenceKind.LISTING, List.of(huge), o -> { },
                () -> false);
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ImportOutcome.Status.REJECTED);
            assertThat(o.reason()).contains("20,000 × 20,000 pixels", "400 megapixels", "up to 200 megapixels");
        });
        assertThat(evidence.evidence(id)).isEmpty();
    }

    @Test
    void aLargePictureKeptAsItIsDecodesWithinTheMemoryBound() throws Exception {
        Path large = greyPng(files.resolve("scan.png"), 12_000, 12_000); // 144 megapixels: allowed at import
        Pixels.Decoded decoded = Pixels.decode(large, 0); // no size limit: the packet keeps originals
        long pixels = (long) decoded.image().getWidth() * decoded.image().getHeight();
        assertThat(pixels).as("decoded subsampled, not 144 megapixels (576 MB)").isLessThanOrEqualTo(16_000_000L)
                .isGreaterThan(8_000_000L);
        assertThat(decoded.image().getRGB(5, 5) & 0xFFFFFF).isEqualTo(0x808080);
    }
}
