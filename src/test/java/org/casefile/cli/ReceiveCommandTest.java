package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.casefile.TestCases;
import org.casefile.phone.Uploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code receive}: "url URL" first, then a line per file as import prints, until stopped. */
@Timeout(120)
class ReceiveCommandTest {
    @TempDir Path library;

    private int run(StringWriter out, StringWriter err, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all, new PrintWriter(out, true), new PrintWriter(err, true), TestCases.CLOCK);
    }

    @Test
    void printsTheLinkThenEachFileAsImportDoes() throws Exception {
        assertThat(run(new StringWriter(), new StringWriter(), "new-case", "--platform", "aliexpress", "--order",
                "8123456789012", "--item", "2TB portable SSD", "--claim", "not-as-described", "--paid", "89.99 GBP",
                "--ordered", "2026-10-01")).isZero();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread receiving = new Thread(() -> code.set(run(out, err, "receive", "1", "--kind", "damage", "--bind",
                "127.0.0.1", "--minutes", "1")));
        receiving.start();
        Instant give = Instant.now().plusSeconds(30);
        while (!out.toString().contains("\n") && Instant.now().isBefore(give)) {
            Thread.sleep(50);
        }
        String first = out.toString().lines().findFirst().orElseThrow();
        assertThat(first).matches("url http://127\\.0\\.0\\.1:\\d+/[A-Za-z0-9_-]{24}\\?kind=damage");
        String link = first.substring(4).replaceFirst("\\?.*", "");
        byte[] photo;
        try (InputStream in = getClass().getResourceAsStream("/evidence/phone-photo.jpg")) {
            photo = in.readAllBytes();
        }
        Uploads.post(link + "/upload", "damage", "IMG_0042.jpg", photo);
        Uploads.post(link + "/upload", "damage", "noise.jpg", "noise".repeat(100).getBytes());
        receiving.interrupt(); // what Ctrl+C or the end of --minutes does: stop listening
        receiving.join(Duration.ofSeconds(30).toMillis());
        assertThat(out.toString().lines()).containsExactly(first, "imported 1 IMG_0042.jpg",
                out.toString().lines().skip(2).findFirst().orElse("none"));
        assertThat(out.toString().lines().skip(2).findFirst().orElseThrow()).startsWith("rejected noise.jpg: ");
        assertThat(code.get()).as("a file was rejected").isEqualTo(Cli.SOME_REJECTED);

        StringWriter show = new StringWriter();
        run(show, new StringWriter(), "show", "1", "--json");
        assertThat(show.toString()).contains("damage/IMG_0042.jpg");
    }

    @Test
    void badOptionsAreUserErrors() {
        run(new StringWriter(), new StringWriter(), "new-case", "--platform", "ebay", "--order", "1", "--item", "x",
                "--claim", "damaged", "--paid", "5 GBP", "--ordered", "2026-10-01");
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "receive", "1", "--bind", "example.com")).isEqualTo(1);
        assertThat(err.toString()).contains("not an IP address");
        assertThat(run(new StringWriter(), new StringWriter(), "receive", "9", "--bind", "127.0.0.1")).isEqualTo(1);
        assertThat(run(new StringWriter(), new StringWriter(), "receive", "1", "--minutes", "0")).isEqualTo(1);
    }
}
