package org.casefile.email;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.casefile.domain.text.Phrase;
import org.casefile.evidence.RejectedFileException;

/** Reads an email file of either kind: Outlook {@code .msg} (an OLE2 file) or internet mail ({@code .eml}). */
public final class EmailFiles {
    /** Bigger than any real email with its attachments; a file over it is refused before it is read. */
    public static final long MAX_BYTES = 200_000_000L;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private EmailFiles() {
    }

    /** True for the names Casefile takes as emails when they are dropped on a case. */
    public static boolean looksLikeEmail(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".eml") || name.endsWith(".msg");
    }

    /**
     * Reads the email, writing its attachments into {@code attachments} (a folder of the caller's); dates are
     * given in {@code zone}. Throws {@link RejectedFileException} with the reason when the file is not an email.
     */
    public static EmailRead read(Path file, Path attachments, ZoneId zone) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new RejectedFileException(Phrase.of(Files.exists(file) ? "Email.folder" : "Import.noSuchFile"));
        }
        long size = Files.size(file);
        if (size == 0) {
            throw new RejectedFileException(Phrase.of("Import.empty"));
        }
        if (size > MAX_BYTES) {
            throw new RejectedFileException(Phrase.of("Email.tooBig", size / 1_000_000, MAX_BYTES / 1_000_000));
        }
        return isOle2(file) ? OutlookMessage.read(file, attachments, zone) : InternetMessage.read(file, attachments,
                zone);
    }

    /** True for the kind of file Outlook saves: {@code .msg} emails (also old Word and Excel files). */
    public static boolean isOle2(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(OLE2.length), OLE2);
        }
    }
}
