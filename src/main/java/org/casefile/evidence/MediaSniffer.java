package org.casefile.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casefile.domain.MediaType;
import org.casefile.domain.text.Phrase;

/**
 * What a file really is, read from its first bytes: a name ending in .jpg proves nothing. Only the signatures listed
 * here are taken; everything else is refused, by name where that helps the buyer.
 */
public final class MediaSniffer {
    private MediaSniffer() {
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
            return MediaType.JPEG;
        }
        if (n >= 8 && (b[0] & 0xFF) == 0x89 && ascii(b, 1, 3).equals("PNG")) {
            return MediaType.PNG;
        }
        if (n >= 6 && (ascii(b, 0, 6).equals("GIF87a") || ascii(b, 0, 6).equals("GIF89a"))) {
            return MediaType.GIF;
        }
        if (n >= 14 && ascii(b, 0, 2).equals("BM")) {
            return MediaType.BMP;
        }
        if (n >= 4 && (ascii(b, 0, 4).equals("II*\0") || ascii(b, 0, 4).equals("MM\0*"))) {
            return MediaType.TIFF;
        }
        if (n >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
            return MediaType.WEBP;
        }
        if (n >= 5 && ascii(b, 0, 5).equals("%PDF-")) {
            return MediaType.PDF;
        }
        if (n >= 4 && (b[0] & 0xFF) == 0x1A && (b[1] & 0xFF) == 0x45 && (b[2] & 0xFF) == 0xDF
                && (b[3] & 0xFF) == 0xA3) {
            return MediaType.WEBM;
        }
        if (n >= 12 && ascii(b, 4, 4).equals("ftyp")) {
            // One container, many kinds of file: only the brands listed are photos or videos we take. An M4A
            // song, a Canon CR3 raw or an AVIF picture is none of them, whatever else it shares with MP4.
            return switch (ascii(b, 8, 4)) {
                case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1" -> MediaType.HEIC;
                case "qt  " -> MediaType.QUICKTIME;
                case "isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4VH", "M4VP", "mmp4",
                     "3gp4", "3gp5", "3gp6", "3g2a", "MSNV", "XAVC", "dash" -> MediaType.MP4;
                default -> null;
            };
        }
        return null;
    }

    /** What a file Casefile does not take is, when that helps the buyer ("an AVIF picture"), else null. */
    public static Phrase unsupportedKind(Path file) throws IOException {
        byte[] head = head(file);
        return unsupportedKind(head, head.length);
    }

    static Phrase unsupportedKind(byte[] b, int n) {
        if (n < 12 || !ascii(b, 4, 4).equals("ftyp")) {
            return null;
        }
        return switch (ascii(b, 8, 4)) {
            case "avif", "avis" -> Phrase.of("Unsupported.avif");
            case "M4A ", "M4B ", "M4P " -> Phrase.of("Unsupported.audio");
            case "crx " -> Phrase.of("Unsupported.canonRaw");
            default -> null;
        };
    }

    private static String ascii(byte[] bytes, int from, int length) {
        return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    }
}
