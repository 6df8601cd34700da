package org.casefile.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.casefile.evidence.RejectedFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Emails built to hurt: each is read within limits, its bad part named, or refused with the reason. */
@Timeout(60)
class HostileEmailTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final String HEAD = "From: seller@example.org\r\nTo: sam@example.org\r\n"
            + "Date: Mon, 12 Oct 2026 14:30:00 +0000\r\nSubject: about your order\r\nMIME-Version: 1.0\r\n";

    @TempDir Path dir;

    private EmailRead read(String name, String email) throws Exception {
        Path out = Files.createDirectories(dir.resolve("attachments-" + name));
        return EmailFiles.read(Emails.write(dir, name, email), out, UTC);
    }

    @Test
    void anUnterminatedBoundaryKeepsWhatCameBeforeIt() throws Exception {
        EmailRead read = read("cut.eml", HEAD + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nThe refund is on its way.\r\n"
                + "--b\r\nContent-Type: application/pdf; name=\"invoice.pdf\"\r\nContent-Transfer-Encoding: base64\r\n"
                + "\r\nJVBERi0xLjQK\r\n"); // no closing boundary, the file just ends
        assertThat(read.email().text()).isEqualTo("The refund is on its way.");
        assertThat(read.attachments()).extracting(p -> p.getFileName().toString()).containsExactly("invoice.pdf");
    }

    @Test
    void tenThousandPartsAreCutAtAThousandAndSaidSo() throws Exception {
        StringBuilder email = new StringBuilder(HEAD + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n");
        for (int i = 0; i < 10_000; i++) {
            email.append("--b\r\nContent-Type: application/octet-stream; name=\"part").append(i)
                    .append(".bin\"\r\n\r\nx\r\n");
        }
        email.append("--b--\r\n");
        EmailRead read = read("many.eml", email.toString());
        assertThat(read.attachments()).hasSize(InternetMessage.MAX_ATTACHMENTS);
        assertThat(read.skipped()).as(read.skipped().toString()).hasSize(2)
                .anyMatch(s -> s.contains("more than 100 attachments"))
                .anyMatch(s -> s.contains("after the first 1,000"));
        assertThat(read.email().subject()).isEqualTo("about your order");
    }

    @Test
    void aHundredMegabyteHeaderLineIsRefusedWithoutReadingItIntoMemory() throws Exception {
        Path file = dir.resolve("long.eml");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write("From: seller@example.org\r\nSubject: ");
            char[] chunk = "a".repeat(1 << 20).toCharArray();
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
            out.write("\r\n\r\nbody\r\n");
        }
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertThatThrownBy(() -> EmailFiles.read(file, Files.createDirectories(dir.resolve("a")), UTC))
                .isInstanceOf(RejectedFileException.class).hasMessageContaining("longer than 100,000 characters");
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertThat(after - before).as("memory grew by").isLessThan(60_000_000L);
    }

    @Test
    void aPartThatCannotBeDecodedIsSkippedAndNamedTheRestKept() throws Exception {
        EmailRead read = read("odd.eml", HEAD + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain; charset=no-such-charset\r\nContent-Transfer-Encoding: "
                + "quoted-printable\r\n\r\nCaf=C3=A9 =\r\nrefund\r\n"
                + "--b\r\nContent-Type: image/jpeg; name=\"empty.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + "\r\n--b\r\nContent-Type: image/png; name=\"../../evil.png\"\r\n\r\nPNG\r\n--b--\r\n");
        assertThat(read.email().text()).startsWith("Caf").endsWith("refund");
        assertThat(read.skipped()).contains("empty.jpg (it is empty)");
        // The window names the skipped part in its own language: the file's name kept, the reason translated.
        int empty = read.skipped().indexOf("empty.jpg (it is empty)");
        assertThat(org.casefile.domain.text.RuleText.in(org.casefile.domain.text.Language.GERMAN)
                .get(read.skippedPhrases().get(empty))).isEqualTo("empty.jpg (leer)");
        assertThat(read.attachments()).hasSize(1);
        assertThat(read.attachments().get(0).getFileName()).hasToString("evil.png");
        assertThat(read.attachments().get(0).normalize()).startsWith(dir);
    }

    @Test
    void encodedWordsQuotedPrintableAndAHtmlOnlyBody() throws Exception {
        EmailRead read = read("html.eml", "From: =?ISO-8859-1?Q?Jos=E9_Garc=EDa?= <jose@example.es>\r\n"
                + "Subject: =?UTF-8?B?5oKo55qE6K6i5Y2V?= =?UTF-8?Q?_ha_sido_enviado?=\r\n"
                + "Date: 5 Oct 2026 08:00:00 GMT\r\nContent-Type: text/html; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "<p>Hola &amp; gracias</p><style>p{}</style><div>Env=C3=ADo&nbsp;hoy</div>\r\n");
        assertThat(read.email().from()).isEqualTo("José García <jose@example.es>");
        assertThat(read.email().subject()).isEqualTo("您的订单 ha sido enviado");
        assertThat(read.email().text()).isEqualTo("Hola & gracias\nEnvío hoy");
        assertThat(read.email().sentAt()).hasToString("2026-10-05T08:00");
    }
}
