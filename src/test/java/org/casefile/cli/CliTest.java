package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.casefile.TestCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path library;

    record Result(int code, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    private Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), TestCases.CLOCK);
        return new Result(code, out.toString(), err.toString());
    }

    private Result newSsdCase(String order) {
        return run("new-case", "--platform", "aliexpress", "--order", order, "--item", "2TB portable SSD",
                "--claim", "not-as-described", "--paid", "89.99 GBP", "--ordered", "2026-10-01",
                "--protection-ends", "2026-12-10", "--payment", "credit-card", "--seller", "Yunda Digital Store",
                "--country", "GB", "--tracking", "LP001CN", "--carrier", "Cainiao", "--expected-delivery",
                "2026-10-20", "--listing-url", "https://www.aliexpress.com/item/1.html");
    }

    @Test
    void versionAndHelp() {
        Result version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("Casefile ");
        Result help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("new-case", "list", "show", "sample", "Exit codes");
        for (Class<?> command : CasefileCommand.COMMANDS) { // a run adds only its own command; help adds them all
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            assertThat(help.out()).as("help lists %s", name).containsPattern("(?m)^  " + name + " ");
        }
        Result commandHelp = run("new-case", "--help"); // what "No cases yet" tells a new user to run
        assertThat(commandHelp.code()).isZero();
        assertThat(commandHelp.out()).startsWith("Usage: casefile new-case").contains("--paid=\"AMOUNT CUR\"");
        assertThat(run("import", "-h").out()).startsWith("Usage: casefile import");
        Result typo = run("imprt");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("Did you mean", "casefile import");
    }

    @Test
    void newCasePrintsTheIdAndListShowsIt() throws Exception {
        Result created = newSsdCase("8123456789012");
        assertThat(created.code()).isZero();
        assertThat(created.out().strip()).isEqualTo("1");
        assertThat(created.err()).isEmpty();

        JsonNode list = run("list", "--json").json();
        assertThat(list).hasSize(1);
        JsonNode row = list.get(0);
        assertThat(row.get("id").asLong()).isEqualTo(1);
        assertThat(row.get("platform").asText()).isEqualTo("aliexpress");
        assertThat(row.get("orderNumber").asText()).isEqualTo("8123456789012");
        assertThat(row.get("item").asText()).isEqualTo("2TB portable SSD");
        assertThat(row.get("claim").asText()).isEqualTo("not-as-described");
        assertThat(row.get("status").asText()).isEqualTo("new");
        assertThat(row.get("nextDeadline").asText()).isEqualTo("2026-11-26");

        Result table = run("list");
        assertThat(table.out()).contains("8123456789012", "AliExpress", "2TB portable SSD", "2026-11-26");
    }

    @Test
    void showJsonHasTheContractsFields() throws Exception {
        newSsdCase("8123456789012");
        run("status", "1", "seller-contacted", "--at", "2026-11-20 10:00", "--note", "Asked in chat");
        JsonNode c = run("show", "1", "--json").json();
        assertThat(c.get("id").asLong()).isEqualTo(1);
        assertThat(c.get("seller").asText()).isEqualTo("Yunda Digital Store");
        assertThat(c.get("status").asText()).isEqualTo("seller-contacted");
        assertThat(c.get("paid").get("amount").asText()).isEqualTo("89.99");
        assertThat(c.get("paid").get("currency").asText()).isEqualTo("GBP");
        assertThat(c.get("payment").asText()).isEqualTo("credit-card");
        assertThat(c.get("folder").asText()).isEqualTo("cases/2026-10-01 AliExpress 8123456789012");
        for (String array : List.of("evidence", "pairs", "discrepancies", "messages", "timeline", "routes",
                "deadlines")) {
            assertThat(c.get(array).isArray()).as(array).isTrue();
        }
        assertThat(c.get("timeline").get(0).get("at").asText()).isEqualTo("2026-11-20T10:00:00");
        assertThat(c.get("timeline").get(0).get("type").asText()).isEqualTo("status");
        assertThat(c.get("routes").get(0).get("route").asText()).isEqualTo("platform");
        assertThat(c.get("routes").get(0).get("eligible").asBoolean()).isTrue();
        assertThat(c.get("deadlines").findValuesAsText("kind")).contains("open-dispute-by", "buyer-protection-ends",
                "seller-wait-ends", "chargeback-window");

        Result text = run("show", "1");
        assertThat(text.out()).contains("Case 1: 2TB portable SSD", "Seller contacted: Asked in chat",
                "Section 75");
    }

    @Test
    void userErrorsExitOneWithPlainWordsAndSaveNothing() throws Exception {
        Result bad = run("new-case", "--platform", "amazon", "--order", "205-1", "--item", "Lamp", "--claim",
                "damaged", "--paid", "-5 GBP", "--ordered", "2026-10-01", "--protection-ends", "2026-09-01");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).contains("The case was not saved", "--paid: The amount cannot be negative",
                "--protection-ends: Buyer protection cannot end");
        assertThat(run("list", "--json").json()).isEmpty();

        newSsdCase("1");
        Result duplicate = newSsdCase("1");
        assertThat(duplicate.code()).isEqualTo(1);
        assertThat(duplicate.err()).contains("There is already a case for AliExpress order 1 (case 1).");

        Result missing = run("show", "42");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("There is no case 42 in this library.");

        Result status = run("status", "1", "lost");
        assertThat(status.code()).isEqualTo(1);
        assertThat(status.err()).contains("'lost' is not a status");
    }

    @Test
    void discrepanciesAreRecordedAndShown() throws Exception {
        newSsdCase("8123456789012");
        Result first = run("discrepancy", "1", "--attribute", "Capacity", "--advertised", "2TB", "--received",
                "512GB");
        assertThat(first.code()).isZero();
        assertThat(first.out().strip()).isEqualTo("1");
        run("discrepancy", "1", "--attribute", "Colour", "--advertised", "black", "--received", "silver");
        JsonNode shown = run("show", "1", "--json").json();
        assertThat(shown.get("discrepancies")).hasSize(2);
        assertThat(shown.get("discrepancies").get(0).get("attribute").asText()).isEqualTo("Capacity");
        assertThat(shown.get("discrepancies").get(1).get("received").asText()).isEqualTo("silver");
        // Protection ends in 14 days: no time to wait for the seller first.
        assertThat(shown.get("nextStep").get("action").asText()).startsWith("Open the dispute on AliExpress now");
        assertThat(shown.get("nextStep").get("by").asText()).isEqualTo("2026-12-10");
        assertThat(shown.get("nextStep").get("source").asText()).contains("dispute guide");
        assertThat(shown.get("deadlines").get(0).get("state").asText()).isEqualTo("due-soon");
        assertThat(shown.get("deadlines").get(0).get("source").asText()).contains("2026-12-10");

        Result blank = run("discrepancy", "1", "--attribute", " ", "--advertised", "a", "--received", "b");
        assertThat(blank.code()).isEqualTo(1);
        assertThat(blank.err()).contains("The attribute is missing.");
        assertThat(run("discrepancy", "9", "--attribute", "a", "--advertised", "b", "--received", "c").err())
                .contains("There is no case 9");
        assertThat(run("discrepancy", "1", "--attribute", "a").code()).isEqualTo(2);
        assertThat(run("show", "1", "--json").json().get("discrepancies")).hasSize(2);
    }

    @Test
    void deadlinesListEveryOpenCaseSoonestFirstAndWriteACalendar() throws Exception {
        newSsdCase("1");
        run("new-case", "--platform", "temu", "--order", "PO-2", "--item", "Boots", "--claim", "damaged", "--paid",
                "20 EUR", "--ordered", "2026-11-01", "--payment", "paypal");
        JsonNode deadlines = run("deadlines", "--json").json();
        assertThat(deadlines).isNotEmpty();
        assertThat(deadlines.get(0).get("caseId").asLong()).isEqualTo(1);
        assertThat(deadlines.get(0).get("kind").asText()).isEqualTo("open-dispute-by");
        assertThat(deadlines.get(0).get("date").asText()).as("two weeks ahead is today: open it now, by the end")
                .isEqualTo("2026-12-10");
        assertThat(deadlines.get(0).get("state").asText()).isEqualTo("due-soon");
        assertThat(deadlines.findValuesAsText("kind")).as("said by open-dispute-by")
                .doesNotContain("buyer-protection-ends");
        assertThat(deadlines.findValuesAsText("kind")).contains("paypal-dispute-window", "chargeback-window");
        List<String> dates = deadlines.findValuesAsText("date");
        assertThat(dates).isSorted();

        Path ics = library.resolve("deadlines.ics");
        Result written = run("deadlines", "--ics", ics.toString());
        assertThat(written.code()).isZero();
        assertThat(written.err()).contains("Wrote 3 upcoming deadlines");
        assertThat(biweekly.Biweekly.parse(ics.toFile()).first().getEvents()).hasSize(3);

        Result text = run("deadlines");
        assertThat(text.out()).contains("2026-12-10  due-soon   case 1",
                "Open the dispute on order 1 now: buyer protection ends 2026-12-10");
        run("status", "1", "closed");
        run("status", "2", "closed");
        assertThat(run("deadlines", "--json").json().findValuesAsText("kind")).as("closed without a refund")
                .containsExactly("chargeback-window", "paypal-dispute-window");
        run("status", "1", "resolved", "--outcome", "full-refund");
        run("status", "2", "resolved", "--outcome", "replacement");
        assertThat(run("deadlines", "--json").json()).isEmpty();
        run("status", "1", "closed"); // closing a case that was made whole keeps how it ended
        assertThat(run("show", "1", "--json").json().get("outcome").asText()).isEqualTo("full-refund");
        assertThat(run("deadlines").err()).contains("No deadlines");
        assertThat(run("deadlines", "--ics", library.resolve("missing-folder/x.ics").toString()).code())
                .isEqualTo(1);
    }

    @Test
    void aLostDisputeKeepsThePaymentRoutesInDeadlinesTheCalendarAndTheNextStep() throws Exception {
        newSsdCase("1"); // credit card, 89.99 GBP: under Section 75's £100, so the chargeback is the route
        run("new-case", "--platform", "temu", "--order", "PO-2", "--item", "Boots", "--claim", "not-as-described",
                "--paid", "20 EUR", "--ordered", "2026-11-01", "--payment", "paypal", "--protection-ends",
                "2026-12-30");
        run("status", "1", "dispute-opened", "--at", "2026-11-20T10:00");
        run("status", "2", "dispute-opened", "--at", "2026-11-20T10:00");
        assertThat(run("status", "1", "resolved", "--outcome", "rejected").code()).isZero();
        run("status", "2", "resolved", "--outcome", "partial-refund");

        JsonNode deadlines = run("deadlines", "--json").json();
        assertThat(deadlines).hasSize(2);
        assertThat(deadlines.get(0).get("caseId").asLong()).isEqualTo(1);
        assertThat(deadlines.get(0).get("kind").asText()).isEqualTo("chargeback-window");
        assertThat(deadlines.get(0).get("date").asText()).isEqualTo("2027-02-17");
        assertThat(deadlines.get(1).get("caseId").asLong()).isEqualTo(2);
        assertThat(deadlines.get(1).get("kind").asText()).isEqualTo("paypal-dispute-window");
        assertThat(deadlines.get(1).get("date").asText()).isEqualTo("2027-04-30");

        Path ics = library.resolve("after.ics");
        assertThat(run("deadlines", "--ics", ics.toString()).err()).contains("Wrote 2 upcoming deadlines");
        var events = biweekly.Biweekly.parse(ics.toFile()).first().getEvents();
        assertThat(events).extracting(e -> e.getUid().getValue())
                .anyMatch(uid -> uid.endsWith("case-1-chargeback-window"))
                .anyMatch(uid -> uid.endsWith("case-2-paypal-dispute-window"));
        assertThat(events).extracting(e -> e.getDescription().getValue())
                .anyMatch(d -> d.startsWith("Ask your card issuer for a chargeback on order 1 by 2027-02-17."));

        JsonNode card = run("show", "1", "--json").json();
        assertThat(card.get("nextStep").get("action").asText()).isEqualTo("Ask your card issuer for a chargeback");
        assertThat(card.get("nextStep").get("by").asText()).isEqualTo("2027-02-17");
        assertThat(card.get("nextStep").get("source").asText()).contains("Visa");
        assertThat(card.get("routes").get(0).get("eligible").asBoolean()).isFalse();
        assertThat(card.get("routes").get(2).get("reason").asText()).contains("affect the buyer's account");
        assertThat(card.findValuesAsText("ruleSource")).isNotEmpty();
        JsonNode paypal = run("show", "2", "--json").json();
        assertThat(paypal.get("nextStep").get("action").asText()).isEqualTo("Open a claim with PayPal");
        assertThat(paypal.get("nextStep").get("by").asText()).isEqualTo("2027-04-30");
        assertThat(paypal.get("deadlines").findValuesAsText("kind")).contains("escalate-by");
    }

    @Test
    void statusChangesThatContradictTheDatesAreKeptButSaidOnStandardError() throws Exception {
        run("new-case", "--platform", "ebay", "--order", "9", "--item", "Drone", "--claim", "damaged", "--paid",
                "150 GBP", "--ordered", "2026-10-01", "--protection-ends", "2026-11-20", "--payment", "debit-card");
        Result late = run("status", "1", "dispute-opened");
        assertThat(late.code()).isZero();
        assertThat(late.err()).contains("Note: The dispute is recorded as opened on 2026-11-26, after buyer "
                + "protection ended on 2026-11-20");
        JsonNode shown = run("show", "1", "--json").json();
        assertThat(shown.get("status").asText()).isEqualTo("dispute-opened");
        assertThat(shown.get("routes").get(0).get("eligible").asBoolean()).as("marketplace route").isFalse();
        assertThat(shown.get("nextStep").get("action").asText()).isEqualTo("Ask your card issuer for a chargeback");
        assertThat(shown.get("flags")).hasSize(1);

        Result claim = run("status", "1", "external-claim");
        assertThat(claim.err()).contains("nothing in the case shows you contacted the seller");
        run("message", "1", "--from", "buyer", "--at", "2026-11-02T09:00", "--text", "It arrived broken.");
        assertThat(run("status", "1", "external-claim", "--note", "again").err())
                .doesNotContain("contacted the seller");
        assertThat(run("show", "1").out()).contains("Note: The dispute is recorded as opened on 2026-11-26");
    }

    @Test
    void searchPrintsWhereEachWordWasFound() throws Exception {
        newSsdCase("8123456789012");
        JsonNode hits = run("search", "portable", "yunda", "--json").json();
        assertThat(hits).hasSize(2);
        assertThat(hits.findValuesAsText("field")).containsExactlyInAnyOrder("item", "seller");
        assertThat(hits.get(0).get("caseId").asLong()).isEqualTo(1);
        assertThat(hits.findValuesAsText("snippet")).anyMatch(s -> s.contains("[portable]"));
        assertThat(run("search", "\"; DROP TABLE cases; --", "--json").json()).isEmpty();
        assertThat(run("search", "nothing-like-this").err()).contains("Nothing found");
        assertThat(run("search").code()).isEqualTo(2);
        assertThat(run("list", "--json").json()).hasSize(1);
    }

    @Test
    void messagesOffersAndChatImportFromTheCommandLine() throws Exception {
        newSsdCase("8123456789012");
        Result message = run("message", "1", "--from", "seller", "--at", "2026-10-05 14:32", "--text",
                "亲，我们会补发", "--name", "Yunda", "--promise");
        assertThat(message.code()).isZero();
        assertThat(message.out().strip()).isEqualTo("1");
        assertThat(run("message", "1", "--from", "nobody", "--at", "2026-10-05 14:32", "--text", "x").err())
                .contains("'nobody' is not a message author");
        assertThat(run("message", "1", "--from", "buyer", "--at", "yesterday", "--text", "x").code()).isEqualTo(1);

        Path chat = library.resolve("chat.txt");
        Files.writeString(chat, "\uFEFFYunda Digital Store\n05.10.2026 18:01\nWe will resend.\nTranslate\n"
                + "You\n05.10.2026 20:12\nOK\n");
        Result imported = run("import-chat", "1", chat.toString());
        assertThat(imported.code()).isZero();
        assertThat(imported.out()).contains("imported 2 messages, 0 already there");
        assertThat(imported.err()).contains("line 4 not understood (a label copied from the page): Translate");
        assertThat(run("import-chat", "1", chat.toString()).out()).contains("imported 0 messages, 2 already there");
        Files.write(library.resolve("binary.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThat(run("import-chat", "1", library.resolve("binary.txt").toString()).err())
                .contains("is not UTF-8 text");

        java.awt.image.BufferedImage shot = new java.awt.image.BufferedImage(200, 300,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(shot, "png", library.resolve("chat.png").toFile());
        run("import", "1", "--kind", "chat", library.resolve("chat.png").toString());
        Result attached = run("message", "1", "--from", "buyer", "--at", "2026-10-06 09:00", "--text", "See the "
                + "screenshot", "--attach", "1");
        assertThat(attached.code()).isZero();
        assertThat(run("message", "1", "--from", "buyer", "--at", "2026-10-06 09:00", "--text", "x", "--attach",
                "99").err()).contains("Evidence 99 is not part of case 1");

        Result offer = run("offer", "1", "--amount", "10 GBP", "--rejected", "Not enough");
        assertThat(offer.code()).isZero();
        assertThat(run("offer", "1", "--amount", "10 GBP", "--accepted", "--rejected", "x").code()).isEqualTo(2);

        JsonNode shown = run("show", "1", "--json").json();
        assertThat(shown.get("messages")).hasSize(4);
        assertThat(shown.get("messages").findValues("attachments")).anyMatch(a -> a.size() == 1
                && a.get(0).asLong() == 1);
        assertThat(shown.get("messages").get(0).get("promise").asBoolean()).isTrue();
        assertThat(shown.get("offers").get(0).get("decision").asText()).isEqualTo("rejected");
        assertThat(shown.get("offers").get(0).get("reason").asText()).isEqualTo("Not enough");
        assertThat(shown.get("timeline").findValuesAsText("type")).contains("message", "offer", "status");
        assertThat(run("search", "补发", "--json").json().get(0).get("field").asText()).isEqualTo("message");
    }

    @Test
    void anOfferTypedAsAPercentageIsThatShareOfThePricePaid() throws Exception {
        newSsdCase("8123456789012"); // paid 89.99 GBP
        assertThat(run("offer", "1", "--amount", "10%", "--rejected", "Not enough").code()).isZero();
        JsonNode offer = run("show", "1", "--json").json().get("offers").get(0);
        assertThat(offer.get("amount").get("amount").asText()).isEqualTo("9.00");
        assertThat(offer.get("amount").get("currency").asText()).isEqualTo("GBP");

        Result tooMuch = run("offer", "1", "--amount", "150%");
        assertThat(tooMuch.code()).isEqualTo(1);
        assertThat(tooMuch.err()).contains("150% is not a share of the price paid");
    }

    /** HEIC and video through the real command line, with the helper programs found on this machine. */
    @Test
    void importTakesAHeicAndAVideoWhereTheirToolsExist() throws Exception {
        org.casefile.evidence.MediaTools tools = org.casefile.evidence.MediaTools.find();
        org.junit.jupiter.api.Assumptions.assumeTrue(tools.heifConvert() != null && tools.ffprobe() != null
                && tools.ffmpeg() != null, "needs heif-convert (libheif-examples) and ffmpeg");
        newSsdCase("8123456789012");
        Path heic = library.resolve("IMG_4031.HEIC");
        Path video = library.resolve("unboxing.mp4");
        Files.copy(getClass().getResourceAsStream("/evidence/iphone.heic"), heic);
        Files.copy(getClass().getResourceAsStream("/evidence/clip.mp4"), video);

        Result result = run("import", "1", "--kind", "received", heic.toString(), video.toString());
        assertThat(result.out().lines().toList()).containsExactly("imported 1 " + heic, "imported 2 " + video);
        JsonNode evidence = run("show", "1", "--json").json().get("evidence");
        JsonNode photo = evidence.findParents("id").stream().filter(e -> e.get("id").asInt() == 1).findFirst()
                .orElseThrow();
        assertThat(photo.get("mediaType").asText()).isEqualTo("image/heic");
        assertThat(photo.get("path").asText()).endsWith("/received/IMG_4031.heic");
        assertThat(photo.get("capturedAt").asText()).isEqualTo("2026-10-18T17:42:05");
        assertThat(photo.get("hasGps").asBoolean()).isTrue();
        JsonNode clip = evidence.findParents("id").stream().filter(e -> e.get("id").asInt() == 2).findFirst()
                .orElseThrow();
        assertThat(clip.get("durationSeconds").asDouble()).isEqualTo(1.5);
        assertThat(clip.get("width").asInt()).isEqualTo(160);
        assertThat(run("verify", "1").code()).as("the display copies live outside cases/").isZero();
    }

    @Test
    void importTakesTheFilesInAFolder() throws Exception {
        newSsdCase("8123456789012");
        Path folder = Files.createDirectories(library.resolveSibling("from the phone"));
        for (String name : List.of("IMG_0001.jpg", "IMG_0002.jpg")) {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(300, 200 + name.hashCode() % 7,
                    java.awt.image.BufferedImage.TYPE_INT_RGB), "jpeg", folder.resolve(name).toFile());
        }
        Files.writeString(folder.resolve(".hidden.jpg"), "not shown by a file manager");
        Path empty = Files.createDirectories(library.resolveSibling("empty"));

        Result result = run("import", "1", "--kind", "damage", folder.toString(), empty.toString());

        assertThat(result.code()).as("the empty folder is refused").isEqualTo(3);
        assertThat(result.out().lines().toList()).containsExactly("imported 1 " + folder.resolve("IMG_0001.jpg"),
                "imported 2 " + folder.resolve("IMG_0002.jpg"),
                "rejected " + empty + ": It is a folder with no files in it to import.");
        assertThat(run("show", "1", "--json").json().get("evidence")).extracting(e -> e.get("kind").asText())
                .containsOnly("damage");
    }

    @Test
    void aFileAlreadyInTheCaseFolderIsRecordedWhereItIsNotCopiedBesideItself() throws Exception {
        newSsdCase("8123456789012");
        Path caseFolder = library.resolve("cases/2026-10-01 AliExpress 8123456789012");
        Path photo = Files.createDirectories(caseFolder.resolve("received")).resolve("IMG_0042.jpg");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(300, 200,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "jpeg", photo.toFile());
        Files.setLastModifiedTime(photo, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()
                - 600_000));
        Path loose = Files.writeString(caseFolder.resolve("note.txt"), "a note");

        Result first = run("import", "1", "--kind", "damage", caseFolder.toString());

        assertThat(first.out().lines().toList()).containsExactly("rejected " + loose + ": It is not in one of the "
                + "case's kind folders (listing, received, damage…), so Casefile does not know what it shows. Move it "
                + "into one, or add it with Add files.", "imported 1 " + photo);
        JsonNode evidence = run("show", "1", "--json").json().get("evidence");
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.get("path").asText()).isEqualTo(library.relativize(photo).toString().replace('\\', '/'));
            assertThat(e.get("kind").asText()).as("the folder it is in says what it shows").isEqualTo("received");
        });
        try (var files = Files.list(photo.getParent())) {
            assertThat(files).as("no copy beside it").containsExactly(photo);
        }
        assertThat(run("import", "1", "--kind", "received", photo.toString()).out())
                .isEqualTo("duplicate 1 " + photo + System.lineSeparator());
    }

    @Test
    void importReportsEachFileAndVerifyFindsProblems() throws Exception {
        newSsdCase("8123456789012");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(300, 200,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        Path photo = library.resolve("IMG_0042.jpg");
        javax.imageio.ImageIO.write(image, "jpeg", photo.toFile());
        Path noise = Files.writeString(library.resolve("noise.jpg"), "this is not a picture at all");

        Result result = run("import", "1", "--kind", "received", photo.toString(), noise.toString(),
                photo.toString());
        assertThat(result.code()).as("some files rejected").isEqualTo(3);
        assertThat(result.out().lines().toList()).containsExactly("imported 1 " + photo, "rejected " + noise
                + ": It is not a photo, screenshot, PDF or video, whatever its name says: its content is none of "
                + "JPEG, PNG, GIF, BMP, TIFF, WebP, PDF, MP4, MOV or WebM.", "duplicate 1 " + photo);
        assertThat(run("import", "1", "--kind", "received", photo.toString()).code()).as("only a duplicate")
                .isZero();
        assertThat(run("import", "1", "--kind", "selfie", photo.toString()).err())
                .contains("'selfie' is not an evidence kind");

        JsonNode evidence = run("show", "1", "--json").json().get("evidence");
        assertThat(evidence).hasSize(1);
        assertThat(evidence.get(0).get("path").asText())
                .isEqualTo("cases/2026-10-01 AliExpress 8123456789012/received/IMG_0042.jpg");
        assertThat(evidence.get(0).get("mediaType").asText()).isEqualTo("image/jpeg");
        assertThat(evidence.get(0).get("sha256").asText()).hasSize(64);
        assertThat(evidence.get(0).get("width").asInt()).isEqualTo(300);

        assertThat(run("verify").out()).contains("All 1 evidence file match");
        Files.writeString(library.resolve(evidence.get(0).get("path").asText()), "tampered");
        Result verify = run("verify", "1");
        assertThat(verify.code()).isEqualTo(4);
        assertThat(verify.out()).startsWith("changed cases/2026-10-01 AliExpress 8123456789012/received/"
                + "IMG_0042.jpg: its content changed since import");
    }

    @Test
    void pairSetsAListingBesideWhatArrivedAndRefusesNonsense() throws Exception {
        newSsdCase("8123456789012");
        Path listing = library.resolve("listing.png");
        Path received = library.resolve("received.jpg");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", listing.toFile());
        java.awt.image.BufferedImage grey = new java.awt.image.BufferedImage(30, 40,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        grey.setRGB(1, 1, 0xffffff);
        javax.imageio.ImageIO.write(grey, "jpeg", received.toFile());
        run("import", "1", "--kind", "listing", listing.toString());
        run("import", "1", "--kind", "received", received.toString());

        Result paired = run("pair", "1", "1", "2", "--caption", "Capacity: 2TB / 512GB");
        assertThat(paired.code()).isZero();
        assertThat(paired.out().strip()).isEqualTo("1");
        JsonNode pair = run("show", "1", "--json").json().get("pairs").get(0);
        assertThat(pair.get("listingId").asLong()).isEqualTo(1);
        assertThat(pair.get("receivedId").asLong()).isEqualTo(2);
        assertThat(pair.get("caption").asText()).isEqualTo("Capacity: 2TB / 512GB");

        Result twice = run("pair", "1", "1", "2");
        assertThat(twice.code()).isEqualTo(1);
        assertThat(twice.err()).contains("already a pair");
        Result backwards = run("pair", "1", "2", "1");
        assertThat(backwards.code()).isEqualTo(1);
        assertThat(backwards.err()).contains("is not a listing screenshot");
        assertThat(run("pair", "1", "1", "99").err()).contains("There is no evidence 99 in case 1.");
        assertThat(run("show", "1", "--json").json().get("pairs")).hasSize(1);
    }

    @Test
    void theShowcaseSampleComesWithPicturesAndAPair() throws Exception {
        Result added = run("sample", "--showcase");
        assertThat(added.code()).isZero();
        JsonNode shown = run("show", added.out().strip(), "--json").json();
        assertThat(shown.get("evidence")).hasSize(4);
        assertThat(shown.get("pairs")).hasSize(1);
        assertThat(run("verify").code()).isZero();

        Path picture = library.resolve("pair.jpg");
        String pair = shown.get("pairs").get(0).get("id").asText();
        Result saved = run("pair-image", added.out().strip(), pair, "--out", picture.toString());
        assertThat(saved.code()).as(saved.err()).isZero();
        assertThat(saved.out()).startsWith("wrote " + picture);
        java.awt.image.BufferedImage joined = javax.imageio.ImageIO.read(picture.toFile());
        assertThat(joined.getWidth()).as("two pictures side by side").isGreaterThan(joined.getHeight());
        assertThat(new String(Files.readAllBytes(picture), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Exif");
        Result missing = run("pair-image", added.out().strip(), "99", "--out", picture.toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("There is no pair 99");
    }

    @Test
    void theCommandIsFoundPastTheLibraryOption() {
        assertThat(Cli.commandName(new String[] {"--library", "/tmp/x", "import", "1", "a.jpg"})).isEqualTo("import");
        assertThat(Cli.commandName(new String[] {"--library", "import", "list"})).as("a library folder called import")
                .isEqualTo("list");
        assertThat(Cli.commandName(new String[] {"--library=/tmp/x", "show", "1"})).isEqualTo("show");
        assertThat(Cli.commandName(new String[] {"--help"})).isNull();
        assertThat(Cli.commandName(new String[] {"imprt"})).isNull();
        assertThat(Cli.commandName(new String[] {})).isNull();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("new-case", "--platform", "amazon").code()).isEqualTo(2);
        assertThat(run("show", "abc").code()).isEqualTo(2);
        assertThat(run("no-such-command").code()).isEqualTo(2);
        assertThat(run().code()).as("options but no command").isEqualTo(2);
        Result nul = run("restore", "back\0up.zip");
        assertThat(nul.code()).as("a file name with a NUL in it").isEqualTo(2);
        assertThat(nul.err()).contains("'back up.zip' is not a file name this computer can use")
                .doesNotContain("Exception");
    }

    @Test
    void sampleAddsCasesAcrossPlatforms() throws Exception {
        Result sample = run("sample", "--cases", "40", "--messages-per-case", "3");
        assertThat(sample.code()).isZero();
        assertThat(sample.out()).contains("Added 40 sample cases (ids 1-40)");
        JsonNode list = run("list", "--json").json();
        assertThat(list).hasSize(40);
        assertThat(run("show", "7", "--json").json().get("messages")).hasSize(3);
        assertThat(run("sample", "--cases", "-1").code()).isEqualTo(1);
    }

    @Test
    void aLibraryFromANewerVersionIsRefusedWithExitOne() throws Exception {
        newSsdCase("1");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library.resolve("casefile.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = 999"); // well past any schema this version knows
        }
        Result list = run("list");
        assertThat(list.code()).isEqualTo(1);
        assertThat(list.err()).contains("newer version of Casefile");
    }

    @Test
    void theLibraryOptionAlsoWorksAfterTheCommand() throws Exception {
        Path other = Files.createDirectory(library.resolve("other"));
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"sample", "--cases", "2", "--library", other.toString()},
                new PrintWriter(out), new PrintWriter(new StringWriter()), TestCases.CLOCK);
        assertThat(code).isZero();
        assertThat(other.resolve("casefile.db")).exists();
        assertThat(library.resolve("casefile.db")).doesNotExist();
    }
}
