package org.casefile.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.casefile.TestCases;
import org.casefile.app.Services;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.ImportOutcome;
import org.casefile.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two imports of the same photo at once, as two Casefile processes would run them: one imports, one is a duplicate. */
class DuplicateRaceTest {
    @TempDir Path dir;

    @Test
    void theSecondOfTwoSimultaneousImportsIsADuplicateNeverAConstraintFailure() throws Exception {
        Path photo = dir.resolve("IMG_0042.jpg");
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillOval(10, 10, 300, 200);
        g.dispose();
        ImageIO.write(image, "jpeg", photo.toFile());
        Path root = dir.resolve("library");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Library first = Library.open(root); Library second = Library.open(root)) {
            List<Services> both = List.of(Services.of(first, TestCases.CLOCK), Services.of(second, TestCases.CLOCK));
            for (int round = 0; round < 8; round++) {
                long caseId = both.get(0).cases().create(TestCases.ssd("order-" + round)).id();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<List<ImportOutcome>>> runs = new ArrayList<>();
                for (Services services : both) {
                    runs.add(pool.submit(() -> {
                        together.await();
                        return services.evidence().importFiles(caseId, EvidenceKind.RECEIVED, List.of(photo),
                                o -> { }, () -> false);
                    }));
                }
                List<ImportOutcome.Status> statuses = new ArrayList<>();
                for (Future<List<ImportOutcome>> run : runs) {
                    ImportOutcome outcome = run.get().get(0);
                    assertThat(String.valueOf(outcome.reason())).as("round %d", round).doesNotContain("UNIQUE");
                    statuses.add(outcome.status());
                }
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(ImportOutcome.Status.IMPORTED,
                        ImportOutcome.Status.DUPLICATE);
                assertThat(both.get(0).evidence().evidence(caseId)).hasSize(1);
                assertThat(Fixtures.files(root.resolve(first.database().read(s -> s.cases().find(caseId))
                        .orElseThrow().folder()))).as("one file in the case folder").hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
