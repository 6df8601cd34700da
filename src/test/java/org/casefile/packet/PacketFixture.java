package org.casefile.packet;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.casefile.TestCases;
import org.casefile.app.Services;
import org.casefile.domain.Author;
import org.casefile.domain.Case;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.Channel;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;

/** A realistic "not as described" case with real pictures, made with ImageIO, in a real library. */
public final class PacketFixture {
    public static final String CHINESE = "亲，您好！我们会尽快给您处理，请耐心等待。";

    private final Services services;
    private final Path desktop;
    public final Case theCase;

    public PacketFixture(Services services, Path desktop, String order) {
        this.services = services;
        this.desktop = desktop;
        this.theCase = services.cases().create(TestCases.ssd(order));
    }

    public long id() {
        return theCase.id();
    }

    /** A photo-like JPEG: gradients, shapes and grain, so it compresses like a photo rather than a flat colour. */
    public Path photo(String name, int width, int height, long seed) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), width, height,
                new Color(random.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillOval(random.nextInt(width), random.nextInt(height), width / 6, height / 6);
        }
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 8));
        g.drawString("512GB", width / 4, height / 2);
        g.dispose();
        for (int y = 0; y < height; y += 2) {
            for (int x = 0; x < width; x += 2) {
                int rgb = image.getRGB(x, y);
                int grain = random.nextInt(24) - 12;
                int r = clamp(((rgb >> 16) & 0xFF) + grain);
                int gg = clamp(((rgb >> 8) & 0xFF) + grain);
                int b = clamp((rgb & 0xFF) + grain);
                image.setRGB(x, y, (r << 16) | (gg << 8) | b);
            }
        }
        Path file = desktop.resolve(name);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** A listing screenshot as a PNG. */
    public Path screenshot(String name) throws IOException {
        BufferedImage image = new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 800);
        g.setColor(Color.DARK_GRAY);
        g.fillRoundRect(200, 150, 400, 400, 40, 40);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 90));
        g.drawString("2TB", 300, 380);
        g.dispose();
        Path file = desktop.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** The phone photo fixture: EXIF orientation 6 (turned a quarter) and GPS coordinates. */
    public Path phonePhoto() throws IOException {
        Path file = desktop.resolve("IMG_0042.jpg");
        try (var in = PacketFixture.class.getResourceAsStream("/evidence/phone-photo.jpg")) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    public Evidence add(EvidenceKind kind, Path file) {
        var outcomes = services.evidence().importFiles(id(), kind, List.of(file), o -> { }, () -> false);
        long evidenceId = outcomes.get(0).evidenceId();
        return services.evidence().evidence(id()).stream().filter(e -> e.id() == evidenceId).findFirst()
                .orElseThrow(() -> new AssertionError("not imported: " + outcomes));
    }

    /** Listing, a pair, a phone photo, a discrepancy, the seller asked first in English and answering in Chinese. */
    public PacketFixture typical() throws IOException {
        Evidence listing = add(EvidenceKind.LISTING, screenshot("listing.png"));
        Evidence received = add(EvidenceKind.RECEIVED, photo("received.jpg", 1200, 900, 1));
        Evidence phone = add(EvidenceKind.RECEIVED, phonePhoto());
        add(EvidenceKind.LABEL, photo("label.jpg", 900, 1200, 2));
        services.claims().addPair(id(), listing.id(), received.id(), "Capacity: 2TB advertised, 512GB arrived");
        services.claims().addPair(id(), listing.id(), phone.id(), null);
        services.claims().addDiscrepancy(id(), "Capacity", "2TB", "512GB");
        services.cases().changeStatus(id(), CaseStatus.SELLER_CONTACTED, null,
                LocalDateTime.parse("2026-10-22T09:00"), "Asked in the order chat");
        services.messages().add(id(), Author.BUYER, null, Channel.ORDER_CHAT, LocalDateTime.parse("2026-10-22T09:00"),
                "The SSD is 512GB, not 2TB as listed. Please refund me \uD83D\uDE21\uD83D\uDC4D\uD83C\uDFFD",
                false, List.of(received.id()));
        services.messages().add(id(), Author.SELLER, "云达数码", Channel.ORDER_CHAT,
                LocalDateTime.parse("2026-10-22T18:30"), CHINESE + " \uD83D\uDE4F", true);
        return this;
    }
}
