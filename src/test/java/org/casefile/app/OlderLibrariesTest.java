package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.casefile.TestCases;
import org.casefile.domain.Evidence;
import org.casefile.domain.Message;
import org.casefile.library.Library;
import org.casefile.store.Database;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A library made by an older build opens in this one with nothing lost: one fixture per released schema version
 * (src/test/resources/libraries/vN, written by {@code store/FixtureLibraries}), copied, opened, read and checked.
 */
class OlderLibrariesTest {
    @TempDir Path desktop;

    @ParameterizedTest(name = "schema {0}")
    @ValueSource(ints = {1, 2, 3})
    void aLibraryFromAnOlderSchemaOpensWithEverythingInIt(int version) throws Exception {
        Path root = copy(fixture(version), desktop.resolve("library"));
        assertThat(Database.schemaVersionOf(root.resolve(Library.DATABASE_FILE))).as("the fixture's own schema")
                .isEqualTo(version);

        try (Library library = Library.open(root)) {
            assertThat(library.database().schemaVersion()).isEqualTo(Database.latestSchemaVersion())
                    .isGreaterThan(version);
            Services services = Services.of(library, TestCases.CLOCK);
            assertThat(services.cases().list()).hasSize(2);

            CaseDetails ssd = services.cases().details(1);
            assertThat(ssd.theCase().facts().item()).isEqualTo("2TB portable SSD, USB-C");
            assertThat(ssd.theCase().facts().paid().toString()).contains("89.99");
            assertThat(ssd.history()).hasSize(3);
            assertThat(ssd.messages()).extracting(Message::text)
                    .anySatisfy(text -> assertThat(text).startsWith("亲，您好！"));
            assertThat(ssd.messages()).filteredOn(Message::promise).hasSize(1);
            assertThat(ssd.attachments().values()).containsExactly(List.of(2L));
            assertThat(ssd.evidence()).extracting(Evidence::caption)
                    .containsExactlyInAnyOrder("The listing as ordered: 2TB", "The drive that arrived says 512GB");
            assertThat(ssd.evidence()).allSatisfy(e -> assertThat(e.durationMillis()).isNull());
            assertThat(ssd.pairs()).singleElement().satisfies(pair -> assertThat(pair.caption()).contains("512GB"));
            assertThat(ssd.discrepancies()).singleElement()
                    .satisfies(d -> assertThat(d.received()).isEqualTo("512GB"));
            assertThat(ssd.offers()).singleElement()
                    .satisfies(offer -> assertThat(offer.reason()).isEqualTo("The drive is not what I ordered"));
            assertThat(ssd.description()).as("the description arrived with schema 2")
                    .isEqualTo(version >= 2 ? "The listing promised a 2TB drive; the drive that arrived reports "
                            + "512GB." : null);
            assertThat(services.cases().details(2).evidence()).singleElement()
                    .satisfies(e -> assertThat(e.kind().name()).isEqualTo("TRACKING"));

            assertThat(services.search().search("our tool", 10)).as("messages written before search existed")
                    .extracting(hit -> hit.caseId() + " " + hit.field()).contains("1 message")
                    .allSatisfy(hit -> assertThat(hit).startsWith("1 "));
            assertThat(services.search().search("Where is my speaker", 10)).extracting(hit -> hit.caseId())
                    .isNotEmpty().containsOnly(2L);
            assertThat(services.search().search("No scan since", 10)).as("an evidence caption")
                    .extracting(hit -> hit.caseId() + " " + hit.field()).contains("2 caption");

            var report = services.evidence().verify(null);
            assertThat(report.problems()).isEmpty();
            assertThat(report.checked()).isEqualTo(3);
        }
        try (Library again = Library.open(root)) {
            assertThat(again.database().schemaVersion()).as("opening twice changes nothing")
                    .isEqualTo(Database.latestSchemaVersion());
            assertThat(Database.hasExpectedSchema(root.resolve(Library.DATABASE_FILE)))
                    .as("the upgraded schema is exactly what a new library has").isTrue();
        }
    }

    private static Path fixture(int version) throws URISyntaxException {
        return Path.of(OlderLibrariesTest.class.getResource("/libraries/v" + version).toURI());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
