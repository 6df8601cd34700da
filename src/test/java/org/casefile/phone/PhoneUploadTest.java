package org.casefile.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.casefile.TestCases;
import org.casefile.app.PhoneService;
import org.casefile.app.Services;
import org.casefile.domain.Case;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.ImportOutcome;
import org.casefile.library.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The phone's upload page, over real HTTP to 127.0.0.1. */
@Timeout(120)
class PhoneUploadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;
    private Library library;
    private Services services;
    private Case theCase;
    private final List<ImportOutcome> arrived = new CopyOnWriteArrayList<>();
    private PhoneService.PhoneSession session;

    @BeforeEach
    void openCase() {
        library = Library.open(dir);
        services = Services.of(library, TestCases.CLOCK);
        theCase = services.cases().create(TestCases.ssd("8123456789012"));
        session = services.phone().open(theCase.id(), EvidenceKind.RECEIVED, "127.0.0.1", 0, arrived::add);
    }

    @AfterEach
    void close() {
        session.close();
        library.close();
    }

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = PhoneUploadTest.class.getResourceAsStream("/evidence/" + name)) {
            return in.readAllBytes();
        }
    }

    private String link() {
        return session.url().replaceFirst("\\?.*", "");
    }

    @Test
    void thePageAndItsScriptAreServedUnderTheSecretOnly() throws Exception {
        String url = session.url();
        assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/[A-Za-z0-9_-]{24}\\?kind=received");
        HttpResponse<String> page = Uploads.get(url);
        assertThat(page.statusCode()).isEqualTo(200);
        String secret = link().substring(link().lastIndexOf('/') + 1);
        assertThat(page.body()).contains("Send photos and videos to Casefile",
                "<script src=\"/" + secret + "/app.js\">");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(Uploads.get(link() + "/app.js").body()).contains("XMLHttpRequest");

        String base = link().substring(0, link().lastIndexOf('/'));
        String wrong = (secret.charAt(0) == 'A' ? "B" : "A") + secret.substring(1);
        for (String other : List.of(base + "/", base + "/app.js", base + "/" + wrong, base + "/" + wrong + "/app.js",
                base + "/" + secret.substring(1), link() + "/upload", link() + "/..", link() + "/cases",
                link() + "/page.html", base + "/" + secret + "x")) {
            assertThat(Uploads.get(other).statusCode()).as(other).isEqualTo(404);
        }
    }

    @Test
    void aPhotoAndAVideoLandInTheCaseWithTheKindChosenOnThePhone() throws Exception {
        HttpResponse<String> photo = Uploads.post(link() + "/upload", "damage", "IMG_0042.jpg",
                fixture("phone-photo.jpg"));
        assertThat(photo.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(photo.body());
        assertThat(answer.get(0).get("status").asText()).isEqualTo("imported");
        assertThat(answer.get(0).get("file").asText()).isEqualTo("IMG_0042.jpg");

        HttpResponse<String> video = Uploads.post(link() + "/upload", "video", "unboxing.mp4", fixture("clip.mp4"));
        assertThat(JSON.readTree(video.body()).get(0).get("status").asText()).isEqualTo("imported");

        List<Evidence> evidence = services.evidence().evidence(theCase.id());
        assertThat(evidence).extracting(Evidence::kind).containsExactly(EvidenceKind.DAMAGE, EvidenceKind.VIDEO);
        assertThat(evidence).extracting(Evidence::path).containsExactly(theCase.folder() + "/damage/IMG_0042.jpg",
                theCase.folder() + "/video/unboxing.mp4");
        assertThat(evidence.get(1).mime()).isEqualTo("video/mp4");
        assertThat(arrived).extracting(o -> o.file().toString()).containsExactly("IMG_0042.jpg", "unboxing.mp4");
        try (Stream<Path> left = Files.list(library.tmp())) {
            assertThat(left).as("uploads are not left in tmp/").isEmpty();
        }

        HttpResponse<String> again = Uploads.post(link() + "/upload", null, "copy.jpg", fixture("phone-photo.jpg"));
        assertThat(JSON.readTree(again.body()).get(0).get("status").asText()).isEqualTo("duplicate");
    }

    @Test
    void aNameThatClimbsOutStaysInTheCaseFolder() throws Exception {
        Uploads.post(link() + "/upload", "received", "../../../../escape.jpg", fixture("phone-photo.jpg"));
        Uploads.post(link() + "/upload", "received", "..\\..\\evil.jpg", fixture("photo-with-preview.jpg"));
        List<Evidence> evidence = services.evidence().evidence(theCase.id());
        assertThat(evidence).extracting(Evidence::path).containsExactly(theCase.folder() + "/received/escape.jpg",
                theCase.folder() + "/received/evil.jpg");
        assertThat(dir.getParent().resolve("escape.jpg")).doesNotExist();
        assertThat(dir.resolve("escape.jpg")).doesNotExist();
    }

    @Test
    void noiseNamedJpgIsRefusedWithTheReasonAndWrongSecretsTakeNothing() throws Exception {
        JsonNode answer = JSON.readTree(Uploads.post(link() + "/upload", "received", "photo.jpg",
                "not a photo at all, just noise".repeat(50).getBytes()).body());
        assertThat(answer.get(0).get("status").asText()).isEqualTo("rejected");
        assertThat(answer.get(0).get("text").asText()).contains("not a photo");

        String secret = link().substring(link().lastIndexOf('/') + 1);
        String wrong = link().replace(secret, new StringBuilder(secret).reverse().toString());
        assertThat(Uploads.post(wrong + "/upload", "received", "a.jpg", fixture("phone-photo.jpg")).statusCode())
                .isEqualTo(404);
        assertThat(Uploads.post(link(), "received", "a.jpg", fixture("phone-photo.jpg")).statusCode())
                .as("only POSTs to the upload path").isEqualTo(404);
        assertThat(services.evidence().evidence(theCase.id())).isEmpty();
        assertThat(arrived).extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.REJECTED);
    }

    @Test
    void afterTheSessionEndsNothingAnswers() throws Exception {
        String upload = link() + "/upload";
        session.close();
        assertThatThrownBy(() -> Uploads.post(upload, "received", "late.jpg", fixture("phone-photo.jpg")))
                .isInstanceOf(ConnectException.class);
        assertThat(services.evidence().evidence(theCase.id())).isEmpty();
    }

    @Test
    void twoPhonesAtOnce() throws Exception {
        byte[] first = fixture("phone-photo.jpg");
        byte[] second = fixture("photo-with-preview.jpg");
        ExecutorService phones = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> a = phones.submit(() -> Uploads.post(link() + "/upload", "received",
                    "phone-a.jpg", first));
            Future<HttpResponse<String>> b = phones.submit(() -> Uploads.post(link() + "/upload", "damage",
                    "phone-b.jpg", second));
            assertThat(a.get().statusCode()).isEqualTo(200);
            assertThat(b.get().statusCode()).isEqualTo(200);
        } finally {
            phones.shutdownNow();
        }
        assertThat(services.evidence().evidence(theCase.id())).extracting(Evidence::originalName)
                .containsExactlyInAnyOrder("phone-a.jpg", "phone-b.jpg");
    }

    @Test
    void theQrCodeReadsBackAsTheLink() throws Exception {
        boolean[][] modules = PhoneService.qrCode(session.url());
        int scale = 4;
        int side = (modules.length + 8) * scale;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        for (int y = 0; y < modules.length; y++) {
            for (int x = 0; x < modules.length; x++) {
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        pixels[((y + 4) * scale + dy) * side + (x + 4) * scale + dx] = modules[y][x] ? 0 : 0xFFFFFF;
                    }
                }
            }
        }
        com.google.zxing.BinaryBitmap bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common
                .HybridBinarizer(new com.google.zxing.RGBLuminanceSource(side, side, pixels)));
        assertThat(new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText()).isEqualTo(session.url());
    }

    @Test
    void anAddressThatIsNotAnIpIsRefusedWithoutALookup() {
        assertThatThrownBy(() -> services.phone().open(theCase.id(), null, "example.com", 0, o -> { }))
                .hasMessageContaining("not an IP address");
    }
}
