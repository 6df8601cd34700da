package org.casefile.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.casefile.domain.CasefileException;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.ImportOutcome;
import org.casefile.domain.text.Phrase;
import org.casefile.library.Library;
import org.casefile.phone.LocalAddress;
import org.casefile.phone.MultipartUpload;
import org.casefile.phone.UploadServer;

/**
 * "Add from phone": a page on the local network that a phone's browser sends photos and videos to; each file goes
 * through the normal import (hash, probe, refusal of what is not evidence) into one case.
 */
public final class PhoneService {
    /** The address the window's "Add from phone" listens on instead of the local network's (the tests: 127.0.0.1). */
    public static final String BIND_PROPERTY = "casefile.phone.bind";
    private final Library library;
    private final CaseService cases;
    private final EvidenceService evidence;

    public PhoneService(Library library, CaseService cases, EvidenceService evidence) {
        this.library = library;
        this.cases = cases;
        this.evidence = evidence;
    }

    /**
     * Starts listening for the case's uploads on {@code bind} (an IP address; null: this computer's local-network
     * address) and {@code port} (0: any free one). Each file's outcome, named as the phone sent it, goes to
     * {@code arrived} (on the server's thread). {@code kind} is the kind chosen when the phone sends none (null: by
     * the file's name).
     */
    public PhoneSession open(long caseId, EvidenceKind kind, String bind, int port, Consumer<ImportOutcome> arrived) {
        cases.get(caseId); // an unknown case fails here, before anything listens
        InetAddress address;
        try {
            address = LocalAddress.choose(bind != null ? bind : System.getProperty(BIND_PROPERTY))
                    .orElseThrow(() -> new CasefileException(Phrase.of("Error.noNetwork")));
        } catch (IllegalArgumentException e) {
            throw new CasefileException(e.getMessage(), e);
        }
        Object oneImportAtATime = new Object();
        try {
            UploadServer server = UploadServer.start(address, port,
                    () -> Files.createDirectories(library.tmpFile("phone", "")),
                    upload -> {
                        synchronized (oneImportAtATime) {
                            return receive(caseId, kind, upload, arrived);
                        }
                    });
            return new PhoneSession(server, kind, address.isAnyLocalAddress());
        } catch (UncheckedIOException e) {
            throw new CasefileException(e.getMessage() + ". Choose another --port, or leave it out.", e);
        }
    }

    private String receive(long caseId, EvidenceKind fallback, MultipartUpload.Received upload,
                           Consumer<ImportOutcome> arrived) {
        EvidenceKind kind = fallback;
        if (upload.kind() != null && !upload.kind().isBlank()) {
            try {
                kind = EvidenceKind.fromId(upload.kind());
            } catch (RuntimeException unknown) {
                kind = fallback; // a page from an older Casefile: the chosen default applies
            }
        }
        ArrayNode answer = UploadJson.MAPPER.createArrayNode();
        evidence.importFiles(caseId, kind, upload.files(), outcome -> {
            ImportOutcome named = outcome.named(outcome.file().getFileName());
            arrived.accept(named);
            ObjectNode row = answer.addObject();
            row.put("file", named.file().toString());
            row.put("status", named.status().name().toLowerCase(java.util.Locale.ROOT));
            row.put("id", named.evidenceId());
            row.put("text", switch (named.status()) {
                case IMPORTED -> "added to the case";
                case DUPLICATE -> "already in the case";
                case REJECTED -> "not taken. " + named.reason();
            });
        }, () -> false);
        try {
            return UploadJson.MAPPER.writeValueAsString(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson (some 370 classes) loads at the first upload, not with every command that builds the services. */
    private static final class UploadJson {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** One open upload page: its link, and closing it. */
    public static final class PhoneSession implements AutoCloseable {
        private final UploadServer server;
        private final EvidenceKind kind;
        private final boolean everyInterface;

        PhoneSession(UploadServer server, EvidenceKind kind, boolean everyInterface) {
            this.server = server;
            this.kind = kind;
            this.everyInterface = everyInterface;
        }

        /** The link to open on the phone (with the kind to preselect, when one was chosen). */
        public String url() {
            return server.url() + (kind == null ? "" : "?kind=" + kind.id());
        }

        /** True when it listens on every network of the computer (only when asked to, with --bind 0.0.0.0). */
        public boolean listensEverywhere() {
            return everyInterface;
        }

        public boolean isOpen() {
            return server.isOpen();
        }

        @Override
        public void close() {
            server.close();
        }
    }

    /** The link as a QR code: {@code size × size} modules, true for dark. */
    public static boolean[][] qrCode(String text) {
        return QrCode.of(text);
    }
}
