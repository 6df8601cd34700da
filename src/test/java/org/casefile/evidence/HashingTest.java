package org.casefile.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HashingTest {
    private static String fed(byte[] bytes, int offset, int length) {
        MessageDigest digest = Hashing.sha256();
        Hashing.update(digest, bytes, offset, length);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String whole(byte[] bytes, int offset, int length) {
        MessageDigest digest = Hashing.sha256();
        digest.update(bytes, offset, length);
        return HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void theStandardVectorComesOutWhateverTheFeeding() {
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        assertThat(fed(abc, 0, 3)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        byte[] twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII);
        assertThat(fed(twoBlocks, 0, twoBlocks.length))
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    @Test
    void blocksFedOneAtATimeThenInSlicesGiveTheSameDigestAsOneCall() {
        // 7 MB: more than the blocks the process feeds one at a time, so both ways meet inside one call.
        byte[] bytes = new byte[7 << 20];
        new Random(19).nextBytes(bytes);
        int[][] ranges = {{0, 0}, {0, 1}, {3, 63}, {0, 64}, {5, 65}, {100, 4_000}, {7, bytes.length - 20},
            {0, bytes.length}};
        for (int[] range : ranges) {
            assertThat(fed(bytes, range[0], range[1])).as("%d bytes from %d", range[1], range[0])
                    .isEqualTo(whole(bytes, range[0], range[1]));
        }
    }

    @Test
    void aCopyHoldsTheSourcesBytesAndItsHashIsTheirs(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // Sizes around the 1 MB slice: none, one byte, one slice exactly, one byte past it, several and a rest.
        for (int size : new int[] {0, 1, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 12_345}) {
            byte[] bytes = new byte[size];
            new Random(size).nextBytes(bytes);
            java.nio.file.Path source = java.nio.file.Files.write(dir.resolve("source-" + size), bytes);
            java.nio.file.Path copy = dir.resolve("copy-" + size);

            String hash = Hashing.copy(source, copy);

            assertThat(java.nio.file.Files.readAllBytes(copy)).as("%d bytes", size).isEqualTo(bytes);
            assertThat(hash).as("%d bytes", size).isEqualTo(whole(bytes, 0, size)).isEqualTo(Hashing.of(copy))
                    .isEqualTo(Hashing.of(bytes));
        }
        java.nio.file.Path taken = dir.resolve("copy-1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Hashing.copy(dir.resolve("source-0"), taken))
                .as("an existing file is never overwritten")
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }
}
