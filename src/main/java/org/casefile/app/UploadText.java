package org.casefile.app;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.casefile.domain.UploadDestination;
import org.casefile.packet.CaseSnapshot;
import org.casefile.packet.pdf.Texts;

/** The kit's UPLOAD.txt: where to go, what to paste, what to upload in which order, and the rules it was checked by. */
final class UploadText {
    private static final String NL = System.lineSeparator();

    private UploadText() {
    }

    static String of(CaseSnapshot snapshot, UploadDestination to, List<KitFile> uploads, String description,
                     List<String> notes, LocalDateTime made) {
        StringBuilder text = new StringBuilder();
        text.append("Upload kit for: ").append(to.label()).append(NL);
        text.append("Case: ").append(snapshot.facts().platform().label()).append(" order ")
                .append(snapshot.facts().orderNumber()).append(" - ").append(snapshot.facts().item()).append(NL);
        text.append("Made: ").append(made.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).append(NL)
                .append(NL);
        int step = 1;
        text.append("What to do").append(NL);
        text.append(step++).append(". ").append(where(to)).append(NL);
        text.append(step++).append(". Paste the text of DESCRIPTION.txt where the form asks what happened (")
                .append(String.format("%,d", description.length())).append(" characters")
                .append(to.maxTextCharacters() > 0 ? String.format(", the form takes %,d", to.maxTextCharacters())
                        : "").append(").").append(NL);
        if (!to.takesFiles()) {
            text.append(step).append(". This form takes text only: there is nothing to upload. Keep the packet ")
                    .append("(export it from Casefile) for when the claim team asks for evidence.").append(NL);
        } else {
            text.append(step).append(". Upload these files, in this order:").append(NL);
            for (KitFile file : uploads) {
                text.append("   ").append(file.name()).append("  (").append(Texts.size(file.bytes())).append(") - ")
                        .append(file.what()).append(NL);
            }
        }
        if (!notes.isEmpty()) {
            text.append(NL).append("Good to know").append(NL);
            for (String note : notes) {
                text.append("- ").append(note).append(NL);
            }
        }
        text.append(NL).append("Every file here was checked after writing against these rules (").append(to.label())
                .append(", checked ").append(to.checked()).append("): ").append(to.source()).append('.').append(NL);
        return text.toString();
    }

    private static String where(UploadDestination to) {
        return switch (to) {
            case ALIEXPRESS -> "In AliExpress, open the order, choose 'Open dispute' (or the open dispute), and "
                    + "add the pictures as evidence.";
            case EBAY -> "In eBay, open the order in Purchase history, go to the return request or case, and add "
                    + "the photos.";
            case AMAZON -> "In Amazon, open Your Orders, choose the order, then 'Problem with order' and the A-to-z "
                    + "Guarantee claim.";
            case PAYPAL -> "In PayPal, open the Resolution Centre, choose the dispute or claim, and upload the "
                    + "files as evidence.";
            case CARD_ISSUER -> "Open your card issuer's dispute form in online banking (or email its disputes "
                    + "team) and attach the files.";
            case MASTERCARD -> "Give these files to your card issuer for its Mastercom case (online banking or the "
                    + "disputes team); the names already fit Mastercom.";
        };
    }
}
