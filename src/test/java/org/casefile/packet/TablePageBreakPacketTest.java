package org.casefile.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.JobProgress;
import org.casefile.app.ExportRequest;
import org.casefile.app.Services;
import org.casefile.domain.PacketProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packets whose "Advertised versus received" table runs over a page break, read back page by page: each page it
 * continues on starts with its header, and no page holds fewer than two of its rows.
 */
class TablePageBreakPacketTest extends LibraryTestBase {
    private static final Pattern ROW = Pattern.compile("Feature (\\d+) listed");
    private static final String HEADER = "The listing says What arrived";

    @TempDir Path out;

    @Test
    void theDiscrepancyTableBreaksBetweenPagesWithItsHeaderAndNeverALoneRow() throws Exception {
        Services services = Services.of(library, TestCases.CLOCK);
        boolean broke = false;
        // About 29 rows fit on the table's first page: from a table that fits to one with rows to spare over the break.
        for (int count = 27; count <= 33; count++) {
            long id = services.cases().create(TestCases.ssd("8100000000" + count)).id();
            for (int i = 1; i <= count; i++) {
                services.claims().addDiscrepancy(id, "Feature " + i, "listed " + i, "got " + i);
            }
            Path file = out.resolve(count + ".pdf");
            services.exports().export(id, ExportRequest.of(PacketProfile.PLATFORM), file, JobProgress.NONE,
                    () -> false);
            List<List<Integer>> pages = tablePages(file);
            List<Integer> all = new ArrayList<>();
            pages.forEach(all::addAll);
            assertThat(all).as("every row once, in order (%d rows)", count).hasSize(count).isSorted();
            if (pages.size() > 1) {
                broke = true;
                assertThat(pages).as("rows per page of %d", count).allSatisfy(rows -> assertThat(rows.size())
                        .isGreaterThanOrEqualTo(2));
            }
        }
        assertThat(broke).as("some of these tables ran over a page").isTrue();
    }

    /** The table's rows on each page from its title on; each such page must open the table with its header. */
    private static List<List<Integer>> tablePages(Path file) throws Exception {
        List<List<Integer>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            boolean inSection = false;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                inSection = inSection || text.contains("Advertised versus received\n");
                if (!inSection) {
                    continue;
                }
                Matcher m = ROW.matcher(text);
                List<Integer> rows = new ArrayList<>();
                int first = -1;
                while (m.find()) {
                    rows.add(Integer.parseInt(m.group(1)));
                    first = first < 0 ? m.start() : first;
                }
                if (rows.isEmpty()) {
                    break;
                }
                int header = text.indexOf(HEADER);
                assertThat(header).as("page %d opens the table with its header", page).isBetween(0, first);
                pages.add(rows);
            }
        }
        return pages;
    }
}
