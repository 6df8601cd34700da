package org.casefile.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** What an empty library shows: what Casefile does, and the two ways to begin. */
final class StartView extends VBox {
    StartView(Runnable newCase, Runnable openSample) {
        setId("startView");
        getStyleClass().add("start-view");
        setAlignment(Pos.CENTER);
        setSpacing(14);

        ImageView logo = new ImageView(AppIcons.large());
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
        HBox buttons = new HBox(12, create, sample);
        buttons.setAlignment(Pos.CENTER);

        Label steps = new Label("1  Open a case for the order     2  Add photos and the seller's messages     "
                + "3  Export the claim packet before the deadline");
        steps.getStyleClass().add("start-steps");
        steps.setWrapText(true);
        steps.setMaxWidth(620);
        getChildren().addAll(logo, title, text, buttons, steps);
    }
}
