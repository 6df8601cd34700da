package org.casefile.domain;

import java.util.Arrays;
import java.util.Optional;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;

/**
 * What an evidence file is: the formats Casefile takes, each with the MIME type the library records for it. The
 * only list of MIME types in the code; the evidence package tells them apart by a file's first bytes.
 */
public enum MediaType {
    JPEG("image/jpeg", "jpeg"),
    PNG("image/png", "png"),
    GIF("image/gif", "gif"),
    BMP("image/bmp", "bmp"),
    TIFF("image/tiff", "tiff"),
    WEBP("image/webp", "webp"),
    PDF("application/pdf", null),
    MP4("video/mp4", null),
    QUICKTIME("video/quicktime", null),
    WEBM("video/webm", null),
    HEIC("image/heic", null),
    /** Emails are filed through import-email only (their text is read and kept); sniffing never answers these. */
    EMAIL("message/rfc822", null),
    OUTLOOK_EMAIL("application/vnd.ms-outlook", null);

    private final String mime;
    private final String imageFormat;

    MediaType(String mime, String imageFormat) {
        this.mime = mime;
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

    /** "JPEG image": the English words, as the command line prints them. */
    public String description() {
        return RuleText.english(phrase());
    }

    /** What kind of file it is, in any language (a refusal says "a JPEG image" in the window's words). */
    public Phrase phrase() {
        return Phrase.of("MediaType." + name());
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
