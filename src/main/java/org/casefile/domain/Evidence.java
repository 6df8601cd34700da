package org.casefile.domain;

import java.time.LocalDateTime;

/**
 * A file in the case folder, as recorded when it was imported. {@code path} is relative to the library; pixel size,
 * capture time and orientation are null where the format has none.
 */
public record Evidence(long id, long caseId, EvidenceKind kind, String path, String originalName, String caption,
                       String sha256, long size, String mediaType, Integer width, Integer height,
                       LocalDateTime capturedAt, Integer orientation, boolean hasGps, LocalDateTime importedAt) {
    /** A still picture (photo, screenshot), as opposed to a video or a PDF. */
    public boolean isImage() {
        return mediaType != null && mediaType.startsWith("image/");
    }
}
