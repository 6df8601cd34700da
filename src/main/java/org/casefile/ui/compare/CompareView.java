package org.casefile.ui.compare;

import org.casefile.ui.common.Words;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.casefile.domain.Discrepancy;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.ui.common.Controls;
import org.casefile.ui.common.Dates;
import org.casefile.ui.common.FileDialogs;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Compare tab: the differences the buyer listed, then each pair as the packet will show it, the listing on the
 * left and what arrived on the right at the same height, with its caption.
 */
public final class CompareView extends BorderPane {
    /** The largest picture box; both pictures of a pair get the height the narrower one allows. */
    static final double MAX_WIDTH = 340;
    static final double MAX_HEIGHT = 230;
    private static final double MIN_WIDTH = 110;
    /** Padding of the content, of a card, and the gap between the two pictures. */
    private static final double CHROME = 48 + 34 + 16 + 18;

    private final CompareViewModel model;
    private final Supplier<FileDialogs> dialogs;
    private final VBox pairs = new VBox(14);
    private final VBox differences = new VBox(4);
    /** Why pairs matter and what to add first: above everything while the case has none. */
    private final HBox empty = new HBox(12);
    /** The width each picture of a pair may take: half of what the tab has, within bounds. */
    private final DoubleProperty sideWidth = new SimpleDoubleProperty(MAX_WIDTH);
    private Runnable onEditDifferences = () -> { };
    private Consumer<Evidence> onOpen = item -> { };

    public CompareView(CompareViewModel model, Supplier<FileDialogs> dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        getStyleClass().add("compare-view");

        Button newPair = new Button(Words.get("compare.newPair"), new FontIcon(Feather.COLUMNS));
        newPair.setId("newPair");
        newPair.getStyleClass().add("accent");
        newPair.disableProperty().bind(model.canPairProperty().not());
        newPair.setOnAction(e -> new NewPairDialog(window(), model).showAndWait()
                .ifPresent(choice -> model.add(choice.listing(), choice.received(), choice.caption())));
        Label notice = new Label();
        notice.setId("compareNotice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        Controls.wrapBeside(notice);
        Controls.keepWhole(newPair);
        HBox tools = new HBox(12, newPair, notice);
        tools.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(notice, Priority.ALWAYS);

        VBox content = new VBox(14, tools, empty, differences, pairs);
        content.setPadding(new Insets(14, 24, 20, 24));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        scroll.viewportBoundsProperty().addListener((p, before, now) -> sideWidth.set(
                Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, (now.getWidth() - CHROME) / 2))));

        model.rows().addListener((ListChangeListener<CompareViewModel.Row>) c -> rebuild());
        model.discrepancies().addListener((ListChangeListener<Discrepancy>) c -> showDifferences());
        model.canPairProperty().addListener((p, before, now) -> rebuild());
        rebuild();
        showDifferences();
    }

    /** What "Edit in Description" does: the case view switches to the tab where the rows are edited. */
    public void setOnEditDifferences(Runnable onEditDifferences) {
        this.onEditDifferences = onEditDifferences;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** The rows read-only: they are edited in the Description tab, next to the text they feed. */
    private void showDifferences() {
        differences.getChildren().clear();
        Hyperlink edit = new Hyperlink(Words.get(model.discrepancies().isEmpty() ? "compare.addInDescription"
                : "compare.editInDescription"));
        edit.setId("editDifferences");
        edit.setOnAction(e -> onEditDifferences.run());
        Label heading = new Label(Words.get("claim.rows"));
        heading.getStyleClass().add("form-section");
        HBox title = new HBox(10, heading, edit);
        title.setAlignment(Pos.BASELINE_LEFT);
        differences.getChildren().add(title);
        if (model.discrepancies().isEmpty()) {
            Label none = new Label(Words.get("compare.noDifferences"));
            none.getStyleClass().add("row-detail");
            none.setWrapText(true);
            differences.getChildren().add(none);
            return;
        }
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        grid.getStyleClass().add("difference-grid");
        grid.addRow(0, header(Words.get("claim.what")), header(Words.get("claim.listingSays")),
                header(Words.get("claim.youReceived")));
        int row = 1;
        for (Discrepancy d : model.discrepancies()) {
            Label received = new Label(d.received());
            received.getStyleClass().add("difference-received");
            grid.addRow(row++, new Label(d.attribute()), new Label(d.advertised()), received);
        }
        differences.getChildren().add(grid);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private void rebuild() {
        pairs.getChildren().clear();
        empty.getChildren().clear();
        boolean none = model.rows().isEmpty();
        empty.setVisible(none);
        empty.setManaged(none);
        if (none) {
            Label text = new Label(model.emptyText());
            text.setId("compareEmpty");
            text.setWrapText(true);
            text.getStyleClass().add("placeholder");
            FontIcon icon = new FontIcon(Feather.COLUMNS);
            icon.setIconSize(28);
            icon.getStyleClass().add("row-icon");
            empty.getChildren().addAll(icon, text);
            empty.setAlignment(Pos.TOP_LEFT);
            empty.getStyleClass().setAll("compare-empty");
            return;
        }
        Label heading = new Label(Words.get("compare.pairs", model.rows().size()));
        heading.getStyleClass().add("form-section");
        pairs.getChildren().add(heading);
        int number = 1;
        for (CompareViewModel.Row row : model.rows()) {
            pairs.getChildren().add(card(row, number++));
        }
    }

    /** One pair: the two pictures at one height, their labels, the caption and what can be done with it. */
    private Node card(CompareViewModel.Row row, int number) {
        double narrowest = Math.max(Pictures.aspect(row.listing()), Pictures.aspect(row.received()));
        DoubleBinding height = Bindings.createDoubleBinding(() -> Math.min(MAX_HEIGHT,
                sideWidth.get() / narrowest), sideWidth);
        HBox pictures = new HBox(16, side(Words.get("compare.listing"), row.listing(), height),
                side(row.received().kind() == EvidenceKind.RECEIVED ? Words.get("compare.arrived")
                        : Words.get("compare.arrivedKind", Words.get(row.received().kind().phrase())), row.received(), height));
        pictures.setAlignment(Pos.TOP_LEFT);

        Label caption = new Label(row.pair().caption() == null ? Words.get("compare.noCaption")
                : row.pair().caption());
        caption.getStyleClass().add(row.pair().caption() == null ? "row-detail" : "pair-caption");
        caption.setWrapText(true);
        caption.setId("pairCaption-" + row.pair().id());

        Button edit = new Button(Words.get("evidence.caption"), new FontIcon(Feather.EDIT_3));
        edit.setId("captionPair-" + row.pair().id());
        edit.setOnAction(e -> {
            TextInputDialog dialog = new TextInputDialog(row.pair().caption() == null ? "" : row.pair().caption());
            dialog.initOwner(window());
            dialog.setTitle(Words.get("preview.caption"));
            dialog.setHeaderText(Words.get("compare.captionHeader", row.listing().originalName(),
                    row.received().originalName()));
            dialog.getEditor().setPrefColumnCount(40);
            dialog.showAndWait().ifPresent(text -> model.caption(row, text));
        });
        Button remove = new Button(Words.get("evidence.remove"), new FontIcon(Feather.TRASH_2));
        remove.setId("removePair-" + row.pair().id());
        remove.getStyleClass().addAll("flat", "danger");
        remove.setOnAction(e -> {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Words.get("compare.removeText"), ButtonType.OK,
                    ButtonType.CANCEL);
            alert.setHeaderText(Words.get("compare.removeHeader", number));
            alert.initOwner(window());
            alert.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.remove(row));
        });
        Label title = new Label(Words.get("compare.pair", number));
        title.getStyleClass().add("pair-number");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The actions sit on the title line, so they stay in sight above the pictures.
        Button image = new Button(Words.get("compare.saveImage"), new FontIcon(Feather.IMAGE));
        image.setId("savePairImage-" + row.pair().id());
        image.setTooltip(new javafx.scene.control.Tooltip(Words.get("compare.saveImageTip")));
        image.setOnAction(e -> model.saveImage(row, dialogs.get().askSave(window(), Words.get("compare.saveImageTitle"),
                model.imageName(row), Words.get("compare.jpeg"), "jpg")));
        Controls.keepWhole(title, edit, image, remove); // whole in Spanish and French too, never cut short
        HBox top = new HBox(8, title, spacer, edit, image, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(10, top, pictures, caption);
        card.getStyleClass().add("pair-card");
        card.setMaxWidth(2 * MAX_WIDTH + 16 + 34);
        card.setAccessibleText(Words.get("compare.pairName", number, row.listing().originalName(),
                row.received().originalName()));
        return card;
    }

    private VBox side(String label, Evidence item, DoubleBinding height) {
        Label exhibit = new Label(label);
        exhibit.getStyleClass().add("exhibit-label");
        double aspect = Pictures.aspect(item);
        DoubleBinding width = Bindings.createDoubleBinding(() -> Math.min(sideWidth.get(), height.get() * aspect),
                sideWidth, height);
        StackPane frame = Pictures.framed(model.thumbnail(item), width, height);
        frame.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                onOpen.accept(item);
            }
        });
        Label name = new Label(item.originalName());
        name.getStyleClass().add("row-detail");
        name.maxWidthProperty().bind(sideWidth);
        VBox side = new VBox(6, exhibit, frame, name);
        if (item.capturedAt() != null) {
            Label taken = new Label(Words.get("grid.taken", Dates.time(item.capturedAt())));
            taken.getStyleClass().add("row-detail");
            side.getChildren().add(taken);
        }
        side.minWidthProperty().bind(width);
        return side;
    }

    /** Double-clicking a picture opens the file in the system's viewer. */
    public void setOnOpen(Consumer<Evidence> onOpen) {
        this.onOpen = onOpen;
    }
}
