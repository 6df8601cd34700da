package org.casefile.evidence;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;

/** What Casefile records about a file besides its bytes: type, pixel size, capture time, orientation, GPS. */
public record Probe(MediaType mediaType, Integer width, Integer height, LocalDateTime capturedAt, Integer orientation,
                    boolean hasGps) {

    /** Reads the metadata without decoding the pixels; the thumbnail decode checks those. */
    public static Probe of(Path file, MediaType type) {
        if (!type.isImage()) {
            return new Probe(type, null, null, null, null, false);
        }
        LocalDateTime captured = null;
        Integer orientation = null;
        boolean gps = false;
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            if (exif != null) {
                // EXIF times carry no zone: read them as written, as a local date-time.
                Date original = exif.getDateOriginal(TimeZone.getTimeZone(ZoneOffset.UTC));
                captured = original == null ? null : LocalDateTime.ofInstant(original.toInstant(), ZoneOffset.UTC);
            }
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                orientation = ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            }
            GpsDirectory location = metadata.getFirstDirectoryOfType(GpsDirectory.class);
            gps = location != null && location.getGeoLocation() != null && !location.getGeoLocation().isZero();
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
            // No readable metadata is normal for screenshots; the pixels are checked by the thumbnail decode.
        }
        int[] size = Images.size(file, type);
        return new Probe(type, size[0], size[1], captured, orientation, gps);
    }
}
