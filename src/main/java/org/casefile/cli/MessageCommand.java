package org.casefile.cli;

import java.util.concurrent.Callable;
import org.casefile.app.Services;
import org.casefile.domain.Author;
import org.casefile.domain.Channel;
import org.casefile.domain.DateTimeInput;
import org.casefile.domain.Message;
import org.casefile.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "message", description = "Adds one message of the seller conversation; prints its id.")
final class MessageCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.") long caseId;
    @Option(names = "--from", required = true, paramLabel = "WHO", description = "buyer, seller or platform.")
    String from;
    @Option(names = "--at", required = true, paramLabel = "DATETIME", description = "When, e.g. 2026-10-05 14:32.")
    String at;
    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "What was written.") String text;
    @Option(names = "--name", paramLabel = "NAME", description = "The sender's display name.") String name;
    @Option(names = "--channel", paramLabel = "CHANNEL", description = "order-chat, dispute-thread or email.")
    String channel;
    @Option(names = "--translation", paramLabel = "TEXT",
            description = "The buyer's translation, for a message in another language.") String translation;
    @Option(names = "--promise", description = "Mark what the seller promised.") boolean promise;
    @Option(names = "--attach", paramLabel = "EVIDENCE", split = ",",
            description = "Ids of the case's evidence the message refers to (see show CASE --json).")
    java.util.List<Long> attach;

    @Override
    public Integer call() {
        Author author = Author.fromId(from);
        Channel where = channel == null ? Channel.ORDER_CHAT : Channel.fromId(channel);
        try (Library library = parent.openLibrary()) {
            Message saved = Services.of(library, parent.clock()).messages().add(new Message(0, caseId,
                    DateTimeInput.parse(at), author, name, where, text, promise, translation),
                    attach == null ? java.util.List.of() : attach);
            spec.commandLine().getOut().println(saved.id());
        }
        return Cli.DONE;
    }
}
