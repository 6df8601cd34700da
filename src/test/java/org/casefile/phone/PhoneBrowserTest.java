package org.casefile.phone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.casefile.TestCases;
import org.casefile.app.PhoneService;
import org.casefile.app.Services;
import org.casefile.domain.Case;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.library.Library;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The phone's part played by headless Chromium on this machine, against 127.0.0.1: it opens the page, picks a photo,
 * chooses the kind and presses Send, as a buyer would. Skipped where Chromium is not installed. Chromium is kept off
 * every other address: all host names resolve to nothing and its background services are off.
 */
@Timeout(120)
class PhoneBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir Path dir;
    @TempDir Path profile;

    @Test
    void aPhotoSentFromTheBrowserLandsInTheCaseInSeconds() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
        try (Library library = Library.open(dir)) {
            Services services = Services.of(library, TestCases.CLOCK);
            Case theCase = services.cases().create(TestCases.ssd("8123456789012"));
            Path photo = dir.resolve("IMG_0042.jpg");
            try (InputStream in = getClass().getResourceAsStream("/evidence/phone-photo.jpg")) {
                Files.copy(in, photo);
            }
            try (PhoneService.PhoneSession session = services.phone().open(theCase.id(), EvidenceKind.RECEIVED,
                    "127.0.0.1", 0, outcome -> { })) {
                Process browser = startChromium();
                try (DevTools page = DevTools.attach(browser, profile)) {
                    page.call("Page.enable", JSON.createObjectNode());
                    page.call("Page.navigate", JSON.createObjectNode().put("url", session.url()));
                    page.waitFor("document.getElementById('send') !== null");
                    page.call("DOM.enable", JSON.createObjectNode());
                    String input = page.call("Runtime.evaluate", JSON.createObjectNode().put("expression",
                            "document.getElementById('files')")).at("/result/objectId").asText();
                    ObjectNode files = JSON.createObjectNode().put("objectId", input);
                    files.putArray("files").add(photo.toString());
                    page.call("DOM.setFileInputFiles", files);
                    Instant sent = Instant.now();
                    page.evaluate("document.getElementById('kind').value = 'damage';"
                            + "document.getElementById('send').click(); true");
                    page.waitFor("document.getElementById('arrived').textContent.includes('added to the case')");
                    assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(10));
                } finally {
                    browser.descendants().forEach(ProcessHandle::destroy);
                    browser.destroy();
                    browser.waitFor(10, TimeUnit.SECONDS);
                }
            }
            List<Evidence> evidence = services.evidence().evidence(theCase.id());
            assertThat(evidence).extracting(Evidence::kind, Evidence::originalName)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(EvidenceKind.DAMAGE, "IMG_0042.jpg"));
        }
    }

    private Process startChromium() throws Exception {
        return new ProcessBuilder(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-pings", "--disable-domain-reliability",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--proxy-server=127.0.0.1:9",
                "--proxy-bypass-list=127.0.0.1", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
    }

    /** The Chrome DevTools protocol over the page's WebSocket, on 127.0.0.1. */
    private static final class DevTools implements WebSocket.Listener, AutoCloseable {
        private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static DevTools attach(Process browser, Path profile) throws Exception {
            Path portFile = profile.resolve("DevToolsActivePort");
            Instant give = Instant.now().plusSeconds(30);
            while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (Instant.now().isAfter(give) || !browser.isAlive()) {
                    throw new IllegalStateException("Chromium did not start: " + Files.readString(
                            profile.resolve("chromium.log")));
                }
                Thread.sleep(100);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            HttpClient client = HttpClient.newHttpClient();
            JsonNode targets = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body());
            String url = null;
            for (JsonNode target : targets) {
                if (target.get("type").asText().equals("page")) {
                    url = target.get("webSocketDebuggerUrl").asText();
                }
            }
            if (url == null || !URI.create(url).getHost().equals("127.0.0.1")) {
                throw new IllegalStateException("No page on 127.0.0.1 to drive: " + targets);
            }
            DevTools tools = new DevTools();
            tools.socket = client.newWebSocketBuilder().buildAsync(URI.create(url), tools).get(10, TimeUnit.SECONDS);
            return tools;
        }

        JsonNode call(String method, ObjectNode params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            waiting.put(id, answer);
            ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
            command.set("params", params);
            socket.sendText(JSON.writeValueAsString(command), true).get(10, TimeUnit.SECONDS);
            JsonNode reply = answer.get(20, TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IllegalStateException(method + ": " + reply.get("error"));
            }
            return reply.get("result");
        }

        JsonNode evaluate(String script) throws Exception {
            return call("Runtime.evaluate", JSON.createObjectNode().put("expression", script)
                    .put("returnByValue", true)).at("/result/value");
        }

        void waitFor(String condition) throws Exception {
            Instant give = Instant.now().plusSeconds(30);
            while (!evaluate("(function(){ try { return !!(" + condition + "); } catch (e) { return false; } })()")
                    .asBoolean()) {
                if (Instant.now().isAfter(give)) {
                    throw new AssertionError("The page never showed: " + condition + "; it shows: "
                            + evaluate("document.body ? document.body.innerText : ''"));
                }
                Thread.sleep(100);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer = waiting.remove(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    }
                } catch (java.io.IOException e) {
                    // not ours to read
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.abort();
        }
    }
}
