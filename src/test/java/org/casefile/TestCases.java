package org.casefile;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import org.casefile.app.Services;
import org.casefile.domain.Author;
import org.casefile.domain.CaseFactsInput;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.Channel;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.Message;

/** Shared test inputs: a fixed clock and realistic order facts. */
public final class TestCases {
    public static final Clock CLOCK = Clock.fixed(LocalDateTime.parse("2026-11-26T10:00:00")
            .toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));

    private TestCases() {
    }

    public static CaseFactsInput ssd(String order) {
        return new CaseFactsInput("aliexpress", order, "Yunda Digital Store", "2TB portable SSD, black",
                "https://www.aliexpress.com/item/1005006123456789.html", "2026-10-01", "89.99 GBP", "credit-card",
                "GB", "LP00612345678901CN", "Cainiao", "2026-10-20", "2026-12-10", "not-as-described", null, null);
    }

    /**
     * A parcel that never came, a partial refund asked for it and an escalation recorded without the dispute's
     * opening (two flags, and the reminder not to confirm receipt); a photo made in {@code files} and a seller's
     * message with the buyer's translation. Returns the case's id.
     */
    public static long storyCase(Services services, Path files) throws IOException {
        CaseFactsInput ssd = ssd("8123456789012");
        CaseFactsInput notCome = new CaseFactsInput(ssd.platform(), ssd.orderNumber(), ssd.seller(), ssd.item(),
                ssd.listingUrl(), ssd.orderedOn(), ssd.paid(), ssd.payment(), ssd.country(), ssd.trackingNumber(),
                ssd.carrier(), ssd.expectedDelivery(), ssd.protectionEnds(), "not-received", "partial-refund",
                "40 GBP");
        Path photo = files.resolve("parcel.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        long id = services.cases().create(notCome).id();
        services.cases().changeStatus(id, CaseStatus.ESCALATED, null, LocalDateTime.parse("2026-11-20T09:00"), null);
        services.evidence().importFiles(id, EvidenceKind.PACKAGING, List.of(photo), o -> { }, () -> false);
        services.messages().add(new Message(0, id, LocalDateTime.parse("2026-11-10T12:00"), Author.SELLER, null,
                Channel.ORDER_CHAT, "已发货", false, "It has been shipped"), List.of());
        return id;
    }

    public static CaseFactsInput withSeller(CaseFactsInput in, String seller) {
        return new CaseFactsInput(in.platform(), in.orderNumber(), seller, in.item(), in.listingUrl(), in.orderedOn(),
                in.paid(), in.payment(), in.country(), in.trackingNumber(), in.carrier(), in.expectedDelivery(),
                in.protectionEnds(), in.claim(), in.resolution(), in.refundAsked());
    }
}
