package org.casefile.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a file really is, read from its first bytes: a name ending in .jpg proves nothing. */
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

    public String mime() {
        return mime;
    }

    /** The type recorded as {@code mime} in the library; empty for one Casefile does not know. */
    public static java.util.Optional<MediaType> ofMime(String mime) {
        return java.util.Arrays.stream(values()).filter(t -> t.mime.equals(mime)).findFirst();
    }

    public String description() {
        return description;
    }

    /** The ImageIO format name for images Casefile decodes itself, or null. */
    public String imageFormat() {
        return imageFormat;
    }

    public boolean isImage() {
        return imageFormat != null;
    }

    public boolean isEmail() {
        return this == EMAIL || this == OUTLOOK_EMAIL;
    }

    public boolean isVideo() {
        return this == MP4 || this == QUICKTIME || this == WEBM;
    }

    /** The type of the file's content, or null when it is none Casefile accepts. */
    public static MediaType sniff(Path file) throws IOException {
        byte[] head = head(file);
        return sniff(head, head.length);
    }

    /** The first bytes of a file: enough to tell every type apart. */
    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(32);
        }
    }

    static MediaType sniff(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (n >= 8 && (b[0] & 0xFF) == 0x89 && ascii(b, 1, 3).equals("PNG")) {
            return PNG;
        }
        if (n >= 6 && (ascii(b, 0, 6).equals("GIF87a") || ascii(b, 0, 6).equals("GIF89a"))) {
            return GIF;
        }
        if (n >= 14 && ascii(b, 0, 2).equals("BM")) {
            return BMP;
        }
        if (n >= 4 && (ascii(b, 0, 4).equals("II*\0") || ascii(b, 0, 4).equals("MM\0*"))) {
            return TIFF;
        }
        if (n >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
            return WEBP;
        }
        if (n >= 5 && ascii(b, 0, 5).equals("%PDF-")) {
            return PDF;
        }
        if (n >= 4 && (b[0] & 0xFF) == 0x1A && (b[1] & 0xFF) == 0x45 && (b[2] & 0xFF) == 0xDF
                && (b[3] & 0xFF) == 0xA3) {
            return WEBM;
        }
        if (n >= 12 && ascii(b, 4, 4).equals("ftyp")) {
            // One container, many kinds of file: only the brands listed are photos or videos we take. An M4A
            // song, a Canon CR3 raw or an AVIF picture is none of them, whatever else it shares with MP4.
            return switch (ascii(b, 8, 4)) {
                case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1" -> HEIC;
                case "qt  " -> QUICKTIME;
                case "isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4VH", "M4VP", "mmp4",
                     "3gp4", "3gp5", "3gp6", "3g2a", "MSNV", "XAVC", "dash" -> MP4;
                default -> null;
            };
        }
        return null;
    }

    /** What a file Casefile does not take is, when that helps the buyer ("an AVIF picture"), else null. */
    public static String unsupportedKind(Path file) throws IOException {
        byte[] head = head(file);
        return unsupportedKind(head, head.length);
    }

    static String unsupportedKind(byte[] b, int n) {
        if (n < 12 || !ascii(b, 4, 4).equals("ftyp")) {
            return null;
        }
        return switch (ascii(b, 8, 4)) {
            case "avif", "avis" -> "an AVIF picture";
            case "M4A ", "M4B ", "M4P " -> "an audio file (M4A)";
            case "crx " -> "a Canon CR3 raw photo";
            default -> null;
        };
    }

    private static String ascii(byte[] bytes, int from, int length) {
        return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    }
}
