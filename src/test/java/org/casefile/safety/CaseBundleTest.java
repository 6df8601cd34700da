package org.casefile.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.casefile.TestCases;
import org.casefile.app.CaseDetails;
import org.casefile.app.JobProgress;
import org.casefile.app.Services;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Evidence;
import org.casefile.library.Library;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseBundleTest {
    @TempDir Path dir;
    Path source;
    Path target;
    Path bundle;

    @BeforeEach
    void exportAFullCase() throws Exception {
        source = dir.resolve("library");
        target = dir.resolve("other");
        bundle = Files.createDirectories(dir.resolve("out")).resolve("case.zip");
        try (Library library = Library.open(source)) {
            Services services = Services.of(library, TestCases.CLOCK);
            Fixtures.richCase(services, "8123456789012", dir.resolve("photos"));
            services.bundles().exportCase(1, bundle, JobProgress.NONE, () -> false);
        }
        try (Library library = Library.open(target)) {
            Services services = Services.of(library, TestCases.CLOCK);
            services.cases().create(TestCases.ssd("5550001112223"));
        }
    }

    private long importInto(Path library, Path zip) {
        try (Library lib = Library.open(library)) {
            return Services.of(lib, TestCases.CLOCK).bundles().importCase(zip, JobProgress.NONE, () -> false);
        }
    }

    @Test
    void aBundleCarriesEveryPartOfTheCaseIntoAnotherLibrary() throws Exception {
        Map<String, byte[]> entries = Zips.read(bundle);
        assertThat(entries.keySet()).containsExactlyInAnyOrder("case.json", "evidence/listing/listing-8123456789012.jpg",
                "evidence/received/IMG_8123456789012.jpg");
        assertThat(Zips.text(entries.get("case.json"))).contains("\"schema\" : 2", "\"sha256\"", "\"originalName\"",
                "我们会退款", "Label says 512GB 中文", "The drive is 512GB, not 2TB.", "\"promise\" : true");

        long id = importInto(target, bundle);
        assertThat(id).isEqualTo(2);
        try (Library a = Library.open(source); Library b = Library.open(target)) {
            Services before = Services.of(a, TestCases.CLOCK);
            Services after = Services.of(b, TestCases.CLOCK);
            CaseDetails original = before.cases().details(1);
            CaseDetails copy = after.cases().details(id);
            assertThat(copy.theCase().facts()).isEqualTo(original.theCase().facts());
            assertThat(copy.theCase().status()).isEqualTo(original.theCase().status());
            assertThat(copy.theCase().createdAt()).isEqualTo(original.theCase().createdAt());
            assertThat(copy.history()).isEqualTo(original.history());
            assertThat(after.claims().discrepancies(id)).extracting(d -> d.attribute() + d.advertised() + d.received())
                    .containsExactly("Capacity2TB512GB");
            assertThat(after.messages().messages(id)).extracting(m -> m.text() + m.promise() + m.who())
                    .isEqualTo(before.messages().messages(1).stream().map(m -> m.text() + m.promise() + m.who())
                            .toList());
            assertThat(after.messages().offers(id)).extracting(o -> o.describe())
                    .isEqualTo(before.messages().offers(1).stream().map(o -> o.describe()).toList());
            List<Evidence> evidence = after.evidence().evidence(id);
            assertThat(evidence).extracting(e -> e.kind() + e.sha256() + e.originalName() + e.caption() + e.size())
                    .isEqualTo(before.evidence().evidence(1).stream()
                            .map(e -> e.kind() + e.sha256() + e.originalName() + e.caption() + e.size()).toList());
            long received = evidence.stream().filter(e -> e.kind().id().equals("received")).findFirst().orElseThrow()
                    .id();
            long listing = evidence.stream().filter(e -> e.kind().id().equals("listing")).findFirst().orElseThrow()
                    .id();
            assertThat(after.claims().pairs(id)).singleElement().satisfies(p -> {
                assertThat(p.listingId()).isEqualTo(listing);
                assertThat(p.receivedId()).isEqualTo(received);
                assertThat(p.caption()).isEqualTo("2TB advertised, 512GB arrived");
            });
            assertThat(after.messages().attachments(id).values()).containsExactly(List.of(received));
            assertThat(after.claims().draftDescription(id)).isNotNull();
            assertThat(copy.description()).isEqualTo("The drive is 512GB, not 2TB.");
            assertThat(after.evidence().verify(null).ok()).isTrue();
            assertThat(evidence).allSatisfy(e -> assertThat(target.resolve("thumbnails").resolve(e.sha256()
                    + ".jpg")).as("thumbnail").exists());
        }
        assertThat(Fixtures.files(target.resolve("tmp"))).isEmpty();
    }

    @Test
    void theSameOrderTwiceIsRefusedByName() {
        assertThatThrownBy(() -> importInto(source, bundle)).isInstanceOf(CasefileException.class)
                .hasMessageContaining("already has a case for AliExpress order 8123456789012 (case 1)")
                .hasMessageContaining("Nothing in the library was changed");
    }

    /** Hostile and damaged bundles, each with what the refusal must say. */
    @Test
    void everyHostileOrDamagedBundleIsRefusedAndChangesNothing() throws Exception {
        Map<String, byte[]> good = Zips.read(bundle);
        String json = Zips.text(good.get("case.json"));
        String photo = "evidence/received/IMG_8123456789012.jpg";
        Map<String, Path> hostile = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();

        hostile.put("traversal", with(good, m -> m.put("../../escaped.jpg", new byte[] {1})));
        expected.put("traversal", "points outside its folder");
        hostile.put("hidden traversal", with(good, m -> m.put("evidence/received/../../../x.jpg", new byte[] {1})));
        expected.put("hidden traversal", "points outside its folder");
        hostile.put("absolute", with(good, m -> m.put("/tmp/escaped.jpg", new byte[] {1})));
        expected.put("absolute", "absolute path");
        hostile.put("drive letter", with(good, m -> m.put("C:/Windows/escaped.jpg", new byte[] {1})));
        expected.put("drive letter", "absolute path");
        hostile.put("backslash", with(good, m -> m.put("evidence\\..\\..\\escaped.jpg", new byte[] {1})));
        expected.put("backslash", "backslashes");
        hostile.put("malformed json", with(good, m -> m.put("case.json", Zips.bytes("{\"schema\": 1, \"facts\": ["))));
        expected.put("malformed json", "damaged or cut off");
        hostile.put("truncated json", with(good, m -> m.put("case.json", Zips.bytes(json.substring(0,
                json.length() / 2)))));
        expected.put("truncated json", "damaged or cut off");
        hostile.put("not an object", with(good, m -> m.put("case.json", Zips.bytes("[1, 2, 3]"))));
        expected.put("not an object", "not a case");
        hostile.put("newer schema", with(good, m -> m.put("case.json", Zips.bytes(json.replace("\"schema\" : 2",
                "\"schema\" : 3")))));
        expected.put("newer schema", "made by a newer Casefile");
        hostile.put("schema as text", with(good, m -> m.put("case.json", Zips.bytes(json.replace("\"schema\" : 2",
                "\"schema\" : \"2\"")))));
        expected.put("schema as text", "no schema version");
        hostile.put("no case.json", with(good, m -> m.remove("case.json")));
        expected.put("no case.json", "has no case.json");
        hostile.put("missing file", with(good, m -> m.remove(photo)));
        expected.put("missing file", "is missing from it");
        hostile.put("extra file", with(good, m -> m.put("evidence/received/extra.jpg", new byte[] {1})));
        expected.put("extra file", "which case.json does not list");
        hostile.put("altered photo", with(good, m -> m.get(photo)[100] ^= 1));
        expected.put("altered photo", "SHA-256 differs");
        String fakeHash = org.casefile.evidence.Hashing.of(Zips.bytes("#!/bin/sh\nrm -rf ~\n"));
        String realHash = org.casefile.evidence.Hashing.of(good.get(photo));
        hostile.put("disguised script", with(good, m -> {
            m.put(photo, Zips.bytes("#!/bin/sh\nrm -rf ~\n"));
            m.put("case.json", Zips.bytes(json.replace(realHash, fakeHash).replaceAll("\"size\" : " + good.get(photo)
                    .length, "\"size\" : 19")));
        }));
        expected.put("disguised script", "is not the image/jpeg");
        hostile.put("bad status", with(good, m -> m.put("case.json", Zips.bytes(json.replace("\"status\" : "
                + "\"seller-contacted\"", "\"status\" : \"hacked\"")))));
        expected.put("bad status", "'hacked' is not a status");
        hostile.put("file path in json", with(good, m -> m.put("case.json", Zips.bytes(json.replace(
                "\"evidence/received/IMG_", "\"evidence/received/../IMG_")))));
        expected.put("file path in json", "expected evidence/received/NAME");
        hostile.put("null facts", with(good, m -> m.put("case.json", Zips.bytes("{\"schema\": 1}"))));
        expected.put("null facts", "no order facts");
        hostile.put("wrong types", with(good, m -> m.put("case.json", Zips.bytes(json.replace("\"evidence\" : [",
                "\"evidence\" : 7, \"x\" : [")))));
        expected.put("wrong types", "damaged");
        byte[] whole = Files.readAllBytes(bundle);
        hostile.put("truncated zip", Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(whole,
                whole.length - 30)));
        expected.put("truncated zip", "cut off");
        hostile.put("not a zip", Files.write(dir.resolve("photo.zip"), good.get(photo)));
        expected.put("not a zip", "not a zip");
        hostile.put("empty", Files.write(dir.resolve("empty.zip"), new byte[0]));
        expected.put("empty", "too short");
        hostile.put("symlink", HostileZips.withSymlink(dir.resolve("link.zip"), good, "evidence/received/link.jpg",
                "/etc/passwd"));
        expected.put("symlink", "is a link");
        hostile.put("zip bomb", HostileZips.bomb(dir.resolve("bomb.zip"), good, photo, 60_000_000));
        expected.put("zip bomb", "zip bomb");
        hostile.put("too many entries", HostileZips.manyEntries(dir.resolve("many.zip"), 10_001));
        expected.put("too many entries", "at most 10000 are accepted");

        List<String> before = Fixtures.files(target);
        for (Map.Entry<String, Path> test : hostile.entrySet()) {
            assertThatThrownBy(() -> importInto(target, test.getValue())).as(test.getKey())
                    .isInstanceOf(CasefileException.class).hasMessageContaining("was refused")
                    .hasMessageContaining(expected.get(test.getKey()))
                    .hasMessageContaining("Nothing in the library was changed");
            assertThat(Fixtures.files(target)).as(test.getKey()).isEqualTo(before);
            try (Library lib = Library.open(target)) {
                List<?> cases = lib.database().read(s -> s.cases().all());
                List<?> evidence = lib.database().read(s -> s.evidence().all());
                assertThat(cases).as(test.getKey()).hasSize(1);
                assertThat(evidence).as(test.getKey()).isEmpty();
            }
        }
        assertThat(importInto(target, bundle)).as("the good bundle still imports").isEqualTo(2);
    }

    private Path with(Map<String, byte[]> good, java.util.function.Consumer<Map<String, byte[]>> change)
            throws Exception {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        good.forEach((k, v) -> copy.put(k, v.clone()));
        change.accept(copy);
        return Zips.write(Files.createTempFile(dir, "hostile", ".zip"), copy);
    }

    @Test
    void exportRefusesAnUnknownCaseAndLeavesNoFile() {
        try (Library library = Library.open(source)) {
            assertThatThrownBy(() -> Services.of(library, TestCases.CLOCK).bundles().exportCase(9,
                    dir.resolve("out").resolve("nine.zip"), JobProgress.NONE, () -> false))
                    .hasMessageContaining("There is no case 9");
        }
        assertThat(Fixtures.files(dir.resolve("out"))).containsExactly("case.zip");
    }

    static UnaryOperator<byte[]> same() {
        return b -> b;
    }

    /** One limit per field: whatever the window or the command line accepts, a bundle of it carries back. */
    @Test
    void theLongestNoteReasonAndNameThatCanBeTypedTravelInABundle() throws Exception {
        Path other = dir.resolve("third");
        Path zip = dir.resolve("out").resolve("longest.zip");
        String note = "n".repeat(org.casefile.domain.StatusChange.MAX_NOTE);
        String reason = "r".repeat(org.casefile.domain.Offer.MAX_REASON);
        String name = "s".repeat(org.casefile.domain.Message.MAX_NAME);
        try (Library library = Library.open(other)) {
            Services services = Services.of(library, TestCases.CLOCK);
            long id = services.cases().create(TestCases.ssd("7770001112223")).id();
            services.cases().changeStatus(id, org.casefile.domain.CaseStatus.SELLER_CONTACTED, null, null, note);
            services.messages().addOffer(id, org.casefile.domain.Money.of("10.00", "GBP"), null,
                    org.casefile.domain.OfferDecision.REJECTED, reason);
            services.messages().add(id, org.casefile.domain.Author.SELLER, name, null, null, "Hello", false);
            assertThatThrownBy(() -> services.cases().changeStatus(id, org.casefile.domain.CaseStatus.NEW, null,
                    null, note + "n")).isInstanceOf(CasefileException.class).hasMessageContaining("2000");
            assertThatThrownBy(() -> services.messages().addOffer(id, org.casefile.domain.Money.of("10.00", "GBP"),
                    null, org.casefile.domain.OfferDecision.REJECTED, reason + "r"))
                    .isInstanceOf(CasefileException.class).hasMessageContaining("2000");
            assertThatThrownBy(() -> services.messages().add(id, org.casefile.domain.Author.SELLER, name + "s",
                    null, null, "Hello", false)).isInstanceOf(CasefileException.class).hasMessageContaining("200");
            services.bundles().exportCase(id, zip, JobProgress.NONE, () -> false);
        }
        long copied = importInto(target, zip);
        try (Library library = Library.open(target)) {
            Services services = Services.of(library, TestCases.CLOCK);
            assertThat(services.messages().offers(copied)).singleElement()
                    .satisfies(o -> assertThat(o.reason()).isEqualTo(reason));
            assertThat(services.messages().messages(copied)).singleElement()
                    .satisfies(m -> assertThat(m.authorName()).isEqualTo(name));
        }
    }
}
