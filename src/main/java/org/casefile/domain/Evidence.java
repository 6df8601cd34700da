package org.casefile.domain;

import java.time.LocalDateTime;

/**
 * A file in the case folder, as recorded when it was imported. {@code path} is relative to the library; pixel size,
 * capture time, orientation and a video's duration are null where the format (or the machine) gives none.
 */
public record Evidence(long id, long caseId, EvidenceKind kind, String path, String originalName, String caption,
                       String sha256, long size, MediaType mediaType, Integer width, Integer height,
                       LocalDateTime capturedAt, Integer orientation, boolean hasGps, LocalDateTime importedAt,
                       Long durationMillis) {
    /** The longest caption, typed or brought in a case bundle. */
    public static final int MAX_CAPTION = 500;

    /** Evidence without a duration (anything but a video, or a video on a machine without ffprobe). */
    public Evidence(long id, long caseId, EvidenceKind kind, String path, String originalName, String caption,
                    String sha256, long size, MediaType mediaType, Integer width, Integer height,
                    LocalDateTime capturedAt, Integer orientation, boolean hasGps, LocalDateTime importedAt) {
        this(id, caseId, kind, path, originalName, caption, sha256, size, mediaType, width, height, capturedAt,
                orientation, hasGps, importedAt, null);
    }

    /** The same evidence with another caption (a packet's copy with the buyer's contact details hidden). */
    public Evidence withCaption(String newCaption) {
        return new Evidence(id, caseId, kind, path, originalName, newCaption, sha256, size, mediaType, width, height,
                capturedAt, orientation, hasGps, importedAt, durationMillis);
    }

    /** A still picture (photo, screenshot, HEIC included), as opposed to a video or a PDF. */
    public boolean isImage() {
        return mediaType != null && mediaType.isStill();
    }

    public boolean isVideo() {
        return mediaType != null && mediaType.isVideo();
    }

    /**
     * The EXIF orientation (1-8) that stands the shown picture upright: 1 for a video, whose poster frame ffmpeg has
     * already turned, and for a file that gives none.
     */
    public int uprightOrientation() {
        return orientation == null || orientation < 1 || orientation > 8 || isVideo() ? 1 : orientation;
    }

    /** Width over height as the picture stands (orientations 5-8 turn it a quarter); 4:3 when its size is unknown. */
    public double uprightAspect() {
        if (width == null || height == null || width <= 0 || height <= 0) {
            return 4.0 / 3.0;
        }
        boolean turned = uprightOrientation() >= 5;
        return turned ? (double) height / width : (double) width / height;
    }

    public boolean isPdf() {
        return mediaType == MediaType.PDF;
    }

    /** The MIME type as the library and the command line's JSON write it, or null when unknown. */
    public String mime() {
        return mediaType == null ? null : mediaType.mime();
    }
}
