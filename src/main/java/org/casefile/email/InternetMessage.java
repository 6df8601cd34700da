package org.casefile.email;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.casefile.domain.EmailText;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.RuleText;
import org.casefile.evidence.RejectedFileException;
import org.casefile.evidence.SafeName;

/**
 * An internet email ({@code .eml}, RFC 5322 with MIME), read as it streams with Apache James mime4j, within limits
 * that keep a hostile file from exhausting memory: lines up to 100,000 characters, 1,000 parts, 100 attachments.
 * A part that cannot be read is skipped and named; the rest is kept.
 */
final class InternetMessage {
    static final int MAX_LINE = 100_000;
    static final int MAX_PARTS = 1_000;
    static final int MAX_ATTACHMENTS = 100;
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)(?:^|;)\\s*(?:file)?name\\*?=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");

    private InternetMessage() {
    }

    static EmailRead read(Path file, Path attachments, ZoneId zone) throws IOException {
        MimeConfig config = new MimeConfig.Builder().setMaxLineLen(MAX_LINE).setMaxHeaderLen(MAX_LINE)
                .setMaxHeaderCount(1_000).setMaxPartCount(MAX_PARTS + 2).setMaxNestingDepth(20).setStrictParsing(false).build();
        MimeStreamParser parser = new MimeStreamParser(config);
        parser.setContentDecoding(true);
        Handler handler = new Handler(parser, attachments);
        parser.setContentHandler(handler);
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in);
        } catch (MimeException | IOException e) {
            if (!handler.isEmail()) {
                throw new RejectedFileException(Phrase.of("Email.unreadable", reason(e)));
            }
            if (handler.parts <= MAX_PARTS) { // past it, the skipped parts are named already
                handler.skipped.add(Phrase.of("EmailPart.rest", String.valueOf(handler.parts), reason(e)));
            }
        }
        if (!handler.isEmail()) {
            throw new RejectedFileException(Phrase.of("Email.notEmail"));
        }
        String text = handler.plain != null ? handler.plain : handler.html != null ? HtmlText.of(handler.html) : "";
        EmailText email = new EmailText(handler.header("message-id"), handler.header("from"),
                handler.header("to"), date(handler.header("date"), zone), handler.header("subject"),
                Texts.tidy(text));
        return new EmailRead(email, List.copyOf(handler.files), List.copyOf(handler.skipped));
    }

    /** Why a part could not be read: the parser's own words, or ours for a line too long. */
    private static Phrase reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.toLowerCase(Locale.ROOT).contains("line length")
                || message.toLowerCase(Locale.ROOT).contains("maximum line")) {
            return Phrase.of("EmailPart.lineTooLong", String.format(Locale.ROOT, "%,d", MAX_LINE));
        }
        return RuleText.asWritten(message.length() > 200 ? message.substring(0, 200) + "…" : message);
    }

    /** The email's Date in the buyer's time zone, or null when it has none that can be read. */
    static LocalDateTime date(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String cleaned = value.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip()
                .replaceAll(" (UT|UTC)$", " GMT");
        try {
            return ZonedDateTime.parse(cleaned, DateTimeFormatter.RFC_1123_DATE_TIME).withZoneSameInstant(zone)
                    .toLocalDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Collects the top headers, the first plain and HTML texts, and the attachments. */
    private static final class Handler extends AbstractContentHandler {
        private final MimeStreamParser parser;
        private final Path folder;
        private final java.util.Map<String, String> top = new java.util.HashMap<>();
        private final List<Path> files = new ArrayList<>();
        private final List<Phrase> skipped = new ArrayList<>();
        private int depth;
        private int parts;
        private int attachmentCount;
        private String fileName;
        private String disposition = "";
        private String plain;
        private String html;

        Handler(MimeStreamParser parser, Path folder) {
            this.parser = parser;
            this.folder = folder;
        }

        boolean isEmail() {
            return top.containsKey("from") && (top.containsKey("date") || top.containsKey("subject"));
        }

        String header(String name) {
            return top.get(name);
        }

        @Override
        public void startBodyPart() {
            depth++;
            parts++;
            if (parts == MAX_PARTS + 1) {
                skipped.add(Phrase.of("EmailPart.tooManyParts", String.format(Locale.ROOT, "%,d", MAX_PARTS)));
                parser.stop();
            }
        }

        @Override
        public void endBodyPart() {
            depth--;
        }

        @Override
        public void startHeader() {
            fileName = null;
            disposition = "";
        }

        @Override
        public void field(Field field) {
            String name = field.getNameLowerCase();
            String value = value(field);
            if (depth == 0 && List.of("from", "to", "cc", "date", "subject", "message-id").contains(name)) {
                top.putIfAbsent(name, value);
            }
            if (name.equals("content-disposition")) {
                disposition = value.toLowerCase(Locale.ROOT);
                String named = fileName(value);
                fileName = named != null ? named : fileName;
            } else if (name.equals("content-type") && fileName == null) {
                fileName = fileName(value);
            }
        }

        @Override
        public void body(BodyDescriptor descriptor, InputStream in) throws IOException {
            if (parts > MAX_PARTS) {
                return;
            }
            String type = descriptor.getMimeType() == null ? "text/plain" : descriptor.getMimeType();
            boolean attachment = fileName != null || disposition.startsWith("attachment")
                    || !(type.startsWith("text/") || type.startsWith("multipart/"));
            Object label = fileName != null ? fileName : Phrase.of("EmailPart.ofType", type);
            try {
                if (attachment) {
                    attach(in, label);
                } else if (type.equals("text/plain") && plain == null) {
                    plain = read(in, descriptor.getCharset());
                } else if (type.equals("text/html") && html == null) {
                    html = read(in, descriptor.getCharset());
                }
            } catch (IOException | RuntimeException e) {
                skipped.add(Phrase.of("EmailPart.why", label, reason(e)));
            }
        }

        private void attach(InputStream in, Object label) throws IOException {
            if (++attachmentCount > MAX_ATTACHMENTS) {
                if (attachmentCount == MAX_ATTACHMENTS + 1) {
                    skipped.add(Phrase.of("EmailPart.attachmentsAfter", label, String.valueOf(MAX_ATTACHMENTS)));
                }
                return;
            }
            Path part = Files.createDirectories(folder.resolve(String.valueOf(attachmentCount)));
            Path target = part.resolve(SafeName.of(fileName != null ? fileName : "attachment"));
            try (OutputStream out = Files.newOutputStream(target)) {
                in.transferTo(out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(target);
                throw e;
            }
            if (Files.size(target) == 0) {
                Files.delete(target);
                skipped.add(Phrase.of("EmailPart.empty", label));
                return;
            }
            files.add(target);
        }

        private static String read(InputStream in, String charset) throws IOException {
            byte[] bytes = in.readNBytes(Texts.MAX_CHARS * 4);
            return new String(bytes, charset(charset));
        }

        private static Charset charset(String name) {
            try {
                return name == null ? StandardCharsets.US_ASCII : Charset.forName(name);
            } catch (RuntimeException unknown) {
                return StandardCharsets.ISO_8859_1;
            }
        }

        /** A header's value in words: unfolded, raw UTF-8 allowed, encoded words (=?UTF-8?B?...?=) decoded. */
        private static String value(Field field) {
            String raw = new String(field.getRaw().toByteArray(), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            String unfolded = (colon < 0 ? raw : raw.substring(colon + 1)).replaceAll("\\r?\\n[ \\t]+", " ").strip();
            return DecoderUtil.decodeEncodedWords(unfolded, DecodeMonitor.SILENT).strip();
        }

        private static String fileName(String value) {
            Matcher m = FILE_NAME.matcher(value);
            if (!m.find()) {
                return null;
            }
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (name.toLowerCase(Locale.ROOT).startsWith("utf-8''")) { // RFC 2231: filename*=UTF-8''%E5%8F%91
                name = java.net.URLDecoder.decode(name.substring(7).replace("+", "%2B"), StandardCharsets.UTF_8);
            }
            return name.isBlank() ? null : name;
        }
    }
}
