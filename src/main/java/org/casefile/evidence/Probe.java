package org.casefile.evidence;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.ExifThumbnailDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.jpeg.JpegReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;
import org.casefile.domain.MediaType;

/**
 * What Casefile records about a file besides its bytes: type, pixel size, capture time, orientation, GPS, and a
 * video's duration.
 */
public record Probe(MediaType mediaType, Integer width, Integer height, LocalDateTime capturedAt, Integer orientation,
                    boolean hasGps, Embedded embedded, Long durationMillis) {

    public Probe(MediaType mediaType, Integer width, Integer height, LocalDateTime capturedAt, Integer orientation,
                 boolean hasGps, Embedded embedded) {
        this(mediaType, width, height, capturedAt, orientation, hasGps, embedded, null);
    }

    /**
     * A HEIC photo seen through its converted display copy: pixel size, orientation and the camera preview are the
     * copy's (the converter already applied the HEIC's own turn, and says so in the copy's EXIF); capture time and
     * GPS come from the copy, else from the HEIC's own EXIF.
     */
    static Probe ofConverted(Path heic, Path displayJpeg) {
        Probe shown = of(displayJpeg, MediaType.JPEG);
        Probe own = metadata(heic, read(heic), MediaType.HEIC, null, null);
        return new Probe(MediaType.HEIC, shown.width(), shown.height(),
                shown.capturedAt() != null ? shown.capturedAt() : own.capturedAt(), shown.orientation(),
                shown.hasGps() || own.hasGps(), shown.embedded(), null);
    }

    /** Where a JPEG's own small preview (written by the camera into its EXIF block) sits in the file. */
    public record Embedded(long offset, int length) {
    }

    /**
     * Where the EXIF block's TIFF header starts in a JPEG file (just after "Exif\0\0" in the APP1 segment): EXIF
     * offsets count from there. -1 when there is none in the first 64 KB.
     */
    static long tiffHeaderOffset(Path file) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(65536);
            for (int i = 0; i + 6 <= head.length; i++) {
                if (head[i] == 'E' && head[i + 1] == 'x' && head[i + 2] == 'i' && head[i + 3] == 'f'
                        && head[i + 4] == 0 && head[i + 5] == 0) {
                    return i + 6;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /**
     * Reads the metadata without decoding the pixels; the thumbnail decode checks those. A JPEG's pixel size comes
     * from the same read (its frame header); other formats ask their image reader.
     */
    public static Probe of(Path file, MediaType type) {
        if (!type.isImage()) {
            return new Probe(type, null, null, null, null, false, null);
        }
        Metadata metadata = type == MediaType.JPEG ? readJpeg(file) : read(file);
        int[] size = type == MediaType.JPEG ? frameSize(metadata) : null;
        if (size == null) {
            size = Images.size(file, type);
        }
        return metadata(file, metadata, type, size[0], size[1]);
    }

    /** Everything metadata-extractor finds; null when nothing can be read (normal for many screenshots). */
    private static Metadata read(Path file) {
        try {
            return ImageMetadataReader.readMetadata(file.toFile());
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return null;
        }
    }

    /** The pixel size in a JPEG's frame header, read from its bytes; null when there is no usable header. */
    static int[] frameSize(byte[] jpeg) {
        try {
            return frameSize(JpegMetadataReader.readMetadata(new java.io.ByteArrayInputStream(jpeg),
                    java.util.List.of(new JpegReader())));
        } catch (JpegProcessingException | IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A JPEG's frame header and EXIF block only: all Casefile records comes from those, and the other readers
     * (XMP, ICC, IPTC, Photoshop…) would load and run a great deal of code for every photo of an import.
     */
    private static Metadata readJpeg(Path file) {
        try (java.io.InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file))) {
            return readJpeg(in);
        } catch (IOException e) {
            return null;
        }
    }

    private static Metadata readJpeg(java.io.InputStream in) {
        try {
            return JpegMetadataReader.readMetadata(in, java.util.List.of(new JpegReader(), new ExifReader()));
        } catch (JpegProcessingException | IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * For a command's helper thread, before the first photo comes: reads a tiny photo's metadata (a capture time,
     * an orientation) the way {@link #of} reads each photo's, so that the metadata reader's classes and tables are
     * made ahead (the first photo of an import waited 60 ms for them) rather than by the first photo's reader.
     * Returns what it read (null when it could not: the first photo then makes them).
     */
    public static Probe warmUp() {
        try (java.io.InputStream in = Probe.class.getResourceAsStream("warm-up.jpg")) {
            Metadata metadata = in == null ? null : readJpeg(in);
            int[] size = frameSize(metadata);
            return size == null ? null : metadata(null, metadata, MediaType.JPEG, size[0], size[1]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static final java.util.regex.Pattern EXIF_TIME =
            java.util.regex.Pattern.compile("\\d{4}:\\d{2}:\\d{2} \\d{2}:\\d{2}:\\d{2}");

    /**
     * DateTimeOriginal as written ("2026:10:18 17:42:05"): EXIF times carry no zone, so a local date-time. Read by
     * hand in the common form (metadata-extractor builds date formats for every photo); its lenient reader takes
     * the odd ones. The "0000:00:00 00:00:00" of a camera whose clock was never set is no time at all.
     */
    static LocalDateTime capturedAt(ExifSubIFDDirectory exif) {
        String text = exif.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL);
        if (text == null) {
            return null;
        }
        String written = text.strip();
        if (EXIF_TIME.matcher(written).matches()) {
            try {
                return LocalDateTime.of(number(written, 0, 4), number(written, 5, 7), number(written, 8, 10),
                        number(written, 11, 13), number(written, 14, 16), number(written, 17, 19));
            } catch (java.time.DateTimeException noSuchTime) {
                return null;
            }
        }
        Date original = exif.getDateOriginal(TimeZone.getTimeZone(ZoneOffset.UTC));
        return original == null ? null : LocalDateTime.ofInstant(original.toInstant(), ZoneOffset.UTC);
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    private static int[] frameSize(Metadata metadata) {
        JpegDirectory frame = metadata == null ? null : metadata.getFirstDirectoryOfType(JpegDirectory.class);
        try {
            if (frame != null && frame.getImageWidth() > 0 && frame.getImageHeight() > 0) {
                return new int[] {frame.getImageWidth(), frame.getImageHeight()};
            }
        } catch (MetadataException noSize) {
            // the image reader says
        }
        return null;
    }

    /** {@code file}: read again only to place a camera preview found in the metadata; null for none to place. */
    private static Probe metadata(Path file, Metadata metadata, MediaType type, Integer width, Integer height) {
        LocalDateTime captured = null;
        Integer orientation = null;
        boolean gps = false;
        Embedded embedded = null;
        if (metadata == null) {
            return new Probe(type, width, height, null, null, false, null);
        }
        try {
            ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            if (exif != null) {
                captured = capturedAt(exif);
            }
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                orientation = ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            }
            GpsDirectory location = metadata.getFirstDirectoryOfType(GpsDirectory.class);
            // Half a position (a latitude without its longitude) still says where the buyer was.
            gps = location != null && (location.containsTag(GpsDirectory.TAG_LATITUDE)
                    || location.containsTag(GpsDirectory.TAG_LONGITUDE))
                    && (location.getGeoLocation() == null || !location.getGeoLocation().isZero());
            ExifThumbnailDirectory preview = metadata.getFirstDirectoryOfType(ExifThumbnailDirectory.class);
            // The file's head is read again only for a photo with a preview (most photos apps save have none).
            long tiffHeader = preview != null && file != null && type == MediaType.JPEG ? tiffHeaderOffset(file) : -1;
            if (preview != null && tiffHeader >= 0 && preview.containsTag(ExifThumbnailDirectory.TAG_THUMBNAIL_OFFSET)
                    && preview.containsTag(ExifThumbnailDirectory.TAG_THUMBNAIL_LENGTH)) {
                embedded = new Embedded(tiffHeader + preview.getInt(ExifThumbnailDirectory.TAG_THUMBNAIL_OFFSET),
                        preview.getInt(ExifThumbnailDirectory.TAG_THUMBNAIL_LENGTH));
            }
        } catch (MetadataException | RuntimeException e) {
            // Damaged metadata is no reason to refuse a photo; the pixels are checked by the thumbnail decode.
        }
        return new Probe(type, width, height, captured, orientation, gps, embedded);
    }
}
