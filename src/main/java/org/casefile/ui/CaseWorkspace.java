package org.casefile.ui;

import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.casefile.ui.cases.CaseDetailView;
import org.casefile.ui.cases.CaseDetailViewModel;
import org.casefile.ui.cases.ClaimDescriptionViewModel;
import org.casefile.ui.compare.CompareView;
import org.casefile.ui.compare.CompareViewModel;
import org.casefile.ui.evidence.EvidenceView;
import org.casefile.ui.evidence.EvidenceViewModel;
import org.casefile.ui.export.ExportView;
import org.casefile.ui.export.ExportViewModel;
import org.casefile.ui.messages.MessagesViewModel;

/**
 * The one place that builds the open case's workspace: the detail view with its tabs and the view model behind each,
 * wired to the shared case model so that a change in any tab shows everywhere. Built once, when first needed.
 */
final class CaseWorkspace {
    private final CaseDetailView view;
    private final EvidenceViewModel evidence;
    private final ExportViewModel exports;

    CaseWorkspace(AppContext context, CaseDetailViewModel detail, Consumer<Long> addToCalendar,
                  LongConsumer onDelete) {
        MessagesViewModel messages = new MessagesViewModel(context.messages(), context.executor());
        messages.setOnChanged(detail::reload);
        evidence = new EvidenceViewModel(context.evidence(), context.executor(),
                javafx.application.Platform::runLater, context.thumbnailFolder())
                .withRedactions(context.redactions());
        evidence.setOnChanged(detail::reload);
        evidence.setEmails(context.emails());
        evidence.setPhone(context.phone());
        CompareViewModel compare = new CompareViewModel(context.claims(), context.pairImages(),
                context.executor(), context.thumbnailFolder());
        compare.setOnChanged(detail::reload);
        CompareView compareView = new CompareView(compare, context::fileDialogs);
        compareView.setOnOpen(item -> context.opener().accept(context.evidence().file(item)));
        exports = new ExportViewModel(context.exports(), context.executor(), context.previews(),
                javafx.application.Platform::runLater, file -> context.opener().accept(file))
                .withKits(context.kits());
        evidence.watchFolders();
        view = new CaseDetailView(detail,
                new ClaimDescriptionViewModel(context.claims(), context.executor()), messages,
                new EvidenceView(evidence, context::fileDialogs, file -> context.opener().accept(file)), evidence,
                compareView, compare, new ExportView(exports, context::fileDialogs), exports,
                context.cases()::today);
        view.setOnAddToCalendar(addToCalendar);
        view.setOnDelete(onDelete);
        view.visibleProperty().bind(detail.detailsProperty().isNotNull());
    }

    CaseDetailView view() {
        return view;
    }

    /** The window closes: the case folders' watch and the packet preview stop. */
    void stop() {
        evidence.stopWatching();
        exports.stopPreview();
    }
}
