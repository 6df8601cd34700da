package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.casefile.TestCases;
import org.casefile.app.CaseService;
import org.casefile.library.Library;
import org.casefile.ui.common.FxBackgroundExecutor;
import org.junit.jupiter.api.Test;

/**
 * Start-up order (issue 19): the window paints first; the case list is read, and the home view built, after its
 * first frame.
 */
class StartupOrderWindowTest extends WindowTestBase {

    @Test
    void theCaseListIsReadOnlyOnceTheWindowIsShown() {
        try (Library lib = Library.open(library)) {
            new CaseService(lib, TestCases.CLOCK).create(TestCases.ssd("8123456789012"));
        }
        context = AppContext.open(library, TestCases.CLOCK, new FxBackgroundExecutor());
        MainView[] view = new MainView[1];
        interact(() -> {
            CasefileApp.applyTheme();
            view[0] = new MainView(context);
        });
        // The worker runs its jobs in order: once this one has answered, a list read asked for while the view was
        // built would have answered too.
        AtomicBoolean drained = new AtomicBoolean();
        interact(() -> context.executor().submit(() -> true, drained::set, failure -> { }));
        WindowWait.until(drained::get);
        interact(() -> { });
        assertThat(view[0].model().list().loadedProperty().get()).as("list read before the window showed").isFalse();
        assertThat(view[0].lookup("#dashboard")).as("home view built before the first frame").isNull();
        // Meanwhile the empty list says it is being read, not that nothing matches.
        TableView<?> table = (TableView<?>) ((javafx.scene.control.SplitPane) ((javafx.scene.layout.StackPane)
                view[0].getCenter()).getChildren().get(0)).getItems().get(0);
        assertThat(((javafx.scene.control.Label) table.getPlaceholder()).getText()).isEqualTo("Reading the cases…");

        interact(() -> {
            stage.setScene(new Scene(view[0], 1000, 700));
            stage.show();
        });
        WindowWait.until(() -> view[0].model().list().loadedProperty().get());
        assertThat(lookup("#caseTable").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(((javafx.scene.control.Label) lookup("#caseTable").queryAs(TableView.class).getPlaceholder())
                .getText()).isEqualTo("No case matches the filter.");
        // The home view, built after the first frame, shows the case's deadlines from the same read as the list.
        WindowWait.until(() -> lookup("#agenda").tryQuery().isPresent()
                && !lookup("#agenda").queryAs(ListView.class).getItems().isEmpty());
        assertThat(lookup("#dashboard").query().isVisible()).isTrue();
        assertThat(lookup("#agenda").queryAs(ListView.class).getItems())
                .isEqualTo(context.agenda().needsAction(org.casefile.ui.dashboard.DashboardViewModel.SHOWN));
    }
}
