package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.casefile.app.ClassLists;
import org.casefile.app.StartupClasses;
import org.junit.jupiter.api.Test;

/** The list of classes the window preloads (issue 19) names classes that exist: a stale list only wastes time. */
class StartupClassesTest {

    @Test
    void everyListedClassExistsAndTheListHoldsTheWindowsOwnViews() throws IOException {
        assertThat(ClassLists.existing(StartupClasses.WINDOW)).contains(MainHeader.class.getName(),
                org.casefile.ui.cases.CaseListView.class.getName(), StatusBar.class.getName(),
                javafx.scene.control.TableView.class.getName());
    }
}
