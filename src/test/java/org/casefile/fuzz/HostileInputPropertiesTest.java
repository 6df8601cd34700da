package org.casefile.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.casefile.TestCases;
import org.casefile.app.JobProgress;
import org.casefile.app.Services;
import org.casefile.cli.Cli;
import org.casefile.domain.Author;
import org.casefile.domain.Channel;
import org.casefile.domain.CasefileException;
import org.casefile.library.Library;
import org.casefile.library.PendingFolders;

/**
 * Random and malformed case bundles and command lines against a real library: each is refused with a clear
 * message or does what it says; nothing crashes, and a refusal leaves the library exactly as it was.
 */
class HostileInputPropertiesTest {
    private static Path dir;
    private static Path library;
    private static Path bundle;
    private static String json;
    private static Map<String, byte[]> entries;

    @BeforeContainer
    static void aLibraryAndAGoodBundle() throws Exception {
        dir = Files.createTempDirectory("casefile-fuzz");
        library = dir.resolve("library");
        Path source = dir.resolve("source");
        bundle = dir.resolve("good.zip");
        try (Library lib = Library.open(source)) {
            Services services = Services.of(lib, TestCases.CLOCK);
            long id = services.cases().create(TestCases.ssd("8123456789012")).id();
            services.messages().add(id, Author.SELLER, "Yunda", Channel.ORDER_CHAT, null, "我们会退款", true);
            services.claims().addDiscrepancy(id, "Capacity", "2TB", "512GB");
            Path photo = dir.resolve("IMG_0042.png");
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, 1), "png", photo.toFile());
            services.evidence().importFiles(id, org.casefile.domain.EvidenceKind.RECEIVED, List.of(photo), o -> { },
                    () -> false);
            services.bundles().exportCase(id, bundle, JobProgress.NONE, () -> false);
        }
        try (Library lib = Library.open(library)) {
            Services.of(lib, TestCases.CLOCK).cases().create(TestCases.ssd("5550001112223"));
        }
        entries = read(bundle);
        json = new String(entries.get("case.json"), java.nio.charset.StandardCharsets.UTF_8);
    }

    @AfterContainer
    static void removeTheLibrary() throws IOException {
        PendingFolders.deleteTree(dir);
    }

    /** Everything the library holds, as text: rows of every kind and every file. */
    private static String fingerprint() {
        try (Library lib = Library.open(library)) {
            StringBuilder text = new StringBuilder();
            lib.database().read(s -> {
                text.append(s.cases().all()).append(s.evidence().all()).append(s.messages().count());
                for (var c : s.cases().all()) {
                    text.append(s.cases().history(c.id())).append(s.discrepancies().forCase(c.id()))
                            .append(s.offers().forCase(c.id())).append(s.pairs().forCase(c.id()))
                            .append(s.messages().forCase(c.id())).append(s.cases().description(c.id()));
                }
                return null;
            });
            try (Stream<Path> files = Files.walk(library)) {
                // Every file, and every folder in cases/ (an empty orphan case folder counts as a change).
                files.filter(f -> !f.getFileName().toString().startsWith("casefile.db"))
                        .filter(f -> Files.isRegularFile(f) || f.startsWith(library.resolve("cases")))
                        .map(library::relativize)
                        .sorted().forEach(f -> text.append('\n').append(f));
            }
            return text.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long importCase(Path zip) {
        try (Library lib = Library.open(library)) {
            return Services.of(lib, TestCases.CLOCK).bundles().importCase(zip, JobProgress.NONE, () -> false);
        }
    }

    private static int deleted;
    /** The library as the last command line left it (refreshed after each one). */
    private static String known;

    /** Each deletion a second later: the trash keeps one folder per case and second. */
    private static void deleteCase(long id) {
        try (Library lib = Library.open(library)) {
            Services.of(lib, java.time.Clock.offset(TestCases.CLOCK, java.time.Duration.ofSeconds(++deleted)))
                    .cases().delete(id);
        }
    }

    private static void importRefusedOrWhole(Path zip) {
        String before = fingerprint();
        long id;
        try {
            id = importCase(zip);
        } catch (CasefileException e) {
            assertThat(e.getMessage()).contains("Nothing");
            assertThat(fingerprint()).as("a refused bundle changes nothing").isEqualTo(before);
            return;
        }
        try (Library lib = Library.open(library)) {
            assertThat(Services.of(lib, TestCases.CLOCK).evidence().verify(id).ok()).isTrue();
        }
        deleteCase(id);
    }

    @Property(tries = 60)
    void mutatedCaseJsonIsRefusedOrImportedWhole(@ForAll("mutatedJson") String mutated) throws Exception {
        Map<String, byte[]> copy = new java.util.LinkedHashMap<>(entries);
        copy.put("case.json", mutated.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path zip = write(Files.createTempFile(dir, "json", ".zip"), copy);
        importRefusedOrWhole(zip);
        Files.delete(zip);
    }

    @Provide
    Arbitrary<String> mutatedJson() {
        Arbitrary<String> truncated = Arbitraries.integers().between(0, 10_000)
                .map(n -> json.substring(0, Math.min(n, json.length())));
        Arbitrary<String> valueSwapped = Combinators.combine(
                Arbitraries.of("\"schema\" : 2", "\"status\" : \"new\"", "\"kind\" : \"received\"",
                        "\"author\" : \"seller\"", "\"sha256\" : \"", "\"size\" : ", "\"platform\" : \"aliexpress\"",
                        "\"orderedOn\" : \"2026-10-01\"", "\"paid\" : \"89.99 GBP\"", "\"at\" : \"",
                        "\"evidence\" : [", "\"messages\" : [", "\"text\" : \"", "\"file\" : \"evidence/"),
                Arbitraries.of("null", "[]", "{}", "\"\"", "-1", "1e999", "\"../../x\"", "true", "\"\\u0000\"",
                        "99999999999999999999999", "\"" + "x".repeat(30_000) + "\""))
                .as((key, value) -> json.replace(key, key.substring(0, key.indexOf(':') + 2) + value
                        + (key.endsWith("\"") ? "\"" : "") + (key.endsWith("[") ? "[" : "")));
        Arbitrary<String> keyDropped = Arbitraries.of("facts", "status", "evidence", "createdAt", "sha256", "file",
                "mediaType", "importedAt", "text", "at").map(key -> json.replaceFirst("\"" + key + "\"",
                "\"x" + key + "\""));
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(200);
        return Arbitraries.oneOf(truncated, valueSwapped, keyDropped, noise);
    }

    @Property(tries = 60)
    void flippedBytesInTheZipAreRefusedOrHarmless(@ForAll("flips") List<Integer> positions) throws Exception {
        byte[] bytes = Files.readAllBytes(bundle);
        for (int position : positions) {
            bytes[Math.floorMod(position, bytes.length)] ^= (byte) (1 + Math.floorMod(position, 255));
        }
        Path zip = Files.write(Files.createTempFile(dir, "flipped", ".zip"), bytes);
        importRefusedOrWhole(zip);
        Files.delete(zip);
    }

    @Provide
    Arbitrary<List<Integer>> flips() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 200)
    void anyCommandLineEndsInAContractExitCodeAndAClearMessage(@ForAll("commandLines") List<String> args) {
        String before = known == null ? fingerprint() : known;
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        all.addAll(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), TestCases.CLOCK);
        assertThat(code).as(String.join(" ", args) + "\n" + err).isBetween(0, 4);
        assertThat(err.toString()).as(String.join(" ", args)).doesNotContain("unexpected problem")
                .doesNotContain("Exception");
        known = fingerprint();
        if (code == Cli.USER_ERROR || code == Cli.USAGE) {
            assertThat(known).as("refused: " + String.join(" ", args)).isEqualTo(before);
        }
    }

    /**
     * Commands that only read or write inside the library, with options and values from a hostile vocabulary.
     * Commands that write a file at a path (backup, export, export-case, deadlines --ics, sample) are left out: a
     * random word would be a file in the working folder. Their refusals are tested with chosen paths elsewhere.
     */
    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<String> command = Arbitraries.of("new-case", "list", "show", "status", "import", "verify",
                "message", "import-chat", "offer", "discrepancy", "pair", "search", "restore", "import-case",
                "--help", "--version", "nonsense", "");
        Arbitrary<String> option = Arbitraries.of("--platform", "--order", "--item", "--claim", "--paid", "--ordered",
                "--protection-ends", "--payment", "--country", "--kind", "--from", "--at", "--text", "--amount",
                "--accepted", "--rejected", "--attribute", "--advertised", "--received", "--caption", "--json",
                "--dates", "--outcome", "--note", "--attach", "--promise", "--name", "--channel", "-x", "--");
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("1", "2", "0", "-1", "99999999999999999999", "1.5", "aliexpress", "damaged", "seller",
                        "89.99 GBP", "£-1", "2026-10-01", "2026-10-01 14:30", "2026-02-30", "resolved", "listing",
                        "'; DROP TABLE cases; --", "\"quoted\"", "*", "中文", "NUL\u0000", "\u202e", "%s%n", "${x}",
                        dir.resolve("missing.zip").toString(), bundle.toString(), dir.toString(), "/dev/null",
                        "/etc/passwd", "../../../../etc/passwd"),
                Arbitraries.strings().alpha().numeric().withChars(" -_.:£中").ofMaxLength(20)
                        .filter(s -> !s.contains("/")));
        return Combinators.combine(command, Arbitraries.oneOf(option, value).list().ofMaxSize(10))
                .as((c, rest) -> {
                    List<String> args = new ArrayList<>();
                    if (!c.isEmpty()) {
                        args.add(c);
                    }
                    args.addAll(rest);
                    return args;
                });
    }

    private static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> found = new java.util.LinkedHashMap<>();
        try (var file = new java.util.zip.ZipFile(zip.toFile())) {
            for (var entry : java.util.Collections.list(file.entries())) {
                found.put(entry.getName(), file.getInputStream(entry).readAllBytes());
            }
        }
        return found;
    }

    private static Path write(Path zip, Map<String, byte[]> content) throws IOException {
        try (var stream = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (var entry : content.entrySet()) {
                stream.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                stream.write(entry.getValue());
                stream.closeEntry();
            }
        }
        return zip;
    }
}
