package org.casefile.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.casefile.domain.Case;
import org.casefile.domain.CaseFactsInput;
import org.casefile.domain.CaseSummary;
import org.casefile.domain.CasefileException;
import org.casefile.domain.Channel;
import org.casefile.domain.EmailText;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.MediaType;
import org.casefile.domain.OrderEmail;
import org.casefile.email.EmailFiles;
import org.casefile.email.EmailRead;
import org.casefile.evidence.EvidenceImporter;
import org.casefile.evidence.Hashing;
import org.casefile.domain.ImportOutcome;
import org.casefile.library.CrashPoints;
import org.casefile.library.DiskWords;
import org.casefile.library.Library;
import org.casefile.domain.text.Phrase;

/**
 * Emails as evidence: the file is filed in the case (receipt, tracking or chat, from what it says), its attachments
 * imported, its text kept for the packet and the search; an order confirmation opens its case, a seller's or the
 * platform's email joins the conversation. The same email twice adds nothing.
 */
public final class EmailService {
    /** A message in the conversation holds this much of the email; the whole text stays with the evidence. */
    private static final int MESSAGE_CHARS = 4_000;

    private final Library library;
    private final CaseService cases;
    private final EvidenceService evidence;
    private final MessageService messages;
    private final Clock clock;

    public EmailService(Library library, CaseService cases, EvidenceService evidence, MessageService messages,
                        Clock clock) {
        this.library = library;
        this.cases = cases;
        this.evidence = evidence;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * What became of one email file: the case it opened (or null), the outcome of the email itself and of each
     * attachment, and the parts of it that could not be read, each with why.
     */
    public record EmailOutcome(Long openedCase, ImportOutcome email, List<ImportOutcome> attachments,
                               List<Phrase> skippedPhrases) {
        /** The parts skipped, in English, as the command line prints them. */
        public List<String> skipped() {
            return skippedPhrases.stream().map(org.casefile.domain.text.RuleText::english).toList();
        }

        /** Whether the email was kept (new or already there), as opposed to refused. */
        public boolean kept() {
            return email.status() != ImportOutcome.Status.REJECTED;
        }

        /** The email's evidence id, when it was kept. */
        public long evidenceId() {
            return email.evidenceId();
        }

        /**
         * "order.eml: opened a case", "…: filed in its case", "…: already in its case" or "…: why it was
         * refused", before it is said in a language.
         */
        public Phrase summary() {
            String name = email.file().getFileName().toString();
            if (openedCase != null) {
                return Phrase.of("Email.openedCase", name);
            }
            return switch (email.status()) {
                case REJECTED -> Phrase.of("Email.refused", name, email.reasonPhrase());
                case DUPLICATE -> Phrase.of("Email.alreadyThere", name);
                case IMPORTED -> Phrase.of("Email.filed", name);
            };
        }
    }

    /**
     * Imports each email into {@code caseId}, or (null) into the case it is about: the one with its order number,
     * else a new case when it confirms an order, else the case whose order number it names. One bad file never stops
     * the rest; {@code progress} hears of each in turn.
     */
    public List<EmailOutcome> importEmails(List<Path> files, Long caseId, Consumer<EmailOutcome> progress) {
        if (caseId != null) {
            cases.get(caseId); // an unknown case is the user's error, before any file is read
        }
        List<EmailOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            EmailOutcome outcome = importEmail(file, caseId);
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return outcomes;
    }

    private EmailOutcome importEmail(Path file, Long caseId) {
        Path folder = library.tmpFile("email", "");
        try {
            EmailRead read = EmailFiles.read(file, Files.createDirectories(folder), clock.getZone());
            return file(file, read, caseId, EmailFiles.isOle2(file) ? MediaType.OUTLOOK_EMAIL : MediaType.EMAIL);
        } catch (CasefileException e) {
            return rejected(file, e.phrase());
        } catch (IOException e) {
            return rejected(file, Phrase.of("Import.unreadable", String.valueOf(e.getMessage())));
        } finally {
            org.casefile.evidence.EvidenceImporter.discardFolder(folder);
        }
    }

    private EmailOutcome file(Path file, EmailRead read, Long caseId, MediaType type) throws IOException {
        EmailText email = read.email();
        String sha256 = Hashing.of(file);
        Optional<long[]> twin = library.database().read(session -> session.emails().findByMessageId(email.messageId())
                .or(() -> session.emails().findByFileHash(sha256)));
        if (twin.isPresent() && (caseId == null || twin.get()[0] == caseId)) {
            return new EmailOutcome(null, ImportOutcome.duplicate(file, twin.get()[1]), List.of(), read.skippedPhrases());
        }
        Optional<OrderEmail> order = OrderEmail.confirmation(email);
        Long target = caseId != null ? caseId : caseAbout(email, order);
        if (target == null && order.isEmpty()) {
            return rejected(file, Phrase.of("Email.noCase"));
        }
        // The slow part first and outside any transaction: the email and each attachment copied into tmp/, hashed
        // and probed, so a big email does not keep the window or another command from saving meanwhile.
        Case known = target == null ? null : cases.get(target);
        List<EvidenceImporter.Prepared> parts = new ArrayList<>();
        try {
            parts.add(evidence.prepare(known, file, type));
            for (Path attachment : read.attachments()) {
                parts.add(evidence.prepare(known, attachment, null));
            }
            CrashPoints.reach(CrashPoints.EMAIL_PREPARED);
            // Then one short transaction for the case it opens, its files, its text and its message: a failure
            // half-way (an attachment that cannot be stored, a full disk) leaves none of them, and the files placed
            // are taken back.
            EmailSave save = new EmailSave(file, read, parts);
            try {
                return library.database().write(session -> save.run(target, order));
            } catch (Undone undone) {
                save.takeBack();
                return undone.outcome;
            } catch (RuntimeException | Error e) {
                save.takeBack();
                throw e;
            }
        } finally {
            parts.forEach(part -> EvidenceImporter.discard(part.copy())); // those not placed
        }
    }

    /** Stops a save that must leave nothing behind; the transaction rolls back and {@code outcome} is reported. */
    private static final class Undone extends RuntimeException {
        final EmailOutcome outcome;

        Undone(EmailOutcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    /** The saving of one email, inside its transaction; it remembers the files it placed to take them back. */
    private final class EmailSave {
        private final Path file;
        private final EmailRead read;
        /** The email, then its attachments in order, each copied into {@code tmp/} before the transaction. */
        private final List<EvidenceImporter.Prepared> parts;
        private final List<Path> placed = new ArrayList<>();
        private String openedFolder;

        EmailSave(Path file, EmailRead read, List<EvidenceImporter.Prepared> parts) {
            this.file = file;
            this.read = read;
            this.parts = parts;
        }

        EmailOutcome run(Long known, Optional<OrderEmail> order) {
            EmailText email = read.email();
            Long opened = null;
            Case theCase;
            if (known == null) {
                theCase = cases.create(facts(order.orElseThrow()));
                opened = theCase.id();
                openedFolder = theCase.folder();
            } else {
                theCase = cases.get(known);
            }
            EvidenceKind kind = OrderEmail.kindOf(email);
            ImportOutcome filed = store(theCase, kind, parts.get(0), null);
            if (filed.status() != ImportOutcome.Status.IMPORTED) {
                EmailOutcome notFiled = new EmailOutcome(null, filed, List.of(), read.skippedPhrases());
                if (opened != null) {
                    throw new Undone(notFiled); // nothing half-made: no case without its email
                }
                return notFiled;
            }
            long evidenceId = filed.evidenceId();
            library.database().write(session -> {
                session.emails().insert(evidenceId, email);
                return null;
            });
            List<ImportOutcome> attachments = new ArrayList<>();
            for (EvidenceImporter.Prepared part : parts.subList(1, parts.size())) {
                Path attachment = part.source().getFileName();
                EvidenceKind guessed = EvidenceKind.guess(attachment.toString());
                attachments.add(store(theCase, guessed != null ? guessed : kind, part, attachment).named(attachment));
            }
            if (kind != EvidenceKind.RECEIPT) {
                List<Long> attached = new ArrayList<>(List.of(evidenceId));
                attachments.stream().filter(a -> a.status() != ImportOutcome.Status.REJECTED)
                        .forEach(a -> attached.add(a.evidenceId()));
                messages.add(theCase.id(), OrderEmail.authorOf(email), sender(email), Channel.EMAIL, email.sentAt(),
                        messageText(email), false, attached);
            }
            return new EmailOutcome(opened, filed, List.copyOf(attachments), read.skippedPhrases());
        }

        /**
         * Files the email ({@code attachment} null) or one of its attachments. A part refused for what it is comes
         * back rejected; one that cannot be stored undoes the whole email, saying which part and why.
         */
        private ImportOutcome store(Case theCase, EvidenceKind kind, EvidenceImporter.Prepared part,
                                    Path attachment) {
            ImportOutcome outcome;
            try {
                outcome = evidence.placeOrFail(theCase, kind, part);
            } catch (IOException | CasefileException e) {
                Phrase why = e instanceof IOException io ? DiskWords.phrase(io) : ((CasefileException) e).phrase();
                throw new Undone(rejected(file, attachment == null ? Phrase.of("Import.unstorable", why)
                        : Phrase.of("Email.attachmentNotStored", attachment.toString(), why)));
            }
            if (outcome.status() == ImportOutcome.Status.IMPORTED) {
                library.database().read(session -> session.evidence().find(theCase.id(), outcome.evidenceId()))
                        .ifPresent(row -> placed.add(library.resolve(row.path())));
            }
            return outcome;
        }

        /** Removes the files placed for a save that rolled back, their emptied folders, and the case folder it made. */
        void takeBack() {
            for (Path copy : placed) {
                org.casefile.evidence.EvidenceImporter.discard(copy);
                library.removeEmptyFolder(copy.getParent());
            }
            if (openedFolder != null) {
                library.removeEmptyCaseFolder(openedFolder);
            }
        }
    }

    /** The case this email is about: the one whose order number it states, or whose order number it mentions. */
    private Long caseAbout(EmailText email, Optional<OrderEmail> order) {
        List<CaseSummary> all = cases.list();
        String number = order.map(OrderEmail::orderNumber)
                .orElse(OrderEmail.orderNumber(email, OrderEmail.platformOf(email)));
        String words = email.subject() + "\n" + email.text();
        for (CaseSummary c : all) {
            if (c.orderNumber().equals(number)) {
                return c.id();
            }
        }
        for (CaseSummary c : all) {
            if (c.orderNumber().length() >= 6 && words.contains(c.orderNumber())) {
                return c.id();
            }
        }
        return null;
    }

    /** The facts an order confirmation states; the claim is a first guess the buyer changes in the case's form. */
    private static CaseFactsInput facts(OrderEmail order) {
        return new CaseFactsInput(order.platform().id(), order.orderNumber(), order.store(), order.item(), null,
                order.orderedOn() == null ? null : order.orderedOn().toString(), order.paid().amount().toPlainString()
                + " " + order.paid().currency().getCurrencyCode(), null, null, null, null, null, null, "not-received",
                null, null);
    }

    private static String sender(EmailText email) {
        String from = email.from().replaceAll("<[^>]*>", "").replace("\"", "").strip();
        return from.isEmpty() ? email.senderAddress() : from;
    }

    private static String messageText(EmailText email) {
        String text = (email.subject().isBlank() ? "" : email.subject() + "\n\n") + email.text();
        return text.length() <= MESSAGE_CHARS ? text
                : text.substring(0, MESSAGE_CHARS) + "\n[…] (the whole email is in the evidence)";
    }

    private static EmailOutcome rejected(Path file, Phrase reason) {
        return new EmailOutcome(null, ImportOutcome.rejected(file, reason), List.of(), List.of());
    }


    /** True for a file Casefile takes as an email when it is dropped (.eml, .msg). */
    public static boolean isEmailFile(Path file) {
        return EmailFiles.looksLikeEmail(file);
    }

    /** What each email of the case says, by evidence id (for the packet and the window). */
    public java.util.Map<Long, EmailText> emails(long caseId) {
        return library.database().read(session -> session.emails().forCase(caseId));
    }
}
