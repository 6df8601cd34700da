package org.casefile.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.casefile.domain.Evidence;
import org.casefile.library.Library;
import org.casefile.library.PartFiles;
import org.casefile.packet.image.JpegScan;

/**
 * What the packet learnt of each photo at its first export ({@link JpegScan}: size, whether it passes through, the
 * kept ranges with their CRC-32C and SHA-256), kept as a small text file beside its thumbnail,
 * {@code thumbnails/SHA256.scan}, so that later exports hash each photo once (the check against its recorded
 * SHA-256) instead of also parsing it and hashing its kept bytes (issue 19). A record is a saving, never a source
 * of truth: one that is unreadable, broken, of another version or another file, too large, or whose ranges do not
 * sum to its CRC-32C in the bytes just checked is ignored, the photo scanned again and the record written anew.
 */
final class JpegScanRecords {
    static final String VERSION = "casefile jpeg scan 1";
    /** A record is a few hundred bytes; anything much larger is not one. */
    static final int MOST_BYTES = 16 * 1024;

    private final Library library;

    JpegScanRecords(Library library) {
        this.library = library;
    }

    /** Where the record of {@code item}'s photo is kept. */
    Path file(Evidence item) {
        return library.thumbnails().resolve(item.sha256() + ".scan");
    }

    /**
     * The scan of {@code bytes}, the whole of {@code file} (the evidence file of {@code item}) as read and checked
     * against its SHA-256: taken from its record when that holds, else scanned and recorded. Null when the bytes
     * are not a JPEG; a broken JPEG throws as {@link JpegScan#of(Path, byte[])} does.
     */
    JpegScan scan(Path file, Evidence item, byte[] bytes) throws IOException {
        Path record = file(item);
        JpegScan.Found found = read(record, item);
        JpegScan known = found == null ? null : JpegScan.of(file, bytes, found);
        if (known != null) {
            return known;
        }
        JpegScan scanned = JpegScan.of(file, bytes);
        if (scanned != null) {
            write(record, item, scanned.found());
        }
        return scanned;
    }

    /** The record's text: the version, the file it is of, what was found, and a sum of those lines. */
    static String text(Evidence item, JpegScan.Found found) {
        StringBuilder text = new StringBuilder(VERSION).append('\n')
                .append("evidence ").append(item.sha256()).append(' ').append(item.size()).append('\n')
                .append("pixels ").append(found.width()).append(' ').append(found.height()).append('\n');
        if (found.passesThrough()) {
            text.append("kept ").append(found.components()).append(' ').append(found.crc32c()).append(' ')
                    .append(found.keptSha256()).append('\n');
            for (int i = 0; i < found.starts().length; i++) {
                text.append("range ").append(found.starts()[i]).append(' ').append(found.lengths()[i]).append('\n');
            }
        }
        long sum = sum(text);
        return text.append("sum ").append(sum).append('\n').toString();
    }

    /** What the record says of {@code item}'s photo; null when there is none or it is not one to trust. */
    static JpegScan.Found read(Path record, Evidence item) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(record)) {
            bytes = in.readNBytes(MOST_BYTES + 1);
        } catch (IOException e) {
            return null; // none yet (or unreadable): the photo is scanned
        }
        if (bytes.length > MOST_BYTES) {
            return null;
        }
        try {
            return parse(new String(bytes, StandardCharsets.UTF_8), item);
        } catch (RuntimeException e) {
            return null; // a number that is not one, a line cut short: broken
        }
    }

    private static JpegScan.Found parse(String text, Evidence item) {
        int end = text.lastIndexOf("sum ");
        if (end < 0 || !text.endsWith("\n") || !text.substring(end).equals("sum " + sum(text.substring(0, end))
                + "\n")) {
            return null;
        }
        List<String[]> lines = text.substring(0, end).lines().map(line -> line.split(" ", -1)).toList();
        if (lines.size() < 3 || !String.join(" ", lines.get(0)).equals(VERSION)
                || !Arrays.equals(lines.get(1), new String[] {"evidence", item.sha256(), String.valueOf(item.size())})
                || !lines.get(2)[0].equals("pixels") || lines.get(2).length != 3) {
            return null;
        }
        int width = Integer.parseInt(lines.get(2)[1]);
        int height = Integer.parseInt(lines.get(2)[2]);
        if (lines.size() == 3) {
            return new JpegScan.Found(width, height, null, null, 0, 0, null);
        }
        String[] kept = lines.get(3);
        if (!kept[0].equals("kept") || kept.length != 4 || lines.size() < 5) {
            return null;
        }
        long[] starts = new long[lines.size() - 4];
        long[] lengths = new long[starts.length];
        for (int i = 0; i < starts.length; i++) {
            String[] range = lines.get(4 + i);
            if (!range[0].equals("range") || range.length != 3) {
                return null;
            }
            starts[i] = Long.parseLong(range[1]);
            lengths[i] = Long.parseLong(range[2]);
        }
        return new JpegScan.Found(width, height, starts, lengths, Integer.parseInt(kept[1]),
                Long.parseLong(kept[2]), kept[3]);
    }

    private static long sum(CharSequence lines) {
        CRC32C crc = new CRC32C();
        crc.update(lines.toString().getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /**
     * Writes the record under a temporary name and moves it into place, so a reader never meets half a record. A
     * record that cannot be written is not kept: the next export scans the photo again.
     */
    private void write(Path record, Evidence item, JpegScan.Found found) {
        Path temporary = null;
        try {
            temporary = library.tmpFile("scan", ".part");
            Files.writeString(temporary, text(item, found));
            PartFiles.moveIntoPlace(temporary, record);
        } catch (IOException | RuntimeException e) {
            try {
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException ignored) {
                // in tmp/, removed when the library next opens
            }
        }
    }
}
