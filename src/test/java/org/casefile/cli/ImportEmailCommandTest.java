package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casefile.TestCases;
import org.casefile.email.EmailHalfSaves;
import org.casefile.email.Emails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-email}: "case ID" when it opened one, then the lines of import; the packet shows the email's words. */
class ImportEmailCommandTest {
    @TempDir Path library;
    @TempDir Path inbox;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all, new PrintWriter(out), new PrintWriter(err), TestCases.CLOCK);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void anOrderEmailOpensACaseAndTheSellersReplyJoinsItAndThePacketShowsBoth() throws Exception {
        Path order = Emails.write(inbox, "order.eml", Emails.aliExpressConfirmation("8123456789012"));
        Path reply = Emails.write(inbox, "reply.eml", Emails.sellerReplyWithPhoto("8123456789012",
                Emails.resource("phone-photo.jpg")));
        Path noise = Emails.write(inbox, "noise.eml", "not an email\n");

        Result first = run("import-email", order.toString(), reply.toString(), noise.toString());
        assertThat(first.out().lines()).containsExactly("case 1", "imported 1 " + order, "imported 2 " + reply,
                "imported 3 warehouse.jpg", first.out().lines().toList().get(4));
        assertThat(first.out().lines().toList().get(4)).startsWith("rejected " + noise + ": It is not an email");
        assertThat(first.code()).isEqualTo(Cli.SOME_REJECTED);

        Result again = run("import-email", order.toString(), "--case", "1");
        assertThat(again.out().lines()).containsExactly("duplicate 1 " + order);
        assertThat(again.code()).isZero();
        assertThat(run("list", "--json").out()).contains("8123456789012", "2TB portable SSD, black");
        assertThat(run("show", "1", "--json").out()).containsPattern("\"kind\" ?: ?\"receipt\"")
                .containsPattern("\"mediaType\" ?: ?\"message/rfc822\"").containsPattern("\"author\" ?: ?\"seller\"");

        Path packet = inbox.resolve("packet.pdf");
        Result export = run("export", "1", "--profile", "platform", "--out", packet.toString());
        assertThat(export.code()).as(export.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(packet.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Emails", "From: AliExpress <transaction@notice.aliexpress.com>",
                    "To: Sam Buyer <sam@example.org>", "Subject: Order confirmed: your order 8123456789012",
                    "Order total: £89.99", "我们会全额退款").doesNotContain("Content-Type", "quoted-printable",
                    "alert(1)");
        }
    }

    @Test
    void importPointsAnEmailToImportEmail() throws Exception {
        run("new-case", "--platform", "ebay", "--order", "12-34567-89012", "--item", "Lamp", "--claim", "damaged",
                "--paid", "20 GBP", "--ordered", "2026-10-01");
        Path order = Emails.write(inbox, "order.eml", Emails.aliExpressConfirmation("8123456789012"));
        Result result = run("import", "1", "--kind", "receipt", order.toString());
        assertThat(result.code()).isEqualTo(Cli.SOME_REJECTED);
        assertThat(result.out()).contains("rejected " + order + ": It is an email: file it with import-email");
    }

    @Test
    void anEmailWhoseLaterAttachmentCannotBeStoredLeavesNothingAndCanBeImportedAgain() throws Exception {
        run("new-case", "--platform", "aliexpress", "--order", "8123456789012", "--item", "SSD", "--claim",
                "damaged", "--paid", "89.99 GBP", "--ordered", "2026-10-01");
        Path reply = EmailHalfSaves.replyWithTwoPhotos(inbox, "8123456789012");
        byte[] original = java.nio.file.Files.readAllBytes(reply);
        Path caseFolder;
        try (java.util.stream.Stream<Path> folders = java.nio.file.Files.list(library.resolve("cases"))) {
            caseFolder = folders.findFirst().orElseThrow();
        }
        Path blocker = EmailHalfSaves.blockPackaging(caseFolder);

        Result failed = run("import-email", reply.toString());
        assertThat(failed.code()).isEqualTo(Cli.SOME_REJECTED);
        assertThat(failed.out().lines()).containsExactly("rejected " + reply + ": Its attachment box.jpg could not "
                + "be stored (" + failed.out().split("could not be stored \\(", 2)[1].split("\\), so", 2)[0]
                + "), so none of the email was kept. Try again.");
        EmailHalfSaves.assertNothingKept(library, blocker);
        assertThat(reply).hasBinaryContent(original);

        java.nio.file.Files.delete(blocker);
        Result again = run("import-email", reply.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out().lines()).containsExactly("imported 1 " + reply, "imported 2 damage.jpg",
                "imported 3 box.jpg");
    }

    @Test
    void anEmailAboutNoCaseNeedsTheCase() {
        Result result = run("import-email", "--case", "7", inbox.resolve("x.eml").toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("no case 7");
    }
}
