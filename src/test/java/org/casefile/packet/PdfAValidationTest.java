package org.casefile.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.JobProgress;
import org.casefile.app.ExportRequest;
import org.casefile.app.Services;
import org.casefile.domain.PacketProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/** The packet is checked by veraPDF, the reference validator, as PDF/A-2b: fonts, colour, metadata. */
class PdfAValidationTest extends LibraryTestBase {
    @TempDir Path desktop;
    @TempDir Path out;

    @BeforeAll
    static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void thePacketIsPdfA2b() throws Exception {
        Services services = Services.of(library, TestCases.CLOCK);
        PacketFixture fixture = new PacketFixture(services, desktop, "8123456789012").typical();
        for (PacketProfile profile : new PacketProfile[] {PacketProfile.CHARGEBACK, PacketProfile.SECTION75}) {
            Path file = services.exports().export(fixture.id(), ExportRequest.of(profile),
                    out.resolve(profile.id() + ".pdf"), JobProgress.NONE, () -> false).file();
            try (InputStream in = Files.newInputStream(file);
                 PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
                ValidationResult result = validator.validate(parser);
                String failures = result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                                + a.getMessage())
                        .distinct().collect(Collectors.joining("\n"));
                assertThat(result.isCompliant()).as(profile + "\n" + failures).isTrue();
            }
        }
    }
}
