package org.casefile.safety;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.casefile.TestCases;
import org.casefile.app.Services;
import org.casefile.domain.Author;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.Channel;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.Money;
import org.casefile.domain.OfferDecision;
import org.casefile.domain.ImportOutcome;

/** A case with every part filled in, with real image files, for backup and bundle tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Path jpeg(Path folder, String name, long seed) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed);
        for (int i = 0; i < 20; i++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillRect(random.nextInt(64), random.nextInt(48), 12, 12);
        }
        g.dispose();
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name);
            ImageIO.write(image, "jpeg", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A full case: two photos (pair), a caption, a discrepancy, a message with an attachment, an offer, a status. */
    static long richCase(Services services, String order, Path photos) {
        long id = services.cases().create(TestCases.ssd(order)).id();
        Path listing = jpeg(photos, "listing-" + order + ".jpg", order.hashCode());
        Path received = jpeg(photos, "IMG_" + order + ".jpg", order.hashCode() + 1L);
        long listingId = imported(services.evidence().importFiles(id, EvidenceKind.LISTING, List.of(listing),
                o -> { }, () -> false));
        long receivedId = imported(services.evidence().importFiles(id, EvidenceKind.RECEIVED, List.of(received),
                o -> { }, () -> false));
        services.evidence().caption(id, receivedId, "Label says 512GB 中文");
        services.claims().addPair(id, listingId, receivedId, "2TB advertised, 512GB arrived");
        services.claims().addDiscrepancy(id, "Capacity", "2TB", "512GB");
        services.claims().saveDescription(id, "The drive is 512GB, not 2TB.");
        services.messages().add(id, Author.SELLER, "Yunda", Channel.ORDER_CHAT,
                LocalDateTime.parse("2026-10-22T09:15:00"), "我们会退款 — we will refund within 7 days", true,
                List.of(receivedId));
        services.messages().addOffer(id, Money.parse("10.00 GBP"), LocalDateTime.parse("2026-10-23T10:00:00"),
                OfferDecision.REJECTED, "The drive is worthless at 512GB");
        services.cases().changeStatus(id, CaseStatus.SELLER_CONTACTED, null,
                LocalDateTime.parse("2026-10-21T08:00:00"), "Asked for a refund");
        return id;
    }

    private static long imported(List<ImportOutcome> outcomes) {
        ImportOutcome outcome = outcomes.get(0);
        if (outcome.status() != ImportOutcome.Status.IMPORTED) {
            throw new IllegalStateException(outcome.reason());
        }
        return outcome.evidenceId();
    }

    /** Every regular file under {@code folder}, relative, sorted. */
    static List<String> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
