package org.casefile.ui;

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
    private static HBox step(String number, String text) {
        Label badge = new Label(number);
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
        Label title = new Label("Your orders, your evidence, your refund");
        title.getStyleClass().add("start-title");
        Label text = new Label("Casefile keeps everything about an order that went wrong in one place: the order's "
                + "facts, photos of what arrived, the seller's messages and every deadline. When it is time, it "
                + "makes the evidence file your marketplace, PayPal or bank asks for.");
        text.getStyleClass().add("start-text");
        text.setWrapText(true);
        text.setMaxWidth(560);

        Button create = new Button("New case", new FontIcon(Feather.PLUS));
        create.setId("startNewCase");
        create.getStyleClass().addAll("accent", "large");
        create.setOnAction(e -> newCase.run());
        Button sample = new Button("Open a sample case", new FontIcon(Feather.BOOK_OPEN));
        sample.setId("openSample");
        sample.getStyleClass().add("large");
        sample.setOnAction(e -> openSample.run());
        // Someone moving to a new computer starts here too: the Library menu's own restore action.
        Button restore = new Button("Restore a backup", new FontIcon(Feather.UPLOAD));
        restore.setId("startRestore");
        restore.getStyleClass().add("large");
        restore.setOnAction(e -> restoreBackup.run());
        HBox buttons = new HBox(12, create, sample, restore);
        buttons.setAlignment(Pos.CENTER);

        HBox steps = new HBox(28, step("1", "Open a case for the order"),
                step("2", "Add photos and the seller's messages"), step("3", "Send the packet before the deadline"));
        steps.setAlignment(Pos.CENTER);
        steps.getStyleClass().add("start-steps");
        Hyperlink guide = new Hyperlink("How a dispute is won (one page, two minutes)");
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
