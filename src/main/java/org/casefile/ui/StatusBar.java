package org.casefile.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.casefile.ui.common.Controls;
import org.casefile.ui.common.Words;
import org.casefile.ui.library.LibraryViewModel;

/** The window's foot: the last news (wrapped, never cut), Undo after a delete, a library job's progress, the path. */
final class StatusBar extends HBox {
    StatusBar(MainViewModel model, LibraryViewModel libraryModel, Path libraryRoot) {
        super(12);
        Label status = new Label();
        status.setId("statusBar");
        status.textProperty().bind(model.statusProperty());
        Button undo = new Button(Words.get("main.undo"));
        undo.setId("undoDelete");
        undo.setAccessibleHelp(Words.get("main.undoHelp"));
        undo.setOnAction(e -> model.undoDelete());
        undo.visibleProperty().bind(model.undoOfferedProperty());
        undo.managedProperty().bind(model.undoOfferedProperty());
        Label where = new Label(libraryRoot.toString());
        where.getStyleClass().add("library-path");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setId("jobProgress");
        progress.progressProperty().bind(libraryModel.progressProperty());
        Button cancel = new Button(Words.get("main.cancelJob"));
        cancel.setId("cancelJob");
        cancel.setOnAction(e -> libraryModel.cancel());
        for (Node node : List.of(progress, cancel)) {
            node.visibleProperty().bind(libraryModel.busyProperty());
            node.managedProperty().bind(libraryModel.busyProperty());
        }
        Controls.wrapBeside(status);
        // Undo follows the message's end ("Case deleted. Undo"), not the middle of the bar.
        status.setMaxWidth(Region.USE_PREF_SIZE);
        Controls.keepWhole(undo, cancel);
        where.setMinWidth(0);
        where.setMaxWidth(360);
        getChildren().addAll(status, undo, progress, cancel, spacer, where);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("status-bar");
        setPadding(new Insets(4, 16, 4, 16));
    }
}
