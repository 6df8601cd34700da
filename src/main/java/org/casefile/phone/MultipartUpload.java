package org.casefile.phone;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.casefile.evidence.EvidenceImporter;
import org.casefile.evidence.SafeName;

/**
 * Reads a browser's multipart/form-data upload (mime4j, headless) as it streams: each file part is written to the
 * upload's own folder under a name that cannot leave it, the {@code kind} field is kept; nothing is held in memory.
 */
public final class MultipartUpload {
    private static final int MAX_PARTS = 200;

    private MultipartUpload() {
    }

    /** The files of one upload, on disk, and the kind the phone chose (null when none). */
    public record Received(Path folder, List<Path> files, String kind) {
        /** Removes the upload's folder: the import has copied what it keeps. */
        public void discard() {
            EvidenceImporter.discardFolder(folder);
        }
    }

    static final class TooBigException extends IOException {
        TooBigException() {
            super("too big");
        }
    }

    static final class BadUploadException extends IOException {
        BadUploadException(String message) {
            super(message);
        }
    }

    static Received read(InputStream body, String contentType, Path folder, long maxFileBytes) throws IOException {
        MimeConfig config = new MimeConfig.Builder().setHeadlessParsing(contentType).setMaxLineLen(-1)
                .setMaxHeaderLen(16_000).setMaxHeaderCount(50).setMaxPartCount(MAX_PARTS).setMaxNestingDepth(2)
                .setStrictParsing(false).build();
        MimeStreamParser parser = new MimeStreamParser(config);
        Parts parts = new Parts(folder, maxFileBytes);
        parser.setContentHandler(parts);
        try {
            parser.parse(body);
        } catch (MimeException e) {
            new Received(folder, List.of(), null).discard();
            throw new BadUploadException("The upload could not be read: " + e.getMessage());
        } catch (IOException e) {
            new Received(folder, List.of(), null).discard();
            throw e;
        }
        return new Received(folder, List.copyOf(parts.files), parts.kind);
    }

    /** Collects the parts: the disposition of each, then its body to a file or the kind. */
    private static final class Parts extends AbstractContentHandler {
        private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name=\"([^\"]*)\"");
        private static final Pattern FILE_NAME = Pattern.compile("(?i)(?:^|;)\\s*filename=\"([^\"]*)\"");
        private final Path folder;
        private final long maxFileBytes;
        private final List<Path> files = new ArrayList<>();
        private String kind;
        private String fieldName;
        private String fileName;

        Parts(Path folder, long maxFileBytes) {
            this.folder = folder;
            this.maxFileBytes = maxFileBytes;
        }

        @Override
        public void startHeader() {
            fieldName = null;
            fileName = null;
        }

        @Override
        public void field(Field field) {
            if (!field.getNameLowerCase().equals("content-disposition")) {
                return;
            }
            // Browsers send a file's name as raw UTF-8 between quotes.
            byte[] raw = field.getRaw().toByteArray();
            String text = new String(raw, StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            String value = colon < 0 ? text : text.substring(colon + 1);
            fieldName = group(NAME, value);
            fileName = group(FILE_NAME, value);
        }

        @Override
        public void body(BodyDescriptor descriptor, InputStream in) throws IOException {
            if (fileName != null && !fileName.isEmpty()) {
                files.add(save(in));
            } else if ("kind".equals(fieldName)) {
                kind = new String(in.readNBytes(40), StandardCharsets.UTF_8).strip();
            }
        }

        private Path save(InputStream in) throws IOException {
            Path part = Files.createDirectories(folder.resolve(String.valueOf(files.size() + 1)));
            Path file = part.resolve(SafeName.of(fileName));
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int read; (read = in.read(buffer)) > 0; ) {
                    total += read;
                    if (total > maxFileBytes) {
                        throw new TooBigException();
                    }
                    out.write(buffer, 0, read);
                }
            }
            return file;
        }

        private static String group(Pattern pattern, String text) {
            Matcher matcher = pattern.matcher(text);
            return matcher.find() ? matcher.group(1) : null;
        }
    }
}
