package org.casefile.email;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.casefile.domain.EmailText;
import org.casefile.domain.text.Phrase;
import org.casefile.evidence.RejectedFileException;
import org.casefile.evidence.SafeName;

/** An Outlook {@code .msg} email, read with Apache POI (HSMF). */
final class OutlookMessage {
    private OutlookMessage() {
    }

    static EmailRead read(Path file, Path attachments, ZoneId zone) throws IOException {
        MAPIMessage message;
        try {
            message = new MAPIMessage(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new RejectedFileException(Phrase.of("Email.notOutlook"));
        }
        try (message) {
            String subject = text(message::getSubject);
            String from = text(message::getDisplayFrom);
            if (subject == null && from == null) {
                throw new RejectedFileException(Phrase.of("Email.outlookEmpty"));
            }
            String body = text(message::getTextBody);
            if (body == null) {
                String html = text(message::getHtmlBody);
                body = html == null ? "" : HtmlText.of(html);
            }
            EmailText email = new EmailText(messageId(message), from, text(message::getDisplayTo),
                    date(message, zone), subject, Texts.tidy(body));
            List<Path> files = new ArrayList<>();
            List<Phrase> skipped = new ArrayList<>();
            AttachmentChunks[] parts = message.getAttachmentFiles();
            for (int i = 0; i < parts.length; i++) {
                save(parts[i], attachments.resolve(String.valueOf(i + 1)), files, skipped);
            }
            return new EmailRead(email, files, skipped);
        }
    }

    private static void save(AttachmentChunks part, Path folder, List<Path> files, List<Phrase> skipped)
            throws IOException {
        String name = name(part);
        if (files.size() >= InternetMessage.MAX_ATTACHMENTS) {
            skipped.add(Phrase.of("EmailPart.overLimit", name, String.valueOf(InternetMessage.MAX_ATTACHMENTS)));
            return;
        }
        byte[] data = part.getAttachData() == null ? null : part.getAttachData().getValue();
        if (data == null || data.length == 0) {
            skipped.add(Phrase.of("EmailPart.notAFile", name));
            return;
        }
        Path target = Files.createDirectories(folder).resolve(SafeName.of(name));
        Files.write(target, data);
        files.add(target);
    }

    private static String name(AttachmentChunks part) {
        for (StringChunk chunk : new StringChunk[] {part.getAttachLongFileName(), part.getAttachFileName()}) {
            if (chunk != null && chunk.getValue() != null && !chunk.getValue().isBlank()) {
                return chunk.getValue();
            }
        }
        return "attachment";
    }

    private interface Chunk {
        String get() throws ChunkNotFoundException;
    }

    private static String text(Chunk chunk) {
        try {
            String value = chunk.get();
            return value == null || value.isBlank() ? null : value.strip();
        } catch (ChunkNotFoundException | RuntimeException missing) {
            return null;
        }
    }

    private static LocalDateTime date(MAPIMessage message, ZoneId zone) {
        try {
            Calendar sent = message.getMessageDate();
            return sent == null ? null : sent.toInstant().atZone(zone).toLocalDateTime();
        } catch (ChunkNotFoundException | RuntimeException missing) {
            return null;
        }
    }

    /** The internet Message-ID from the headers Outlook kept, when it kept them. */
    private static String messageId(MAPIMessage message) {
        try {
            for (String header : message.getHeaders()) {
                if (header.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                    return header.substring(11).strip();
                }
            }
        } catch (ChunkNotFoundException | RuntimeException none) {
            // saved without internet headers: the file's hash tells a second import apart
        }
        return null;
    }
}
