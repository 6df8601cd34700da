package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facts for the bank through the command line: new-case, edit, return, message --translation, translate. */
class BankFactsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path library;

    private CliRun run(String... args) {
        return CliRun.of(library, args);
    }

    private JsonNode show() throws Exception {
        CliRun shown = run("show", "1", "--json");
        assertThat(shown.code()).as(shown.err()).isZero();
        return JSON.readTree(shown.out());
    }

    private CliRun newCase(String... more) {
        List<String> args = new ArrayList<>(List.of("new-case", "--platform", "aliexpress", "--order",
                "8123456789012345", "--item", "2TB portable SSD", "--claim", "not-as-described", "--paid",
                "89.99 GBP", "--ordered", "2026-10-01", "--payment", "credit-card"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void newCaseAndEditKeepTheFactsForTheBank() throws Exception {
        CliRun created = newCase("--buyer-name", "Sam Taylor", "--delivery-address", "4 Mill Lane, Leeds LS1 4AB",
                "--card-last4", "4242", "--statement-name", "ALIEXPRESS.COM LUXEMBOURG", "--received", "2026-10-19");
        assertThat(created.code()).as(created.err()).isZero();

        JsonNode json = show();
        assertThat(json.get("buyerName").asText()).isEqualTo("Sam Taylor");
        assertThat(json.get("deliveryAddress").asText()).isEqualTo("4 Mill Lane, Leeds LS1 4AB");
        assertThat(json.get("cardLast4").asText()).isEqualTo("4242");
        assertThat(json.get("statementName").asText()).isEqualTo("ALIEXPRESS.COM LUXEMBOURG");
        assertThat(json.get("charged").asText()).as("defaults to the order date").isEqualTo("2026-10-01");
        assertThat(json.get("received").asText()).isEqualTo("2026-10-19");
        assertThat(json.get("returnAttempt").isNull()).isTrue();

        CliRun edited = run("edit", "1", "--charged", "2026-10-02", "--seller", "Yunda Digital Store",
                "--statement-name", "", "--resolution", "partial-refund", "--refund-asked", "40 GBP");
        assertThat(edited.code()).as(edited.err()).isZero();
        json = show();
        assertThat(json.get("charged").asText()).isEqualTo("2026-10-02");
        assertThat(json.get("seller").asText()).isEqualTo("Yunda Digital Store");
        assertThat(json.get("statementName").isNull()).as("an empty option clears the fact").isTrue();
        assertThat(json.get("buyerName").asText()).as("what was not given stays").isEqualTo("Sam Taylor");
        assertThat(json.get("resolution").asText()).isEqualTo("partial-refund");
        assertThat(json.get("refundAsked").get("amount").asText()).isEqualTo("40.00");
    }

    @Test
    void aWholeCardNumberIsRefusedAndNeverStoredOrRepeated() throws Exception {
        CliRun refused = newCase("--card-last4", "4111 1111 1111 1111");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("--card-last4", "last four digits").doesNotContain("4111");
        assertThat(JSON.readTree(run("list", "--json").out())).isEmpty();

        assertThat(newCase().code()).isZero();
        CliRun edit = run("edit", "1", "--card-last4", "411111111111");
        assertThat(edit.code()).isEqualTo(1);
        assertThat(edit.err()).doesNotContain("411111");
        assertThat(show().get("cardLast4").isNull()).isTrue();
        byte[] db = Files.readAllBytes(library.resolve("casefile.db"));
        assertThat(new String(db, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("411111111111");
    }

    @Test
    void theReturnAttemptIsRecordedAndReplaced() throws Exception {
        assertThat(newCase().code()).isZero();
        CliRun sent = run("return", "1", "--sent", "2026-10-25", "--carrier", "Royal Mail", "--tracking",
                "RM123456789GB", "--seller-received", "2026-11-02");
        assertThat(sent.code()).as(sent.err()).isZero();
        JsonNode attempt = show().get("returnAttempt");
        assertThat(attempt.get("kind").asText()).isEqualTo("sent");
        assertThat(attempt.get("sent").asText()).isEqualTo("2026-10-25");
        assertThat(attempt.get("carrier").asText()).isEqualTo("Royal Mail");
        assertThat(attempt.get("tracking").asText()).isEqualTo("RM123456789GB");
        assertThat(attempt.get("sellerReceived").asText()).isEqualTo("2026-11-02");

        assertThat(run("return", "1", "--refused").code()).isZero();
        attempt = show().get("returnAttempt");
        assertThat(attempt.get("kind").asText()).isEqualTo("refused");
        assertThat(attempt.get("sent").isNull()).isTrue();

        assertThat(run("return", "1", "--sent", "2026-10-25", "--refused").code()).as("one way or the other")
                .isEqualTo(2);
        CliRun before = run("return", "1", "--sent", "2026-10-25", "--seller-received", "2026-10-20");
        assertThat(before.code()).isEqualTo(1);
        assertThat(before.err()).contains("before it was sent");
        assertThat(run("return", "1", "--no-address").code()).isZero();
        assertThat(show().get("returnAttempt").get("kind").asText()).isEqualTo("no-address");
        assertThat(run("edit", "1", "--item", "2TB SSD").code()).as("editing keeps the return").isZero();
        assertThat(show().get("returnAttempt").get("kind").asText()).isEqualTo("no-address");
    }

    @Test
    void aMessageCarriesTheBuyersTranslation() throws Exception {
        assertThat(newCase().code()).isZero();
        CliRun added = run("message", "1", "--from", "seller", "--at", "2026-10-21 09:00", "--text",
                "我们可以退款五英镑", "--translation", "We can refund five pounds");
        assertThat(added.code()).as(added.err()).isZero();
        long id = Long.parseLong(added.out().strip());
        assertThat(show().get("messages").get(0).get("translation").asText()).isEqualTo("We can refund five pounds");

        assertThat(run("translate", "1", String.valueOf(id), "--text", "We can refund £5").code()).isZero();
        assertThat(show().get("messages").get(0).get("translation").asText()).isEqualTo("We can refund £5");
        assertThat(run("translate", "1", String.valueOf(id), "--clear").code()).isZero();
        assertThat(show().get("messages").get(0).get("translation").isNull()).isTrue();
        assertThat(show().get("messages").get(0).get("text").asText()).isEqualTo("我们可以退款五英镑");
        CliRun missing = run("translate", "1", "99", "--text", "x");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no message 99");
    }

    @Test
    void aPhotoOfWhatArrivedTakenBeforeTheOrderIsFlaggedAtImportAndBeforeExport() throws Exception {
        CliRun created = run("new-case", "--platform", "aliexpress", "--order", "8123456789012", "--item", "SSD",
                "--claim", "not-as-described", "--paid", "89.99 GBP", "--ordered", "2026-10-20", "--payment",
                "credit-card", "--country", "GB");
        assertThat(created.code()).isZero();
        Path photo = library.getParent().resolve("IMG_0042-" + System.nanoTime() + ".jpg");
        try (var in = getClass().getResourceAsStream("/evidence/phone-photo.jpg")) {
            Files.copy(in, photo);
        }
        CliRun received = run("import", "1", "--kind", "received", photo.toString());
        assertThat(received.out().strip()).isEqualTo("imported 1 " + photo + " (taken 2026-10-18, before the order)");
        Path listing = library.getParent().resolve("listing-" + System.nanoTime() + ".jpg");
        Files.copy(photo, listing);
        Files.write(listing, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND); // another hash, same date
        CliRun listed = run("import", "1", "--kind", "listing", listing.toString());
        assertThat(listed.out().strip()).as("a listing may be older than the order").isEqualTo("imported 2 "
                + listing);

        Path out = library.getParent().resolve("packet-" + System.nanoTime() + ".pdf");
        CliRun export = run("export", "1", "--profile", "chargeback", "--out", out.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.err()).contains("missing or doubtful: " + photo.getFileName()
                + " (what arrived) was taken 18 Oct 2026, before the order.");
        assertThat(export.err()).contains("missing or doubtful: The cardholder's name is not recorded");
        assertThat(export.err().indexOf("missing or doubtful")).as("said before the file is written")
                .isLessThan(export.err().length());
        Files.deleteIfExists(out);
        Files.deleteIfExists(photo);
        Files.deleteIfExists(listing);
    }

    @Test
    void noLetterIsWrittenForARouteTheCaseIsNotEligibleFor() throws Exception {
        assertThat(newCase("--country", "GB").code()).isZero();
        Path out = library.getParent().resolve("s75-" + System.nanoTime() + ".pdf");
        CliRun refused = run("export", "1", "--profile", "section75", "--out", out.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Section 75 claim is not open for this case", "over £100",
                "Card chargeback (chargeback)", "--route-closed-ok");
        assertThat(out).doesNotExist();
        CliRun anyway = run("export", "1", "--profile", "section75", "--out", out.toString(), "--route-closed-ok");
        assertThat(anyway.code()).as(anyway.err()).isZero();
        assertThat(out).exists();
        Files.delete(out);
    }

    @Test
    void aCaseBundleCarriesTheFactsForTheBankTheReturnAndTranslations() throws Exception {
        assertThat(newCase("--buyer-name", "Sam Taylor", "--card-last4", "4242").code()).isZero();
        assertThat(run("return", "1", "--sent", "2026-10-25", "--carrier", "Royal Mail").code()).isZero();
        assertThat(run("message", "1", "--from", "seller", "--at", "2026-10-21 09:00", "--text", "我们可以退款",
                "--translation", "We can refund").code()).isZero();
        Path bundle = library.getParent().resolve("bundle-" + System.nanoTime() + ".zip");
        assertThat(run("export-case", "1", bundle.toString()).code()).isZero();
        Path other = Files.createTempDirectory(library.getParent(), "other");
        CliRun imported = CliRun.of(other, "import-case", bundle.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        JsonNode json = JSON.readTree(CliRun.of(other, "show", imported.out().strip(), "--json").out());
        assertThat(json.get("buyerName").asText()).isEqualTo("Sam Taylor");
        assertThat(json.get("cardLast4").asText()).isEqualTo("4242");
        assertThat(json.get("returnAttempt").get("carrier").asText()).isEqualTo("Royal Mail");
        assertThat(json.get("messages").get(0).get("translation").asText()).isEqualTo("We can refund");
        Files.deleteIfExists(bundle);
    }
}
