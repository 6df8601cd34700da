package org.casefile.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casefile.app.MessageService;
import org.casefile.app.Services;
import org.casefile.domain.CasefileException;
import org.casefile.domain.chat.DateOrder;
import org.casefile.domain.chat.ParsedChat;
import org.casefile.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-chat", description = "Adds the messages of a copied chat transcript (a text file); "
        + "messages already in the case are not added twice, and lines that could not be read are listed.")
final class ImportChatCommand implements Callable<Integer> {
    static final long MAX_BYTES = 5_000_000;

    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.") long caseId;
    @Parameters(index = "1", paramLabel = "FILE", description = "The transcript, as UTF-8 text.") Path file;
    @Option(names = "--dates", paramLabel = "ORDER", description = "day-first or month-first for dates like "
            + "05/10/2026 (default: from the case's country).") String dates;

    @Override
    public Integer call() {
        String transcript = read(file);
        DateOrder order = dates == null ? null : org.casefile.domain.Choice.parse(DateOrder.class, dates,
                "date order");
        MessageService.ImportResult result;
        ParsedChat chat;
        try (Library library = parent.openLibrary()) {
            MessageService messages = Services.of(library, parent.clock()).messages();
            chat = messages.preview(caseId, transcript, order);
            result = messages.importChat(caseId, chat);
        }
        spec.commandLine().getOut().println("imported " + result.added() + " message" + (result.added() == 1 ? "" : "s")
                + ", " + result.alreadyThere() + " already there (dates read " + chat.order().label().toLowerCase()
                + ")");
        for (ParsedChat.Unparsed line : result.notUnderstood()) {
            spec.commandLine().getErr().println("line " + line.line() + " not understood (" + line.why() + "): "
                    + line.text());
        }
        return Cli.DONE;
    }

    private static String read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new CasefileException(file + " is not a file.");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new CasefileException(file + " is larger than a chat transcript can be (5 MB).");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString().replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new CasefileException(file + " is not UTF-8 text. Save the transcript as plain text (UTF-8) and "
                    + "try again.");
        } catch (IOException e) {
            throw new CasefileException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
