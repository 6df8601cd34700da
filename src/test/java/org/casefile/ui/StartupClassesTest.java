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

    @Test
    void classesFromAnAheadOfTimeCacheAreNotLoadedAgain() throws InterruptedException {
        java.util.concurrent.CountDownLatch loaded = new java.util.concurrent.CountDownLatch(1);
        System.setProperty("casefile.classesCached", "true");
        try {
            StartupClasses.preload(StartupClasses.WINDOW, loaded::countDown);
            assertThat(loaded.await(300, java.util.concurrent.TimeUnit.MILLISECONDS)).isFalse();
        } finally {
            System.clearProperty("casefile.classesCached");
        }
        StartupClasses.preload(StartupClasses.WINDOW, loaded::countDown);
        assertThat(loaded.await(60, java.util.concurrent.TimeUnit.SECONDS)).as("without a cache, the list").isTrue();
    }
}
