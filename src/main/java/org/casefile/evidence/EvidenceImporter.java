package org.casefile.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.Case;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.MediaType;
import org.casefile.domain.ImportOutcome;
import org.casefile.library.CrashPoints;
import org.casefile.library.DiskWords;
import org.casefile.library.Library;
import org.casefile.pdfpage.PdfPages;

/**
 * Brings one file into a case, without ever touching the original: copy to {@code tmp/} while hashing, check what
 * it really is, make its thumbnail (which also proves the pixels decode), then move it into
 * {@code cases/<case>/<kind>/} and record it. A failure at any step leaves no half file and no row.
 */
public final class EvidenceImporter {
    public static final long MAX_BYTES = 4_000_000_000L;

    private final Library library;
    private final Clock clock;
    private final MediaTools tools;
    private final Thumbnails thumbnails;

    public EvidenceImporter(Library library, Clock clock) {
        this(library, clock, MediaTools.find());
    }

    public EvidenceImporter(Library library, Clock clock, MediaTools tools) {
        this.library = library;
        this.clock = clock;
        this.tools = tools;
        this.thumbnails = new Thumbnails(library);
    }

    public MediaTools tools() {
        return tools;
    }

    public ImportOutcome importFile(Case theCase, EvidenceKind kind, Path source) {
        Prepared prepared = prepare(theCase, source);
        return place(theCase, kind, prepared);
    }

    /**
     * A file checked, copied into {@code tmp/} and thumbnailed, waiting to be placed; or the outcome already known
     * (rejected, or a duplicate of what the case holds).
     */
    public record Prepared(Path source, Path copy, String sha256, MediaType type, Probe probe, ImportOutcome outcome) {
    }

    /** The slow part (copy, hash, probe, thumbnail): safe to run for several files at once. */
    public Prepared prepare(Case theCase, Path source) {
        return prepare(theCase, source, (MediaType) null);
    }

    /**
     * {@link #prepare(Case, Path)} for one file of a batch, given what the case held when the batch began (its
     * evidence ids by hash, read once): the helpers that prepare the files then never wait for the database, which
     * the thread placing the files holds for each save. A copy made twice within the batch is still caught when it
     * is placed.
     */
    public Prepared prepare(Case theCase, Path source, java.util.Map<String, Long> recordedByHash) {
        return prepare(theCase, source, null, sha256 -> Optional.ofNullable(recordedByHash.get(sha256)));
    }

    /**
     * {@link #prepare(Case, Path)} for one file of a save kept whole or not at all (an email and its attachments),
     * before that save's transaction: {@code type} is the type the caller has proven by reading the file (an email),
     * or null; {@code theCase} is null for a case the save is about to open (it holds nothing to be a duplicate of).
     */
    public Prepared prepare(Case theCase, Path source, MediaType known) {
        return prepare(theCase, source, known, sha256 -> theCase == null ? Optional.empty()
                : library.database().read(s -> s.evidence().findByHash(theCase.id(), sha256)).map(Evidence::id));
    }

    private Prepared prepare(Case theCase, Path source, MediaType known,
                             java.util.function.Function<String, Optional<Long>> recordedAs) {
        Path temporary = library.tmpFile("import", ".part");
        try {
            check(source);
            String sha256 = Hashing.copy(source, temporary);
            Optional<Long> existing = recordedAs.apply(sha256);
            if (existing.isPresent()) {
                discard(temporary);
                return new Prepared(source, null, sha256, null, null, ImportOutcome.duplicate(source, existing.get()));
            }
            String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
            if (known == null && (name.endsWith(".eml") || name.endsWith(".msg"))) {
                throw new RejectedFileException(Phrase.of("Import.email"));
            }
            Probe probe = known != null ? new Probe(known, null, null, null, null, false, null, null)
                    : examine(temporary, sha256, false);
            return new Prepared(source, temporary, sha256, probe.mediaType(), probe, null);
        } catch (CasefileException e) {
            discard(temporary);
            return new Prepared(source, null, null, null, null, ImportOutcome.rejected(source, e.phrase()));
        } catch (IOException e) {
            discard(temporary);
            return new Prepared(source, null, null, null, null,
                    ImportOutcome.rejected(source, Phrase.of("Import.unreadable", String.valueOf(e.getMessage()))));
        }
    }

    /**
     * Records a file the user put into the case folder themselves, where it is and as it is (never moved or
     * changed): hashed, probed and thumbnailed like an import. Null when the file changed while it was read (still
     * being written): try again later.
     */
    public ImportOutcome adopt(Case theCase, EvidenceKind kind, Path file) {
        try {
            check(file);
            long size = Files.size(file);
            java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);
            String sha256 = Hashing.of(file);
            if (Files.size(file) != size || !Files.getLastModifiedTime(file).equals(modified)) {
                return null;
            }
            Optional<Evidence> twin = library.database().read(s -> s.evidence().findByHash(theCase.id(), sha256));
            if (twin.isPresent()) {
                return new ImportOutcome(file, ImportOutcome.Status.DUPLICATE, twin.get().id(),
                        Phrase.of("Import.copyOf", twin.get().originalName()));
            }
            Probe probe = examine(file, sha256, true);
            LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
            Evidence row = new Evidence(0, theCase.id(), kind, library.relative(file), file.getFileName().toString(),
                    null, sha256, size, probe.mediaType(), probe.width(), probe.height(), probe.capturedAt(),
                    probe.orientation(), probe.hasGps(), now, probe.durationMillis());
            return ImportOutcome.imported(file, library.database().write(session -> session.evidence().insert(row)));
        } catch (CasefileException e) {
            return ImportOutcome.rejected(file, e.phrase());
        } catch (IOException e) {
            return ImportOutcome.rejected(file, Phrase.of("Import.unreadable", String.valueOf(e.getMessage())));
        }
    }

    /** The quick part, one file at a time: claim a name in the case folder and record it. */
    public ImportOutcome place(Case theCase, EvidenceKind kind, Prepared prepared) {
        try {
            return placeOrFail(theCase, kind, prepared);
        } catch (CasefileException e) {
            return ImportOutcome.rejected(prepared.source(), e.phrase());
        } catch (IOException e) {
            return ImportOutcome.rejected(prepared.source(), Phrase.of("Import.unstorable", DiskWords.phrase(e)));
        }
    }

    /**
     * {@link #place(Case, EvidenceKind, Prepared)} for one file of a save kept whole or not at all: a file refused
     * for what it is comes back rejected, but one that cannot be stored throws, for the caller to undo the rest.
     */
    public ImportOutcome placeOrFail(Case theCase, EvidenceKind kind, Prepared prepared) throws IOException {
        if (prepared.outcome() != null) {
            return prepared.outcome();
        }
        try {
            Optional<Evidence> twin = library.database().read(s -> s.evidence().findByHash(theCase.id(),
                    prepared.sha256()));
            if (twin.isPresent()) {
                return ImportOutcome.duplicate(prepared.source(), twin.get().id()); // the same file twice in a batch
            }
            long id = place(theCase, kind, prepared.source(), prepared.copy(), prepared.type(), prepared.probe(),
                    prepared.sha256());
            // Negative: another Casefile recorded the same bytes in this case meanwhile (two imports at once).
            return id < 0 ? ImportOutcome.duplicate(prepared.source(), -id)
                    : ImportOutcome.imported(prepared.source(), id);
        } finally {
            discard(prepared.copy());
        }
    }

    /** Removes a copy that will not be placed (after placing, the name in tmp/ is a second link, also removed). */
    public static void discard(Path copy) {
        if (copy != null) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                // tmp/ is emptied when the library next opens
            }
        }
    }

    /** Removes a working folder under {@code tmp/} and what is in it, as far as it can. */
    public static void discardFolder(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // inside tmp/, which is emptied when the library next opens
        }
    }

    private static void check(Path source) throws IOException {
        if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS) && !Files.exists(source)) {
            throw new RejectedFileException(Phrase.of("Import.noSuchFile"));
        }
        if (Files.isDirectory(source)) {
            throw new RejectedFileException(Phrase.of("Import.emptyFolder"));
        }
        if (!Files.isRegularFile(source)) {
            throw new RejectedFileException(Phrase.of("Import.special"));
        }
        long size = Files.size(source);
        if (size == 0) {
            throw new RejectedFileException(Phrase.of("Import.empty"));
        }
        if (size > MAX_BYTES) {
            throw new RejectedFileException(Phrase.of("Import.tooBig", size / 1_000_000, MAX_BYTES / 1_000_000));
        }
    }

    /**
     * What a complete file is: its type from the content, its probe, its thumbnail, and for HEIC photos and videos
     * the display copy (converted JPEG, poster frame) in {@code previews/}. Rejects what cannot be evidence.
     * Without {@code thumbnailNow}, a JPEG's or PNG's thumbnail (a decode, most of an import's time) is left for
     * {@link #ensurePictures} to make off the import's path when its last bytes show the file is whole.
     */
    Probe examine(Path file, String sha256, boolean thumbnailNow) throws IOException {
        MediaType type = type(file);
        if (type == MediaType.HEIC) {
            Path display = library.tmpFile("heic", ".jpg");
            try {
                tools.convertHeic(file, display, workFolder());
                Probe probe = Probe.ofConverted(file, display);
                thumbnails.make(display, MediaType.JPEG, probe, sha256);
                keepPreview(display, sha256);
                return probe;
            } finally {
                discard(display);
            }
        }
        if (type.isVideo()) {
            MediaTools.VideoInfo info = tools.probeVideo(file, workFolder());
            Integer width = info.width();
            Integer height = info.height();
            Path poster = library.tmpFile("poster", ".jpg");
            try {
                if (tools.poster(file, info.durationMillis(), poster, workFolder())) {
                    Probe frame = Probe.of(poster, MediaType.JPEG); // the frame is upright: ffmpeg applies rotation
                    width = frame.width();
                    height = frame.height();
                    thumbnails.make(poster, MediaType.JPEG, frame, sha256);
                    keepPreview(poster, sha256);
                }
            } catch (RejectedFileException unreadableFrame) {
                // the video is still stored; the grid shows a placeholder
            } finally {
                discard(poster);
            }
            return new Probe(type, width, height, null, null, false, null, info.durationMillis());
        }
        Probe probe = Probe.of(file, type);
        if (probe.width() != null && probe.height() != null) {
            SubsampledRead.requireUsable(probe.width(), probe.height());
        }
        if (thumbnailNow || !Completeness.seemsWhole(file, type, probe)) {
            thumbnails.make(file, type, probe, sha256); // its decode proves the file whole, or refuses it
        }
        return probe;
    }

    private Path workFolder() {
        return library.tmpFile("work", "");
    }

    /** Keeps a display copy outside {@code cases/}, named by the evidence's hash (same bytes, same copy). */
    private void keepPreview(Path display, String sha256) throws IOException {
        Path target = library.previews().resolve(sha256 + ".jpg");
        if (!Files.exists(target)) {
            Files.move(display, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private MediaType type(Path copy) throws IOException {
        MediaType type = MediaSniffer.sniff(copy);
        Phrase unsupported = type == null ? MediaSniffer.unsupportedKind(copy) : null;
        if (unsupported != null) {
            throw new RejectedFileException(Phrase.of("Import.unsupported", unsupported));
        }
        if (type == null) {
            throw new RejectedFileException(Phrase.of("Import.notMedia"));
        }
        if (type == MediaType.HEIC && !tools.convertsHeic()) {
            throw new RejectedFileException(Phrase.of("Import.heic"));
        }
        return type;
    }

    /**
     * Makes again, where they are missing, the pictures the library keeps beside an evidence file: the grid's
     * thumbnail and, for a HEIC photo or a video, its display copy (a restored backup, an imported case, a cleared
     * cache). Best effort: without them the grid shows the kind's icon and the packet a placeholder.
     */
    public void ensurePictures(Path file, MediaType type, String sha256) {
        if (type == null || hasPictures(type, sha256)) {
            return;
        }
        try {
            examine(file, sha256, true);
        } catch (IOException | RuntimeException ignored) {
            // nothing to show for it; the evidence itself is untouched
        }
    }

    /** True when the thumbnail and (for a HEIC photo or a video) the display copy are in place. */
    public boolean hasPictures(MediaType type, String sha256) {
        if (type == null || type.isEmail()) {
            return true; // an email has no picture: the packet shows its text
        }
        boolean display = type != MediaType.HEIC && !type.isVideo()
                || Files.exists(library.previews().resolve(sha256 + ".jpg"));
        return display && Files.exists(library.thumbnails().resolve(sha256 + ".jpg"));
    }

    /**
     * Moves the checked copy into the case folder under a free readable name, and records it in one transaction;
     * returns the new evidence id, or minus the id of the same bytes recorded meanwhile by another import.
     */
    private long place(Case theCase, EvidenceKind kind, Path source, Path copy, MediaType type, Probe probe,
                       String sha256) throws IOException {
        Path folder = library.resolve(theCase.folder()).resolve(kind.folder());
        Path target = EvidenceNames.claimFreeName(copy, folder,
                EvidenceNames.fileName(source.getFileName().toString(), type));
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Evidence row = new Evidence(0, theCase.id(), kind, library.relative(target), source.getFileName().toString(),
                null, sha256, Files.size(target), type, probe.width(), probe.height(), probe.capturedAt(),
                probe.orientation(), probe.hasGps(), now, probe.durationMillis());
        CrashPoints.reach(CrashPoints.IMPORT_LINKED);
        long id;
        try {
            // The twin is looked for again inside the write: the transaction holds the write lock, so of two
            // imports of one photo at once the second finds the first's row instead of a UNIQUE failure.
            id = library.database().write(session -> session.evidence().findByHash(theCase.id(), sha256)
                    .map(twin -> -twin.id()).orElseGet(() -> session.evidence().insert(row)));
        } catch (RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        if (id < 0) {
            Files.deleteIfExists(target);
        }
        return id;
    }

}
