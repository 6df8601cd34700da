package org.casefile.ui.evidence;

import org.casefile.ui.common.Words;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.casefile.app.Picture;
import org.casefile.domain.Evidence;
import org.casefile.ui.common.Dates;

/**
 * One piece of evidence large: the picture upright at window size (decoded small enough off the FX thread), with
 * what a mediator asks about it: when it was taken, its size, its original name, its kind and its SHA-256.
 */
final class EvidencePreview {
    private EvidencePreview() {
    }

    static Stage show(Window owner, Evidence evidence, EvidenceViewModel model, Runnable open) {
        Stage stage = new Stage();
        stage.setTitle(Words.get("preview.title", evidence.originalName()));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        double width = owner == null ? 1000 : Math.max(640, owner.getWidth() * 0.85);
        double height = owner == null ? 760 : Math.max(480, owner.getHeight() * 0.85);

        ImageView view = new ImageView();
        view.setId("previewImage");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(48, 48);
        Label nothing = new Label();
        nothing.getStyleClass().add("placeholder");
        nothing.setWrapText(true);
        StackPane picture = new StackPane(view, loading, nothing);
        picture.setId("previewPicture");
        picture.setMinSize(0, 0);
        picture.getStyleClass().add("evidence-frame");
        view.fitWidthProperty().bind(picture.widthProperty().subtract(16));
        view.fitHeightProperty().bind(picture.heightProperty().subtract(16));

        int longest = (int) Math.ceil(Math.max(width, height));
        model.picture(evidence, longest, found -> {
            loading.setVisible(false);
            if (found.isPresent()) {
                view.setImage(image(found.get()));
            } else {
                nothing.setText(Words.get(evidence.isVideo() ? "preview.noVideoPicture" : "preview.cannotShow"));
            }
        }, failure -> {
            loading.setVisible(false);
            nothing.setText(org.casefile.ui.common.Messages.of(failure));
        });

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        int row = 0;
        row = fact(facts, row, Words.get("preview.taken"), evidence.capturedAt() == null
                ? Words.get("preview.notRecorded") : Dates.time(evidence.capturedAt()), "previewTaken");
        row = fact(facts, row, Words.get("preview.size"), size(evidence), "previewSize");
        row = fact(facts, row, Words.get("preview.originalName"), evidence.originalName(), "previewName");
        row = fact(facts, row, Words.get("evidence.kind"), Words.label(evidence.kind()), "previewKind");
        TextField hash = new TextField(evidence.sha256());
        hash.setId("previewSha256");
        hash.setEditable(false);
        hash.setPrefColumnCount(64);
        hash.setStyle("-fx-font-family: monospace;");
        Label hashLabel = new Label("SHA-256");
        hashLabel.getStyleClass().add("row-detail");
        facts.addRow(row++, hashLabel, hash);
        if (evidence.caption() != null) {
            fact(facts, row, Words.get("preview.caption"), evidence.caption(), "previewCaption");
        }

        RedactionBoxesModel boxes = model.redactions(evidence);
        HBox redaction = new HBox(8);
        if (boxes != null) {
            RedactionOverlay overlay = new RedactionOverlay(boxes, view);
            picture.getChildren().add(overlay);
            Label hint = new Label(Words.get("preview.redactHint"));
            hint.getStyleClass().add("row-detail");
            hint.setWrapText(true);
            Label error = new Label();
            error.setId("redactionError");
            error.getStyleClass().add("field-error");
            error.textProperty().bind(boxes.errorProperty());
            error.setWrapText(true);
            Button remove = new Button(Words.get("preview.removeBox"));
            remove.setId("removeRedaction");
            remove.setOnAction(e -> {
                boxes.remove(overlay.selected());
                overlay.clearSelection();
            });
            Button clear = new Button(Words.get("preview.removeAll"));
            clear.setId("clearRedactions");
            clear.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(boxes.boxes()));
            clear.setOnAction(e -> boxes.clear());
            VBox words = new VBox(2, hint, error);
            HBox.setHgrow(words, Priority.ALWAYS);
            // The hint wraps onto more lines; the buttons keep their words whole in every language.
            words.setMinWidth(0);
            org.casefile.ui.common.Controls.keepWhole(remove, clear);
            redaction.getChildren().addAll(words, remove, clear);
            redaction.setAlignment(Pos.CENTER_LEFT);
            redaction.setPadding(new Insets(8, 0, 0, 0));
        }

        Button openButton = new Button(Words.get("preview.openViewer"));
        openButton.setOnAction(e -> open.run());
        Button close = new Button(Words.get("preview.close"));
        close.setId("closePreview");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, openButton, close);
        buttons.setAlignment(Pos.BOTTOM_RIGHT);
        HBox bottom = new HBox(16, facts, buttons);
        HBox.setHgrow(facts, Priority.ALWAYS);
        bottom.setPadding(new Insets(12, 0, 0, 0));

        BorderPane root = new BorderPane(picture);
        root.setBottom(new VBox(redaction, bottom));
        root.setPadding(new Insets(12));
        root.setId("evidencePreview");
        Scene scene = new Scene(root, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static int fact(GridPane grid, int row, String name, String value, String id) {
        Label label = new Label(name);
        label.getStyleClass().add("row-detail");
        Label text = new Label(value);
        text.setId(id);
        text.setWrapText(true);
        grid.addRow(row, label, text);
        return row + 1;
    }

    static String size(Evidence e) {
        String bytes = org.casefile.ui.common.Sizes.of(e.size());
        String pixels = e.width() == null ? "" : Words.get("preview.pixels", e.width(), e.height()) + ", ";
        String length = e.durationMillis() == null ? "" : duration(e.durationMillis()) + ", ";
        return Words.get("preview.sizeLine", pixels + length + bytes, e.mime());
    }

    /** A video's length as a person reads it: "0:07", "2:41". */
    static String duration(long millis) {
        long seconds = Math.round(millis / 1000.0);
        return seconds / 60 + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
    }

    private static WritableImage image(Picture picture) {
        WritableImage image = new WritableImage(picture.width(), picture.height());
        image.getPixelWriter().setPixels(0, 0, picture.width(), picture.height(), PixelFormat.getIntArgbInstance(),
                picture.argb(), 0, picture.width());
        return image;
    }
}
