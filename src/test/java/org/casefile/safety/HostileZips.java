package org.casefile.safety;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips no honest tool makes: links, bombs, thousands of entries. */
final class HostileZips {
    private HostileZips() {
    }

    /** The good entries plus one whose central directory marks it a Unix symbolic link to {@code pointsTo}. */
    static Path withSymlink(Path zip, Map<String, byte[]> good, String name, String pointsTo) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream stream = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : good.entrySet()) {
                stream.putNextEntry(new ZipEntry(entry.getKey()));
                stream.write(entry.getValue());
                stream.closeEntry();
            }
            stream.putNextEntry(new ZipEntry(name));
            stream.write(pointsTo.getBytes(StandardCharsets.UTF_8));
            stream.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < bytes.length; at++) {
            if (buffer.getInt(at) == 0x02014b50 && (buffer.getShort(at + 28) & 0xffff) == wanted.length
                    && java.util.Arrays.equals(bytes, at + 46, at + 46 + wanted.length, wanted, 0, wanted.length)) {
                buffer.putShort(at + 4, (short) (3 << 8 | 20)); // made by Unix
                buffer.putInt(at + 38, 0120777 << 16); // S_IFLNK | 0777
                Files.write(zip, bytes);
                return zip;
            }
        }
        throw new IllegalStateException("entry not found");
    }

    /** The good entries with {@code name} replaced by {@code size} zero bytes: a few kilobytes packed. */
    static Path bomb(Path zip, Map<String, byte[]> good, String name, int size) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream stream = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : good.entrySet()) {
                stream.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getKey().equals(name)) {
                    byte[] zeros = new byte[1 << 20];
                    for (int i = 0; i < size; i += zeros.length) {
                        stream.write(zeros, 0, Math.min(zeros.length, size - i));
                    }
                } else {
                    stream.write(entry.getValue());
                }
                stream.closeEntry();
            }
        }
        return zip;
    }

    static Path manyEntries(Path zip, int count) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream stream = new ZipOutputStream(out)) {
            for (int i = 0; i < count; i++) {
                stream.putNextEntry(new ZipEntry("evidence/other/" + i + ".jpg"));
                stream.closeEntry();
            }
        }
        return zip;
    }
}
