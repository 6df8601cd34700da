package org.casefile.packet.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kept ranges of a photo read as PDFBox reads them at save, a few KB at a time, through blocks read ahead from
 * the file: the same bytes whatever the sizes, and a file whose ranges no longer hash as prepared fails.
 */
class SplicedFileTest {
    @TempDir Path folder;

    private static final long[] STARTS = {0, 100, 600_010};
    private static final long[] LENGTHS = {10, 599_900, 399_990};

    private byte[] expected(byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < STARTS.length; i++) {
            out.write(file, (int) STARTS[i], (int) LENGTHS[i]);
        }
        return out.toByteArray();
    }

    private static long crc32c(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }

    private static byte[] readInPieces(SplicedFile spliced, int piece) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[piece];
        for (int n; (n = spliced.read(buffer, 0, piece)) > 0; ) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    @Test
    void rangesLongerThanABlockReadInSmallPiecesGiveTheKeptBytesAndPassTheirCheck() throws Exception {
        byte[] file = new byte[1_000_000];
        new Random(3).nextBytes(file);
        Path path = Files.write(folder.resolve("IMG_1.jpg"), file);
        byte[] kept = expected(file);
        long sum = crc32c(kept);

        for (int piece : new int[] {1, 4096, 8191, 300_000}) {
            SplicedFile spliced = new SplicedFile(path, STARTS, LENGTHS, 3).checkedAgainst(sum);
            assertThat(readInPieces(spliced, piece)).as("pieces of %d bytes", piece).isEqualTo(kept);
            spliced.seek(5);
            byte[] again = new byte[20];
            assertThat(spliced.read(again, 0, 20)).isEqualTo(20);
            assertThat(again).isEqualTo(java.util.Arrays.copyOfRange(kept, 5, 25));
        }
        assertThat(new SplicedFile(path, STARTS, LENGTHS, 3).readAll()).isEqualTo(kept);
    }

    @Test
    void aFileChangedInsideAKeptRangeFailsAtTheEndOfItsBytes() throws Exception {
        byte[] file = new byte[1_000_000];
        new Random(4).nextBytes(file);
        Path path = folder.resolve("IMG_2.jpg");
        long sum = crc32c(expected(file));
        file[700_000] ^= 1;
        Files.write(path, file);

        SplicedFile spliced = new SplicedFile(path, STARTS, LENGTHS, 3).checkedAgainst(sum);
        assertThatThrownBy(() -> readInPieces(spliced, 4096)).isInstanceOf(SplicedFile.Changed.class)
                .hasMessageContaining("IMG_2.jpg changed on disk");

        Files.write(path, java.util.Arrays.copyOf(file, 800_000));
        SplicedFile shorter = new SplicedFile(path, STARTS, LENGTHS, 3).checkedAgainst(sum);
        assertThatThrownBy(() -> readInPieces(shorter, 4096)).hasMessageContaining("IMG_2.jpg changed");
    }
}
