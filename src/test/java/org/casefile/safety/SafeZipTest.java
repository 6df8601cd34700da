package org.casefile.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casefile.domain.CasefileException;
import org.casefile.library.SafeZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits are enforced on bytes actually inflated, whatever the headers claim. */
class SafeZipTest {
    @TempDir Path dir;

    private Path zip(String name, Map<String, byte[]> entries) throws Exception {
        return Zips.write(dir.resolve(name), entries);
    }

    @Test
    void perEntryAndTotalLimitsCountTheBytesRead() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a", new byte[3000]);
        entries.put("b", new byte[3000]);
        Path file = zip("two.zip", entries);
        try (SafeZip zip = SafeZip.open(file, "test", new SafeZip.Limits(10, 2000, 10_000, 100))) {
            assertThatThrownBy(() -> zip.extract(zip.entries().get(0), dir.resolve("a")))
                    .isInstanceOf(CasefileException.class).hasMessageContaining("unpacks to more than 2000 bytes");
        }
        try (SafeZip zip = SafeZip.open(file, "test", new SafeZip.Limits(10, 5000, 5000, 100))) {
            zip.extract(zip.entries().get(0), dir.resolve("a1"));
            assertThatThrownBy(() -> zip.extract(zip.entries().get(1), dir.resolve("b1")))
                    .hasMessageContaining("more than 5000 bytes in all");
        }
        assertThatThrownBy(() -> SafeZip.open(file, "test", new SafeZip.Limits(1, 5000, 5000, 100)))
                .hasMessageContaining("holds 2 entries; at most 1");
    }

    @Test
    void aHeaderThatUnderstatesTheSizeIsCaught() throws Exception {
        Path file = zip("liar.zip", Map.of("big", new byte[50_000]));
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 46 < bytes.length; at++) {
            if (buffer.getInt(at) == 0x02014b50) {
                buffer.putInt(at + 24, 100); // the directory now says 100 bytes
            }
        }
        Files.write(file, bytes);
        try (SafeZip zip = SafeZip.open(file, "test", SafeZip.Limits.BUNDLE)) {
            assertThat(zip.entries().get(0).size()).isEqualTo(100);
            assertThatThrownBy(() -> zip.extract(zip.entries().get(0), dir.resolve("big")))
                    .hasMessageContaining("longer than its header says");
        }
    }

    @Test
    void namesThatLeaveTheFolderAreRefusedBeforeAnythingIsRead() throws Exception {
        for (String name : new String[] {"../x", "a/../../x", "/abs", "C:x", "c:/x", "a\\b", "a//b", "./a", "a/./b",
                "a/\u0000b", "a/b:c", "a/<b>"}) {
            Path file = zip("bad" + Math.abs(name.hashCode()) + ".zip", Map.of(name, new byte[] {1}));
            assertThatThrownBy(() -> SafeZip.open(file, "test", SafeZip.Limits.BUNDLE)).as(name)
                    .isInstanceOf(CasefileException.class).hasMessageContaining("was refused");
        }
        Path fine = zip("fine.zip", Map.of("cases/2026-10-01 AliExpress 81 (2)/received/IMG 0042 (3).jpg",
                new byte[] {1}));
        try (SafeZip zip = SafeZip.open(fine, "test", SafeZip.Limits.BUNDLE)) {
            assertThat(zip.entries()).hasSize(1);
        }
    }
}
