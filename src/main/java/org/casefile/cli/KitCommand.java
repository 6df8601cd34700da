package org.casefile.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casefile.app.JobProgress;
import org.casefile.app.KitFile;
import org.casefile.app.KitResult;
import org.casefile.app.Services;
import org.casefile.domain.UploadDestination;
import org.casefile.library.Library;
import org.casefile.packet.pdf.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "kit", description = "Writes an upload kit: a folder of files that the destination's form takes as "
        + "they are (packet in parts where needed, pair pictures, key pictures as JPEGs, the description cut to the "
        + "form's limit, UPLOAD.txt), each checked after writing. A kit the form would refuse is not written.")
final class KitCommand implements Callable<Integer> {
    @ParentCommand CasefileCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.") long caseId;
    @Option(names = "--for", required = true, paramLabel = "DESTINATION",
            description = "aliexpress, ebay, amazon, paypal, card-issuer or mastercard.") String destination;
    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The kit's folder: new, or empty.") Path out;
    @Option(names = "--hide-contact", description = "Replaces your own email addresses and phone numbers, as in "
            + "export --hide-contact.") boolean hideContact;

    @Override
    public Integer call() {
        UploadDestination to = UploadDestination.fromId(destination);
        KitResult result;
        try (Library library = parent.openLibrary()) {
            result = Services.of(library, parent.clock()).kits().make(caseId, to, out, hideContact, JobProgress.NONE,
                    () -> false);
        }
        for (KitFile file : result.uploads()) {
            spec.commandLine().getOut().printf("wrote %s (%s)%n", file.name(), Texts.size(file.bytes()));
        }
        spec.commandLine().getOut().printf("kit %s for %s: %d files to upload, DESCRIPTION.txt, UPLOAD.txt%n",
                result.folder(), to.id(), result.uploads().size());
        result.notes().forEach(note -> spec.commandLine().getErr().println(note));
        return Cli.DONE;
    }
}
