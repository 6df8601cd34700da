package org.casefile.store;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.imageio.ImageIO;

/**
 * Writes the fixture libraries under {@code src/test/resources/libraries/vN}: what a build whose newest schema was N
 * left on disk — casefile.db made by applying only migrations 001..N, with the rows such a build wrote, and the
 * evidence files in {@code cases/}. {@code OlderLibrariesTest} opens each with the current build.
 *
 * <p>The fixtures are committed, so they stay what the old build made even if this class changes. Regenerate only to
 * add the fixture of a newly released schema (add its version to {@link #VERSIONS} and its new tables below):
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     org.casefile.store.FixtureLibraries src/test/resources/libraries
 * </pre>
 * It refuses to overwrite an existing fixture folder.
 * Raw SQL on purpose: today's repositories write today's columns, which an old schema does not have.
 */
public final class FixtureLibraries {
    /** Every released schema older than the current one. */
    static final int[] VERSIONS = {1, 2, 3};
    static final String FOLDER = "cases/2026-10-01 AliExpress 8123456789012";
    static final String LISTING = FOLDER + "/listing/Listing screenshot.png";
    static final String RECEIVED = FOLDER + "/received/IMG_0042.jpg";
    static final String TRACKING = "cases/2026-10-12 eBay 12-34567-89012/tracking/Tracking.png";
    static final String DESCRIPTION = "The listing promised a 2TB drive; the drive that arrived reports 512GB.";

    private FixtureLibraries() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/libraries");
        for (int version : VERSIONS) {
            Path dir = root.resolve("v" + version);
            if (Files.exists(dir)) {
                throw new IllegalStateException(dir + " exists: a released fixture is never remade. Delete it "
                        + "by hand only if it was never committed.");
            }
            write(dir, version);
            System.out.println("wrote " + dir);
        }
    }

    /** One library at schema {@code version}: two cases, evidence files, messages, an offer, a pair, a discrepancy. */
    public static void write(Path dir, int version) throws IOException, SQLException {
        Files.createDirectories(dir.resolve(FOLDER).resolve("listing"));
        Files.createDirectories(dir.resolve(FOLDER).resolve("received"));
        Files.createDirectories(dir.resolve(TRACKING).getParent());
        byte[] listing = picture("2TB", new Color(0x1f6feb), "png");
        byte[] received = picture("512GB", new Color(0x8b949e), "jpeg");
        Files.write(dir.resolve(LISTING), listing);
        Files.write(dir.resolve(RECEIVED), received);
        byte[] tracking = picture("Oct 14", new Color(0xd29922), "png");
        Files.write(dir.resolve(TRACKING), tracking);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("casefile.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA foreign_keys = ON");
            for (int v = 1; v <= version; v++) {
                for (String sql : Migrations.statements(v)) {
                    s.executeUpdate(sql);
                }
            }
            s.executeUpdate("PRAGMA user_version = " + version);
            s.executeUpdate("INSERT INTO cases (id, platform, order_number, seller, item, listing_url, ordered_on, "
                    + "paid_amount, paid_currency, payment, country, tracking_number, carrier, expected_delivery, "
                    + "protection_ends, claim, resolution, status, folder, created_at, updated_at) VALUES (1, "
                    + "'aliexpress', '8123456789012', 'Yunda Digital Store', '2TB portable SSD, USB-C', "
                    + "'https://www.aliexpress.com/item/1005006123456789.html', '2026-10-01', '89.99', 'GBP', "
                    + "'credit-card', 'GB', 'LP00612345678901CN', 'Cainiao', '2026-10-20', '2026-12-10', "
                    + "'not-as-described', 'full-refund', 'dispute-opened', '" + FOLDER + "', "
                    + "'2026-10-21T18:35:00', '2026-10-25T20:15:00')");
            s.executeUpdate("INSERT INTO cases (id, platform, order_number, item, ordered_on, paid_amount, "
                    + "paid_currency, payment, claim, status, folder, created_at, updated_at) VALUES (2, 'ebay', "
                    + "'12-34567-89012', 'Bluetooth speaker, 20 W', '2026-10-12', '45.50', 'GBP', 'paypal', "
                    + "'not-received', 'seller-contacted', 'cases/2026-10-12 eBay 12-34567-89012', "
                    + "'2026-11-02T09:00:00', '2026-11-02T09:10:00')");
            if (version >= 2) {
                try (PreparedStatement p = c.prepareStatement("UPDATE cases SET description = ? WHERE id = 1")) {
                    p.setString(1, DESCRIPTION);
                    p.executeUpdate();
                }
            }
            s.executeUpdate("INSERT INTO status_changes (case_id, at, status, note) VALUES "
                    + "(1, '2026-10-21T18:35:00', 'new', 'Case opened in Casefile'), "
                    + "(1, '2026-10-21T19:05:00', 'seller-contacted', 'Asked the seller through the order chat'), "
                    + "(1, '2026-10-25T20:15:00', 'dispute-opened', 'Opened a not-as-described dispute'), "
                    + "(2, '2026-11-02T09:00:00', 'new', NULL), (2, '2026-11-02T09:10:00', 'seller-contacted', NULL)");
            evidence(c, 1, 1, "listing", LISTING, "Listing screenshot.png", "The listing as ordered: 2TB", listing,
                    "image/png", null);
            evidence(c, 2, 1, "received", RECEIVED, "IMG_0042.jpg", "The drive that arrived says 512GB", received,
                    "image/jpeg", "2026-10-20T18:01:00");
            evidence(c, 3, 2, "tracking", TRACKING, "Tracking.png", "No scan since 14 October", tracking,
                    "image/png", null);
            s.executeUpdate("INSERT INTO pairs (case_id, listing_id, received_id, caption, position) VALUES "
                    + "(1, 1, 2, 'Listed as 2TB; the drive that arrived is labelled 512GB', 1)");
            s.executeUpdate("INSERT INTO discrepancies (case_id, attribute, advertised, received, position) VALUES "
                    + "(1, 'Capacity', '2TB', '512GB', 1)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO messages (id, case_id, at, author, author_name, "
                    + "channel, text, promise) VALUES (?, ?, ?, ?, ?, 'order-chat', ?, ?)")) {
                message(p, 1, 1, "2026-10-21T18:45:00", "buyer", null, "Hello, the SSD arrived but my computer "
                        + "shows 512GB, not 2TB as in the listing. Photos attached. Please refund.", false);
                message(p, 2, 1, "2026-10-22T03:05:00", "seller", "Yunda Digital Store", "亲，您好！Please format "
                        + "the disk with our tool, then it will show 2TB. We will refund if it does not.", true);
                message(p, 3, 2, "2026-11-02T09:10:00", "buyer", null, "The tracking has not moved for three "
                        + "weeks. Where is my speaker?", false);
            }
            s.executeUpdate("INSERT INTO message_attachments (message_id, evidence_id) VALUES (1, 2)");
            s.executeUpdate("INSERT INTO offers (case_id, at, amount, currency, decision, reason) VALUES "
                    + "(1, '2026-10-24T08:00:00', '10.00', 'GBP', 'rejected', 'The drive is not what I ordered')");
        }
    }

    private static void message(PreparedStatement p, long id, long caseId, String at, String author, String name,
                                String text, boolean promise) throws SQLException {
        p.setLong(1, id);
        p.setLong(2, caseId);
        p.setString(3, at);
        p.setString(4, author);
        p.setString(5, name);
        p.setString(6, text);
        p.setInt(7, promise ? 1 : 0);
        p.executeUpdate();
    }

    private static void evidence(Connection c, long id, long caseId, String kind, String path, String original, String caption,
                                 byte[] bytes, String mediaType, String capturedAt) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO evidence (id, case_id, kind, path, original_name, "
                + "caption, sha256, size, media_type, width, height, captured_at, orientation, has_gps, imported_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 320, 240, ?, ?, 0, '2026-10-21T18:40:00')")) {
            p.setLong(1, id);
            p.setLong(2, caseId);
            p.setString(3, kind);
            p.setString(4, path);
            p.setString(5, original);
            p.setString(6, caption);
            p.setString(7, sha256(bytes));
            p.setLong(8, bytes.length);
            p.setString(9, mediaType);
            p.setString(10, capturedAt);
            if (capturedAt == null) {
                p.setNull(11, java.sql.Types.INTEGER);
            } else {
                p.setInt(11, 1);
            }
            p.executeUpdate();
        }
    }

    /** A small drawn picture: a drive with its capacity written on it. */
    private static byte[] picture(String capacity, Color body, String format) throws IOException {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 240);
        g.setColor(body);
        g.fillRoundRect(60, 50, 200, 140, 24, 24);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString(capacity, 95, 135);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
