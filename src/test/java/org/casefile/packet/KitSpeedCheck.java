package org.casefile.packet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casefile.TestCases;
import org.casefile.app.JobProgress;
import org.casefile.app.ExportRequest;
import org.casefile.app.Services;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.PacketProfile;
import org.casefile.domain.UploadDestination;
import org.casefile.library.Library;
import org.casefile.packet.image.TestPictures;

/**
 * Times an upload kit against the budgeted packet for the same 40-photo case (twelve-megapixel phone JPEGs, four
 * pairs): run by hand, {@code java -cp ... org.casefile.packet.KitSpeedCheck DIR}. Each pair of figures is the
 * median of three runs, in one warmed-up JVM.
 */
public final class KitSpeedCheck {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path desktop = Files.createDirectories(dir.resolve("desktop"));
        byte[] photo = TestPictures.phoneJpeg(TestPictures.jpeg(TestPictures.photo(4000, 3000, 9), 0.92f, false), 6);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Path file = desktop.resolve("IMG_" + (1000 + i) + ".jpg");
            // Different bytes after the end marker: forty files, not one imported forty times.
            byte[] bytes = java.util.Arrays.copyOf(photo, photo.length + 4);
            bytes[bytes.length - 1] = (byte) i;
            Files.write(file, bytes);
            files.add(file);
        }
        try (Library library = Library.open(dir.resolve("library"))) {
            Services services = Services.of(library, TestCases.CLOCK);
            PacketFixture fixture = new PacketFixture(services, desktop, "8123456789012");
            Evidence listing = fixture.add(EvidenceKind.LISTING, fixture.screenshot("listing.png"));
            services.evidence().importFiles(fixture.id(), EvidenceKind.RECEIVED, files, o -> { }, () -> false);
            List<Evidence> received = services.evidence().evidence(fixture.id()).stream()
                    .filter(e -> e.kind() == EvidenceKind.RECEIVED).toList();
            for (int i = 0; i < 4; i++) {
                services.claims().addPair(fixture.id(), listing.id(), received.get(i).id(), "Pair " + i);
            }
            long id = fixture.id();
            int run = 0;
            for (String[] compare : new String[][] {{"chargeback", "card-issuer"}, {"platform", "aliexpress"},
                    {"paypal", "paypal"}}) {
                PacketProfile profile = PacketProfile.fromId(compare[0]);
                UploadDestination to = UploadDestination.fromId(compare[1]);
                long[] packet = new long[3];
                long[] kit = new long[3];
                for (int i = 0; i < 3; i++) {
                    long start = System.nanoTime();
                    services.exports().export(id, ExportRequest.of(profile), dir.resolve("p" + run + ".pdf"),
                            JobProgress.NONE, () -> false);
                    packet[i] = (System.nanoTime() - start) / 1_000_000;
                    start = System.nanoTime();
                    services.kits().make(id, to, dir.resolve("kit" + run++), JobProgress.NONE, () -> false);
                    kit[i] = (System.nanoTime() - start) / 1_000_000;
                }
                java.util.Arrays.sort(packet);
                java.util.Arrays.sort(kit);
                System.out.printf("%s packet %d ms, %s kit %d ms (runs %s / %s)%n", compare[0], packet[1],
                        compare[1], kit[1], java.util.Arrays.toString(packet), java.util.Arrays.toString(kit));
            }
        }
    }
}
