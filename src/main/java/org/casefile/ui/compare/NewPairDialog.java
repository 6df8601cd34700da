package org.casefile.ui.compare;

import org.casefile.ui.common.Words;
import org.casefile.ui.common.Controls;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.domain.Pair;

/**
 * Chooses the two pictures of a new pair by their thumbnails: a listing screenshot for the left, a photo of what
 * arrived for the right; only pictures of those kinds are offered. A case with one of either has it chosen already.
 */
final class NewPairDialog extends Dialog<NewPairDialog.Choice> {
    private final ButtonType addType = new ButtonType(Words.get("pair.add"), ButtonBar.ButtonData.OK_DONE);
    private static final double TILE = 120;

    record Choice(Evidence listing, Evidence received, String caption) {
    }

    NewPairDialog(Window owner, CompareViewModel model) {
        initOwner(owner);
        setTitle(Words.get("pair.title"));
        setHeaderText(Words.get("pair.header"));
        setResizable(true);
        ToggleGroup left = new ToggleGroup();
        ToggleGroup right = new ToggleGroup();
        TextField caption = new TextField();
        caption.setId("pairCaption");
        caption.setPromptText(Words.get("pair.captionPrompt"));
        caption.setAccessibleText(Words.get("preview.caption"));
        caption.textProperty().addListener((p, before, now) -> {
            if (now.length() > Pair.MAX_CAPTION) {
                caption.setText(now.substring(0, Pair.MAX_CAPTION));
            }
        });

        VBox content = new VBox(8,
                Controls.heading(Words.get("pair.listingLeft")), tiles(model, model.listings(), left, "listing"),
                Controls.heading(Words.get("pair.arrivedRight")), Controls.hint(Words.get("pair.arrivedHint")),
                tiles(model, model.arrivals(), right, "arrived"),
                Controls.heading(Words.get("preview.caption")), caption);
        content.setPadding(new Insets(10, 0, 0, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(4 * (TILE + 24) + 20);
        scroll.setPrefViewportHeight(Math.min(560, 2 * (TILE + 70) + 110));
        scroll.getStyleClass().add("edge-to-edge");
        getDialogPane().setContent(scroll);
        getDialogPane().getButtonTypes().setAll(addType, ButtonType.CANCEL);
        getDialogPane().setId("newPairDialog");
        Button add = (Button) getDialogPane().lookupButton(addType);
        add.setId("addPair");
        add.disableProperty().bind(left.selectedToggleProperty().isNull()
                .or(right.selectedToggleProperty().isNull()));
        setResultConverter(button -> button == addType
                ? new Choice(chosen(left), chosen(right), caption.getText())
                : null);
        setOnShown(e -> caption.requestFocus());
    }

    private static Evidence chosen(ToggleGroup group) {
        Toggle toggle = group.getSelectedToggle();
        return toggle == null ? null : (Evidence) toggle.getUserData();
    }



    private static FlowPane tiles(CompareViewModel model, List<Evidence> items, ToggleGroup group, String role) {
        FlowPane pane = new FlowPane(8, 8);
        for (Evidence item : items) {
            Label name = new Label(item.originalName());
            name.setMaxWidth(TILE);
            VBox face = new VBox(4, Pictures.framed(model.thumbnail(item), TILE, TILE), name);
            if (item.kind() != EvidenceKind.RECEIVED && item.kind() != EvidenceKind.LISTING) {
                face.getChildren().add(new Label(Words.get(item.kind().phrase())));
            }
            ToggleButton tile = new ToggleButton(null, face);
            tile.setId(role + "-" + item.id());
            tile.setUserData(item);
            tile.setToggleGroup(group);
            tile.getStyleClass().add("pick-tile");
            tile.setAccessibleText(Words.get("grid.tileName", Words.get(item.kind().phrase()), item.originalName()));
            tile.setTooltip(new Tooltip(item.originalName() + (item.caption() == null ? "" : "\n" + item.caption())));
            pane.getChildren().add(tile);
        }
        if (items.size() == 1) {
            group.selectToggle(group.getToggles().get(0));
        }
        // A click on the chosen tile keeps it chosen: a pair always needs one on each side.
        group.selectedToggleProperty().addListener((p, before, now) -> {
            if (now == null && before != null) {
                group.selectToggle(before);
            }
        });
        return pane;
    }
}
