package org.casefile.email;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Emails made in the tests, as mail programs save them. */
public final class Emails {
    private Emails() {
    }

    /** "=?UTF-8?B?...?=": how a subject in Chinese (or with any non-ASCII letter) travels in a header. */
    public static String encodedWord(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    /** An AliExpress order confirmation: multipart/alternative, quoted-printable text and HTML. */
    public static String aliExpressConfirmation(String orderNumber) {
        return "From: AliExpress <transaction@notice.aliexpress.com>\r\n"
                + "To: Sam Buyer <sam@example.org>\r\n"
                + "Date: Thu, 1 Oct 2026 09:15:00 +0000\r\n"
                + "Subject: " + encodedWord("Order confirmed:") + " your order " + orderNumber + "\r\n"
                + "Message-ID: <confirm-" + orderNumber + "@aliexpress.com>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=\"alt-1\"\r\n\r\n"
                + "--alt-1\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "Thank you for your order!\r\n"
                + "Order number: " + orderNumber + "\r\n"
                + "Store: Yunda Digital Store\r\n"
                + "Item: 2TB portable SSD, black =E2=80=93 USB-C\r\n"
                + "Order total: =C2=A389.99\r\n"
                + "Order date: 2026-09-30\r\n"
                + "--alt-1\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<html><body><p>Thank you for your order!</p><script>alert(1)</script></body></html>\r\n"
                + "--alt-1--\r\n";
    }

    /** A seller's email in Chinese naming the order, with a photo attached in base64. */
    public static String sellerReplyWithPhoto(String orderNumber, byte[] photo) {
        return sellerReplyWithPhotos(orderNumber, java.util.Map.of("warehouse.jpg", photo));
    }

    /** {@link #sellerReplyWithPhoto} with these photos attached, by file name, in the map's order. */
    public static String sellerReplyWithPhotos(String orderNumber, java.util.Map<String, byte[]> photos) {
        StringBuilder attached = new StringBuilder();
        photos.forEach((name, photo) -> attached.append("--mix\r\n")
                .append("Content-Type: image/jpeg; name=\"").append(name).append("\"\r\n")
                .append("Content-Disposition: attachment; filename=\"").append(name).append("\"\r\n")
                .append("Content-Transfer-Encoding: base64\r\n\r\n")
                .append(Base64.getMimeEncoder().encodeToString(photo)).append("\r\n"));
        return "From: =?UTF-8?B?" + Base64.getEncoder().encodeToString("云达数码".getBytes(StandardCharsets.UTF_8))
                + "?= <yunda.store@163.com>\r\n"
                + "To: sam@example.org\r\n"
                + "Date: Mon, 12 Oct 2026 14:30:00 +0800\r\n"
                + "Subject: " + encodedWord("关于订单 " + orderNumber + " 的退款") + "\r\n"
                + "Message-ID: <reply-1@163.com>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"mix\"\r\n\r\n"
                + "--mix\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(("我们会全额退款。Order " + orderNumber
                        + ": we will refund in full.").getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + attached
                + "--mix--\r\n";
    }

    public static Path write(Path folder, String name, String email) throws IOException {
        return Files.writeString(folder.resolve(name), email, StandardCharsets.UTF_8);
    }

    public static byte[] resource(String name) throws IOException {
        try (InputStream in = Emails.class.getResourceAsStream("/evidence/" + name)) {
            return in.readAllBytes();
        }
    }

    /**
     * An Outlook .msg made with POI's OLE2 writer: the MAPI property streams Outlook writes for subject, sender,
     * recipients and text (UTF-16LE, type 001F), and one attachment.
     */
    public static Path outlookMessage(Path folder, String subject, String from, String body, String attachmentName,
                                      byte[] attachment) throws IOException {
        Path file = folder.resolve("reply.msg");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            DirectoryEntry root = fs.getRoot();
            unicode(root, "0037", subject);
            unicode(root, "0C1A", from);
            unicode(root, "0E04", "Sam Buyer");
            unicode(root, "1000", body);
            unicode(root, "001A", "IPM.Note");
            DirectoryEntry part = root.createDirectory("__attach_version1.0_#00000000");
            unicode(part, "3707", attachmentName);
            part.createDocument("__substg1.0_37010102", new java.io.ByteArrayInputStream(attachment));
            try (var out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    private static void unicode(DirectoryEntry folder, String property, String value) throws IOException {
        folder.createDocument("__substg1.0_" + property + "001F",
                new java.io.ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_16LE)));
    }
}
