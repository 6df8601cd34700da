package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casefile.TestCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `import-chat` on transcripts copied from Spanish and German pages, read back with `show --json`. */
class ImportChatLanguagesCliTest {
    @TempDir Path library;

    private String[] run(String... args) {
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), TestCases.CLOCK);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private void newCase(String country) {
        assertThat(run("new-case", "--platform", "aliexpress", "--order", "8123456789012", "--item", "SSD portátil",
                "--claim", "not-received", "--paid", "89.99 EUR", "--ordered", "2026-10-01", "--seller",
                "Yunda Digital Store", "--country", country)[0]).isEqualTo("0");
    }

    private List<String> messages() throws Exception {
        JsonNode show = new ObjectMapper().readTree(run("show", "1", "--json")[1]);
        List<String> found = new ArrayList<>();
        show.get("messages").forEach(m -> found.add(m.get("at").asText() + " " + m.get("author").asText() + ": "
                + m.get("text").asText()));
        return found;
    }

    @Test
    void aSpanishChatWithTwelveHourTimesAndTheBuyersYo() throws Exception {
        newCase("ES");
        Path chat = library.resolve("chat-es.txt");
        Files.writeString(chat, """
                5 oct 2026, 3:05 p.\u00A0m.
                Vendedor: Hola, su paquete ya fue enviado.
                5 oct 2026, 3:25 p. m.
                Yo: Ya pasaron 25 días.
                lunes, 12 de octubre de 2026 a las 10:00
                Tú: Sigo sin recibir nada.
                31 de febrero de 2026 a las 10:00
                Yo: esto no se importa
                """);
        String[] imported = run("import-chat", "1", chat.toString());
        assertThat(imported[0]).isEqualTo("0");
        assertThat(imported[1]).contains("imported 3 messages, 0 already there (dates read day first");
        assertThat(imported[2]).contains("line 7 not understood (a date or time that could not be read): 31 de "
                + "febrero de 2026 a las 10:00").contains("line 8 not understood (after a date or time that could "
                + "not be read): Yo: esto no se importa");
        assertThat(messages()).containsExactly("2026-10-05T15:05:00 seller: Hola, su paquete ya fue enviado.",
                "2026-10-05T15:25:00 buyer: Ya pasaron 25 días.", "2026-10-12T10:00:00 buyer: Sigo sin recibir nada.");
    }

    @Test
    void aGermanChatWithDottedDatesAndTheBuyersIch() throws Exception {
        newCase("DE");
        Path chat = library.resolve("chat-de.txt");
        Files.writeString(chat, """
                05.10.2026, 15:05 - Verkäufer: Hallo, das Paket ist unterwegs.
                05.10.2026, 15:25 - Ich: Es sind schon 25 Tage.
                Mo., 12. Okt. 2026, 10:00
                Ich
                Immer noch nichts angekommen.
                """);
        String[] imported = run("import-chat", "1", chat.toString());
        assertThat(imported[1]).contains("imported 3 messages, 0 already there");
        assertThat(imported[2]).isEmpty();
        assertThat(messages()).containsExactly("2026-10-05T15:05:00 seller: Hallo, das Paket ist unterwegs.",
                "2026-10-05T15:25:00 buyer: Es sind schon 25 Tage.",
                "2026-10-12T10:00:00 buyer: Immer noch nichts angekommen.");
    }
}
