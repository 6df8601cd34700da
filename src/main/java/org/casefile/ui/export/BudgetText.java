package org.casefile.ui.export;

import org.casefile.app.ExportRequest;
import org.casefile.domain.CasefileException;
import org.casefile.ui.common.Sizes;
import org.casefile.ui.common.Words;

/** The export's size and page budgets as the buyer types and reads them ("2 MB", "17"). */
final class BudgetText {
    private BudgetText() {
    }

    /** "206 KB", "1,5 Mo": never under 1 KB, as a budget is never in bytes. */
    static String megabytes(long bytes) {
        return Sizes.of(Math.max(bytes, 1000));
    }

    /** The size budget typed ("2 MB", "1500 KB"), in bytes; refused with what to type instead. */
    static long size(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new CasefileException(Words.get("export.sizeMissing"));
        }
        return ExportRequest.parseMaxSize(Sizes.typed(text));
    }

    /** The page budget typed, or 0 for none (empty or "none"); refused with what to type instead. */
    static int pages(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.equalsIgnoreCase("none")) {
            return 0;
        }
        int pages;
        try {
            pages = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new CasefileException(Words.get("export.pagesNotNumber"));
        }
        if (pages < 1 || pages > 9999) {
            throw new CasefileException(Words.get("export.pagesOutOfRange"));
        }
        return pages;
    }
}
