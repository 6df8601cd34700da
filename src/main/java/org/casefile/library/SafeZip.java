package org.casefile.library;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.casefile.domain.CasefileException;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/**
 * Reads a zip that came from somewhere else as if it were hostile. Before a byte is extracted: the central directory
 * must be whole (a truncated file is refused), every name must be a plain relative path (no {@code ..}, no absolute
 * path, no drive letter, no backslash or control character), no entry may be a link, encrypted, or there twice, and
 * the number of entries is capped. While extracting, the bytes actually inflated are counted (headers can lie): per
 * entry, in total, and against the compressed size (a zip bomb is stopped after at most a ratio's worth of output).
 */
public final class SafeZip implements Closeable {
    /** What a zip may hold. {@code maxRatio} applies once an entry has inflated past {@link #RATIO_GRACE} bytes. */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {
        /** One case: evidence files up to the importer's 4 GB, 10,000 of them, 64 GB in all. */
        public static final Limits BUNDLE = new Limits(10_000, 4_000_000_000L, 64_000_000_000L, 100);
        /** A whole library: the database may be large and cases many. */
        public static final Limits BACKUP = new Limits(1_000_000, 64_000_000_000L, 1_000_000_000_000L, 100);
    }

    public record Entry(String name, long size, long compressedSize) {
        public boolean isFolder() {
            return name.endsWith("/");
        }
    }

    /**
     * The ratio test starts only past this much output from one entry: a real library's database or chat is highly
     * repetitive (a 10 MB chat of one repeated line packs to a few kilobytes) but never this large, while a bomb's
     * damage is bounded by the absolute limits and the free space on the disk it unpacks to.
     */
    static final long RATIO_GRACE = 1L << 30;
    /** Room left free on the disk a zip unpacks to: a zip that would take it is refused before the disk is full. */
    private static final long KEEP_FREE = 100_000_000L;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final String what;
    private final Limits limits;
    private final ZipFile zip;
    private final List<Entry> entries;
    private long inflated;
    /** Bytes this zip may still unpack to disk before the disk nears full; -1 until the first file is extracted. */
    private long room = -1;

    private SafeZip(Path file, String what, Limits limits, ZipFile zip, List<Entry> entries) {
        this.file = file;
        this.what = what;
        this.limits = limits;
        this.zip = zip;
        this.entries = entries;
    }

    /** Opens and checks the zip's directory; {@code what} names it in messages ("case bundle", "backup"). */
    public static SafeZip open(Path file, String what, Limits limits) {
        if (Files.isDirectory(file)) {
            throw new CasefileException(Phrase.of("Zip.folder." + kind(what), file.toString()));
        }
        if (!Files.isRegularFile(file)) {
            throw new CasefileException(Phrase.of("Error.noFile", file.toString()));
        }
        List<RawEntry> raw;
        try {
            raw = centralDirectory(file, limits);
        } catch (IOException e) {
            throw refuse(file, what, Phrase.of("Zip.couldNotRead", String.valueOf(e.getMessage())));
        } catch (BadZip e) {
            throw refuse(file, what, e.reason);
        }
        Set<String> names = new HashSet<>();
        for (RawEntry entry : raw) {
            Phrase problem = nameProblem(entry.name());
            if (problem != null) {
                throw refuse(file, what, Phrase.of("Zip.unsafeName", printable(entry.name()), problem));
            }
            if (entry.isLink()) {
                throw refuse(file, what, Phrase.of("Zip.link", entry.name()));
            }
            if (entry.encrypted()) {
                throw refuse(file, what, Phrase.of("Zip.encrypted", entry.name()));
            }
            if (!names.add(entry.name())) {
                throw refuse(file, what, Phrase.of("Zip.twice", entry.name()));
            }
        }
        ZipFile zip = null;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
            List<Entry> entries = new ArrayList<>();
            for (RawEntry entry : raw) {
                ZipEntry found = zip.getEntry(entry.name());
                if (found == null) {
                    throw refuse(file, what, Phrase.of("Zip.inconsistent"));
                }
                entries.add(new Entry(entry.name(), found.getSize(), found.getCompressedSize()));
            }
            if (entries.size() != zip.size()) {
                throw refuse(file, what, Phrase.of("Zip.inconsistent"));
            }
            return new SafeZip(file, what, limits, zip, List.copyOf(entries));
        } catch (IOException | IllegalArgumentException e) {
            closeQuietly(zip);
            throw refuse(file, what, Phrase.of("Zip.damaged", String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Reads a small entry (a manifest) whole; more than {@code max} bytes is refused. */
    public byte[] read(Entry entry, int max) {
        var out = new java.io.ByteArrayOutputStream();
        copy(entry, out, max, null);
        return out.toByteArray();
    }

    /** Extracts {@code entry} to the new file {@code target} and returns the SHA-256 of the bytes written. */
    public String extract(Entry entry, Path target) {
        return extract(entry, target, -1);
    }

    /**
     * As {@link #extract(Entry, Path)}, stopping as soon as the entry unpacks past {@code listedSize}, the size the
     * zip's own manifest gives for it (-1 when none): a bomb is stopped after that many bytes, whatever its ratio.
     */
    public String extract(Entry entry, Path target, long listedSize) {
        MessageDigest digest = sha256();
        if (room < 0) {
            try {
                room = Math.max(0, Files.getFileStore(target.getParent()).getUsableSpace() - KEEP_FREE) + inflated;
            } catch (IOException e) {
                room = Long.MAX_VALUE; // the disk's free space is unknown: the absolute limits still hold
            }
        }
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            copy(entry, out, listedSize >= 0 ? Math.min(listedSize, limits.maxEntryBytes()) : limits.maxEntryBytes(),
                    digest);
        } catch (IOException e) {
            throw new CasefileException(Phrase.of("Error.cannotWrite", target.toString(), DiskWords.phrase(e)), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private void copy(Entry entry, OutputStream out, long max, MessageDigest digest) {
        ZipEntry zipEntry = zip.getEntry(entry.name());
        long count = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = zip.getInputStream(zipEntry)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                count += read;
                inflated += read;
                if (count > max || count > limits.maxEntryBytes()) {
                    throw refuse(file, what, Phrase.of(max < limits.maxEntryBytes() ? "Zip.entryOverListed"
                            : "Zip.entryTooBig", entry.name(), String.valueOf(Math.min(max, limits.maxEntryBytes()))));
                }
                if (inflated > limits.maxTotalBytes()) {
                    throw refuse(file, what, Phrase.of("Zip.tooBigInAll", String.valueOf(limits.maxTotalBytes())));
                }
                if (room >= 0 && inflated > room) {
                    throw refuse(file, what, Phrase.of("Zip.noRoom", String.valueOf((room + KEEP_FREE) / 1_000_000)));
                }
                if (count > RATIO_GRACE && count > Math.max(1, entry.compressedSize()) * limits.maxRatio()) {
                    throw refuse(file, what, Phrase.of("Zip.bomb", entry.name(), String.valueOf(limits.maxRatio())));
                }
                if (entry.size() >= 0 && count > entry.size()) {
                    throw refuse(file, what, Phrase.of("Zip.longer", entry.name()));
                }
                if (digest != null) {
                    digest.update(buffer, 0, read);
                }
                out.write(buffer, 0, read);
            }
        } catch (ZipException | java.io.EOFException e) {
            throw refuse(file, what, Phrase.of("Zip.entryDamaged", entry.name(), String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw refuse(file, what, Phrase.of("Zip.entryUnreadable", entry.name(), String.valueOf(e.getMessage())));
        }
        if (entry.size() >= 0 && count != entry.size()) {
            throw refuse(file, what, Phrase.of("Zip.entryCutOff", entry.name()));
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // read-only
            }
        }
    }

    public static CasefileException refuse(Path file, String what, Phrase reason) {
        return new CasefileException(Phrase.of("Zip.refused." + kind(what), String.valueOf(file.getFileName()),
                reason));
    }

    /** The bundles' word for what the zip is: a backup's and a case bundle's sentences differ in some languages. */
    private static String kind(String what) {
        return "backup".equals(what) ? "backup" : "bundle";
    }

    /** Why {@code name} is not a plain relative path inside a folder, or null when it is. */
    static Phrase nameProblem(String name) {
        if (name.isEmpty() || name.length() > 1000) {
            return Phrase.of("Zip.name.emptyOrLong");
        }
        if (name.startsWith("/") || DRIVE.matcher(name).matches()) {
            return Phrase.of("Zip.name.absolute");
        }
        if (name.indexOf('\\') >= 0) {
            return Phrase.of("Zip.name.backslashes");
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Phrase.of("Zip.name.control");
        }
        String body = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : body.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Phrase.of("Zip.name.outside");
            }
            if (segment.length() > 255 || segment.chars().anyMatch(c -> ":*?\"<>|".indexOf(c) >= 0)) {
                return Phrase.of("Zip.name.invalid");
            }
        }
        return null;
    }

    private static String printable(String name) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 120 ? shown.substring(0, 120) + "…" : shown;
    }

    private record RawEntry(String name, int madeBy, long external, int flags) {
        boolean isLink() {
            int system = madeBy >>> 8;
            long mode = external >>> 16;
            return system == 3 && (mode & 0170000) == 0120000;
        }

        boolean encrypted() {
            return (flags & 1) != 0;
        }
    }

    private static final class BadZip extends Exception {
        final transient Phrase reason;

        BadZip(Phrase reason) {
            super(RuleText.english(reason));
            this.reason = reason;
        }
    }

    /**
     * Reads the central directory ourselves: {@link ZipFile} does not expose the Unix file type that marks a link.
     * Handles Zip64 (backups may be over 4 GB).
     */
    private static List<RawEntry> centralDirectory(Path file, Limits limits) throws IOException, BadZip {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 22) {
                throw new BadZip(Phrase.of("Zip.tooShort"));
            }
            int tail = (int) Math.min(size, 22 + 65_535);
            ByteBuffer end = read(channel, size - tail, tail);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == 0x06054b50) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new BadZip(Phrase.of("Zip.endMissing"));
            }
            long count = end.getShort(eocd + 10) & 0xffff;
            long dirSize = end.getInt(eocd + 12) & 0xffffffffL;
            long dirOffset = end.getInt(eocd + 16) & 0xffffffffL;
            if (count == 0xffff || dirSize == 0xffffffffL || dirOffset == 0xffffffffL) {
                long locator = size - tail + eocd - 20;
                if (locator < 0 || read(channel, locator, 4).getInt(0) != 0x07064b50) {
                    throw new BadZip(Phrase.of("Zip.directoryDamaged"));
                }
                long zip64 = read(channel, locator + 8, 8).getLong(0);
                if (zip64 < 0 || zip64 + 56 > size) {
                    throw new BadZip(Phrase.of("Zip.directoryDamaged"));
                }
                ByteBuffer record = read(channel, zip64, 56);
                if (record.getInt(0) != 0x06064b50) {
                    throw new BadZip(Phrase.of("Zip.directoryDamaged"));
                }
                count = record.getLong(32);
                dirSize = record.getLong(40);
                dirOffset = record.getLong(48);
            }
            if (count > limits.maxEntries()) {
                throw new BadZip(Phrase.of("Zip.tooManyEntries", String.valueOf(count),
                        String.valueOf(limits.maxEntries())));
            }
            if (dirOffset < 0 || dirSize < 0 || dirOffset + dirSize > size || dirSize > count * (46L + 65_535 * 3)
                    || dirSize > 512L << 20) {
                throw new BadZip(Phrase.of("Zip.directoryCut"));
            }
            ByteBuffer dir = read(channel, dirOffset, (int) dirSize);
            List<RawEntry> entries = new ArrayList<>();
            int at = 0;
            for (long i = 0; i < count; i++) {
                if (at + 46 > dir.limit() || dir.getInt(at) != 0x02014b50) {
                    throw new BadZip(Phrase.of("Zip.directoryCut"));
                }
                int madeBy = dir.getShort(at + 4) & 0xffff;
                int flags = dir.getShort(at + 8) & 0xffff;
                int nameLength = dir.getShort(at + 28) & 0xffff;
                int extraLength = dir.getShort(at + 30) & 0xffff;
                int commentLength = dir.getShort(at + 32) & 0xffff;
                long external = dir.getInt(at + 38) & 0xffffffffL;
                if (at + 46 + nameLength > dir.limit()) {
                    throw new BadZip(Phrase.of("Zip.directoryCut"));
                }
                byte[] name = new byte[nameLength];
                dir.get(at + 46, name);
                var decoder = StandardCharsets.UTF_8.newDecoder();
                String text;
                try {
                    text = decoder.decode(ByteBuffer.wrap(name)).toString();
                } catch (java.nio.charset.CharacterCodingException e) {
                    throw new BadZip(Phrase.of("Zip.badName"));
                }
                entries.add(new RawEntry(text, madeBy, external, flags));
                at += 46 + nameLength + extraLength + commentLength;
            }
            return entries;
        }
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException, BadZip {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new BadZip(Phrase.of("Zip.cutOff"));
            }
        }
        return buffer.flip();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
