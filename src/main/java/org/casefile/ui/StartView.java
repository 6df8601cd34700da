package org.casefile.ui;

import org.casefile.ui.common.Words;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** What an empty library shows: what Casefile does, the three ways to begin, and the guide to winning. */
final class StartView extends VBox {
    private static HBox step(int number, String text) {
        Label badge = new Label(Words.number(number));
        badge.getStyleClass().add("step-number");
        Label words = new Label(text);
        words.getStyleClass().add("step-text");
        HBox step = new HBox(8, badge, words);
        step.setAlignment(Pos.CENTER_LEFT);
        return step;
    }

    StartView(Runnable newCase, Runnable openSample, Runnable restoreBackup, Runnable openGuide) {
        setId("startView");
        getStyleClass().add("start-view");
        setAlignment(Pos.CENTER);
        setSpacing(14);

        ImageView logo = new ImageView(AppIcons.of(256));
        logo.setFitWidth(96);
        logo.setPreserveRatio(true);
        Label title = new Label(Words.get("start.title"));
        title.getStyleClass().add("start-title");
        Label text = new Label(Words.get("start.text"));
        text.getStyleClass().add("start-text");
        text.setWrapText(true);
        text.setMaxWidth(560);

        Button create = new Button(Words.get("start.newCase"), new FontIcon(Feather.PLUS));
        create.setId("startNewCase");
        create.getStyleClass().addAll("accent", "large");
        create.setOnAction(e -> newCase.run());
        Button sample = new Button(Words.get("start.sample"), new FontIcon(Feather.BOOK_OPEN));
        sample.setId("openSample");
        sample.getStyleClass().add("large");
        sample.setOnAction(e -> openSample.run());
        // Someone moving to a new computer starts here too: the Library menu's own restore action.
        Button restore = new Button(Words.get("start.restore"), new FontIcon(Feather.UPLOAD));
        restore.setId("startRestore");
        restore.getStyleClass().add("large");
        restore.setOnAction(e -> restoreBackup.run());
        HBox buttons = new HBox(12, create, sample, restore);
        buttons.setAlignment(Pos.CENTER);

        HBox steps = new HBox(28, step(1, Words.get("start.step1")), step(2, Words.get("start.step2")),
                step(3, Words.get("start.step3")));
        steps.setAlignment(Pos.CENTER);
        steps.getStyleClass().add("start-steps");
        Hyperlink guide = new Hyperlink(Words.get("start.guide"));
        guide.setId("startGuide");
        guide.setOnAction(e -> openGuide.run());
        getChildren().addAll(logo, title, text, buttons, steps, guide);
        create.sceneProperty().addListener((p, before, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(create::requestFocus);
            }
        });
    }
}
