package org.casefile.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an evidence file is: the formats Casefile takes, each with the MIME type the library records for it. The
 * only list of MIME types in the code; the evidence package tells them apart by a file's first bytes.
 */
public enum MediaType {
    JPEG("image/jpeg", "JPEG image", "jpeg"),
    PNG("image/png", "PNG image", "png"),
    GIF("image/gif", "GIF image", "gif"),
    BMP("image/bmp", "BMP image", "bmp"),
    TIFF("image/tiff", "TIFF image", "tiff"),
    WEBP("image/webp", "WebP image", "webp"),
    PDF("application/pdf", "PDF document", null),
    MP4("video/mp4", "MP4 video", null),
    QUICKTIME("video/quicktime", "QuickTime video", null),
    WEBM("video/webm", "WebM video", null),
    HEIC("image/heic", "HEIC photo", null),
    /** Emails are filed through import-email only (their text is read and kept); sniffing never answers these. */
    EMAIL("message/rfc822", "Email", null),
    OUTLOOK_EMAIL("application/vnd.ms-outlook", "Outlook email", null);

    private final String mime;
    private final String description;
    private final String imageFormat;

    MediaType(String mime, String description, String imageFormat) {
        this.mime = mime;
        this.description = description;
        this.imageFormat = imageFormat;
    }

    /** The type as the library's {@code mime} column and the command line's JSON give it. */
    public String mime() {
        return mime;
    }

    /** The type recorded as {@code mime} in the library; empty for one Casefile does not know. */
    public static Optional<MediaType> ofMime(String mime) {
        return Arrays.stream(values()).filter(t -> t.mime.equals(mime)).findFirst();
    }

    public String description() {
        return description;
    }

    /** The ImageIO format name for images Casefile decodes itself, or null. */
    public String imageFormat() {
        return imageFormat;
    }

    /** A picture Casefile decodes itself (HEIC is a still picture too, but shown through a converted copy). */
    public boolean isImage() {
        return imageFormat != null;
    }

    /** A still picture of any format: a photo or a screenshot, HEIC included. */
    public boolean isStill() {
        return isImage() || this == HEIC;
    }

    public boolean isEmail() {
        return this == EMAIL || this == OUTLOOK_EMAIL;
    }

    public boolean isVideo() {
        return this == MP4 || this == QUICKTIME || this == WEBM;
    }
}
