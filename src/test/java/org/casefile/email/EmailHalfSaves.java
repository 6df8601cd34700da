package org.casefile.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An email whose second attachment cannot be stored, for real: the folder its kind goes to is taken by a file (a
 * read-only folder would not stop the root user tests may run as). What such a failed save may leave: nothing.
 */
public final class EmailHalfSaves {
    private EmailHalfSaves() {
    }

    /** A seller's reply naming {@code order}, with damage.jpg (filed under damage/) then box.jpg (packaging/). */
    public static Path replyWithTwoPhotos(Path inbox, String order) throws IOException {
        Map<String, byte[]> photos = new LinkedHashMap<>();
        photos.put("damage.jpg", Emails.resource("phone-photo.jpg"));
        photos.put("box.jpg", Emails.resource("cmyk.jpg"));
        return Emails.write(inbox, "reply.eml", Emails.sellerReplyWithPhotos(order, photos));
    }

    /** Makes box.jpg unstorable: a file stands where the case's packaging/ folder would be made. */
    public static Path blockPackaging(Path caseFolder) throws IOException {
        return Files.writeString(caseFolder.resolve("packaging"), "in the way");
    }

    /** No evidence, email, message or attachment row, no file in the case folders but {@code left}, none in tmp/. */
    public static void assertNothingKept(Path library, Path... left) throws IOException, SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library.resolve("casefile.db"));
             Statement s = c.createStatement()) {
            for (String table : List.of("evidence", "emails", "messages", "message_attachments")) {
                try (ResultSet rows = s.executeQuery("SELECT count(*) FROM " + table)) {
                    assertThat(rows.getInt(1)).as(table + " rows").isZero();
                }
            }
        }
        try (Stream<Path> files = Files.walk(library.resolve("cases"))) {
            assertThat(files.filter(Files::isRegularFile)).as("files in the case folders")
                    .containsExactlyInAnyOrder(left);
        }
        try (Stream<Path> files = Files.walk(library.resolve("tmp"))) {
            assertThat(files.filter(Files::isRegularFile)).as("files left in tmp/").isEmpty();
        }
    }
}
