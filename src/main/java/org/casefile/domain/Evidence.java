package org.casefile.domain;

import java.time.LocalDateTime;

/**
 * A file in the case folder, as recorded when it was imported. {@code path} is relative to the library; pixel size,
 * capture time, orientation and a video's duration are null where the format (or the machine) gives none.
 */
public record Evidence(long id, long caseId, EvidenceKind kind, String path, String originalName, String caption,
                       String sha256, long size, String mediaType, Integer width, Integer height,
                       LocalDateTime capturedAt, Integer orientation, boolean hasGps, LocalDateTime importedAt,
                       Long durationMillis) {

    /** Evidence without a duration (anything but a video, or a video on a machine without ffprobe). */
    public Evidence(long id, long caseId, EvidenceKind kind, String path, String originalName, String caption,
                    String sha256, long size, String mediaType, Integer width, Integer height,
                    LocalDateTime capturedAt, Integer orientation, boolean hasGps, LocalDateTime importedAt) {
        this(id, caseId, kind, path, originalName, caption, sha256, size, mediaType, width, height, capturedAt,
                orientation, hasGps, importedAt, null);
    }

    /** The same evidence with another caption (a packet's copy with the buyer's contact details hidden). */
    public Evidence withCaption(String newCaption) {
        return new Evidence(id, caseId, kind, path, originalName, newCaption, sha256, size, mediaType, width, height,
                capturedAt, orientation, hasGps, importedAt, durationMillis);
    }

    /** A still picture (photo, screenshot), as opposed to a video or a PDF. */
    public boolean isImage() {
        return mediaType != null && mediaType.startsWith("image/");
    }

    public boolean isVideo() {
        return mediaType != null && mediaType.startsWith("video/");
    }
}
