package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casefile.app.StartupClasses;
import org.junit.jupiter.api.Test;

/** The list of classes the window preloads (issue 19) names classes that exist: a stale list only wastes time. */
class StartupClassesTest {

    @Test
    void everyListedClassExistsAndTheListHoldsTheWindowsOwnViews() throws IOException {
        List<String> names;
        try (InputStream in = StartupClasses.class.getResourceAsStream(StartupClasses.WINDOW)) {
            assertThat(in).as("the list is in the jar beside the class").isNotNull();
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        }
        ClassLoader loader = StartupClasses.class.getClassLoader();
        List<String> missing = names.stream().filter(name -> {
            try {
                Class.forName(name, false, loader);
                return false;
            } catch (ClassNotFoundException | LinkageError e) {
                return true;
            }
        }).toList();
        assertThat(missing).as("renamed or gone: run src/bench/startup-classes").isEmpty();
        assertThat(names).contains(MainHeader.class.getName(), org.casefile.ui.cases.CaseListView.class.getName(),
                StatusBar.class.getName(), javafx.scene.control.TableView.class.getName());
    }
}
