package org.casefile.phone;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The small web server a phone uploads to: it answers only under a random secret path ({@code /SECRET} the page,
 * {@code /SECRET/app.js} its script, POST {@code /SECRET/upload} the files); everything else is 404. It listens on
 * one address only, while it is open. What an upload holds is saved by {@link MultipartUpload} and handed to the
 * {@link Receiver}, whose answer (JSON) goes back to the phone.
 */
public final class UploadServer implements AutoCloseable {
    /** One file at most this big; a bigger one is refused before or while it streams. */
    public static final long MAX_FILE_BYTES = 1_000_000_000L;
    /** Uploads handled at once (two phones, a few files each); more wait for a free thread. */
    private static final int THREADS = 4;

    /** Takes the files of one upload (already on disk) and answers the phone with JSON. */
    public interface Receiver {
        String receive(MultipartUpload.Received upload);
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final String secret;
    private final Receiver receiver;
    private final UploadFolders folders;
    private final AtomicBoolean open = new AtomicBoolean(true);

    /** Where each upload's files are written (a fresh folder under the library's {@code tmp/}). */
    public interface UploadFolders {
        Path newFolder() throws IOException;
    }

    private UploadServer(HttpServer server, ExecutorService threads, String secret, Receiver receiver,
                         UploadFolders folders) {
        this.server = server;
        this.threads = threads;
        this.secret = secret;
        this.receiver = receiver;
        this.folders = folders;
    }

    /** Starts listening on {@code address} (port 0: any free one) under a new secret. */
    public static UploadServer start(InetAddress address, int port, UploadFolders folders, Receiver receiver) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(address, port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + address.getHostAddress() + " port " + port + ": "
                    + e.getMessage(), e);
        }
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "casefile-phone-upload");
            thread.setDaemon(true);
            return thread;
        });
        UploadServer upload = new UploadServer(server, threads, newSecret(), receiver, folders);
        server.createContext("/", upload::handle);
        server.setExecutor(threads);
        server.start();
        return upload;
    }

    /** 144 random bits, URL-safe: the link is the only key. */
    static String newSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The address to put in the link: listening everywhere (0.0.0.0) means the local-network address. */
    static String reachableHost(InetAddress bound) {
        InetAddress reachable = bound.isAnyLocalAddress()
                ? LocalAddress.choose(null).orElse(InetAddress.getLoopbackAddress()) : bound;
        return reachable.getHostAddress();
    }

    /** The link to open on the phone. */
    public String url() {
        InetSocketAddress bound = server.getAddress();
        String host = reachableHost(bound.getAddress());
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + bound.getPort() + "/" + secret;
    }

    /** Stops listening; uploads under way are cut off. */
    @Override
    public void close() {
        if (open.compareAndSet(true, false)) {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    public boolean isOpen() {
        return open.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            if (!open.get() || !path.startsWith("/")) {
                answer(exchange, 404, "text/plain", new byte[0]);
                return;
            }
            int slash = path.indexOf('/', 1);
            String key = slash < 0 ? path.substring(1) : path.substring(1, slash);
            String rest = slash < 0 ? "" : path.substring(slash);
            if (!MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
                answer(exchange, 404, "text/plain", new byte[0]);
            } else if (method.equals("GET") && (rest.isEmpty() || rest.equals("/"))) {
                answer(exchange, 200, "text/html; charset=utf-8", PhonePage.html(secret));
            } else if (method.equals("GET") && rest.equals("/app.js")) {
                answer(exchange, 200, "text/javascript; charset=utf-8", PhonePage.script());
            } else if (method.equals("POST") && rest.equals("/upload")) {
                upload(exchange);
            } else {
                answer(exchange, 404, "text/plain", new byte[0]);
            }
        }
    }

    private void upload(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            answer(exchange, 400, "text/plain; charset=utf-8", "Send the files as multipart/form-data."
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (length != null && tooLong(length)) {
            answer(exchange, 413, "text/plain; charset=utf-8", tooBig());
            return;
        }
        MultipartUpload.Received received;
        try (InputStream body = exchange.getRequestBody()) {
            received = MultipartUpload.read(body, type, folders.newFolder(), MAX_FILE_BYTES);
        } catch (MultipartUpload.TooBigException e) {
            answer(exchange, 413, "text/plain; charset=utf-8", tooBig());
            return;
        } catch (MultipartUpload.BadUploadException e) {
            answer(exchange, 400, "text/plain; charset=utf-8", e.getMessage().getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            answer(exchange, 200, "application/json; charset=utf-8",
                    receiver.receive(received).getBytes(StandardCharsets.UTF_8));
        } finally {
            received.discard();
        }
    }

    private static boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > MAX_FILE_BYTES + 1_000_000L; // room for the form's parts
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static byte[] tooBig() {
        return ("A file can be at most " + MAX_FILE_BYTES / 1_000_000 + " MB. Send a shorter video.")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Every answer: no caching, no sniffing, no referrer (the link is the secret), nothing from elsewhere. */
    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", "default-src 'none'; script-src 'self'; connect-src 'self'; "
                + "style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

}
