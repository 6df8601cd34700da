package org.casefile.ui.evidence;

import org.casefile.ui.common.Words;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.ui.common.Dates;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The evidence as thumbnails grouped by kind, in a virtualized list of rows: only the rows on screen have nodes, and
 * each thumbnail loads on JavaFX's background image loader, so 500 photos scroll like 5.
 */
final class EvidenceGrid extends ListView<EvidenceGrid.Row> {
    static final int TILE = 150;
    private static final double TILE_WIDTH = TILE + 8 + 10; // padding and gap
    private static final int CACHED_THUMBNAILS = 240;

    /** One line of the grid: the header above the files, a kind's heading, or up to a row's worth of its tiles. */
    sealed interface Row permits Header, Heading, Tiles {
    }

    /** The checklist: it scrolls away with the files, so a small window still has room for them. */
    record Header() implements Row {
    }

    /** Reads as its label ("What arrived  (3)"), which is also what window tests look for. */
    record Heading(EvidenceKind kind, int count) implements Row {
        @Override
        public String toString() {
            return Words.get("grid.group", Words.label(kind), count);
        }
    }

    /** Reads as the names of its files, one per line. */
    record Tiles(List<Evidence> items) implements Row {
        @Override
        public String toString() {
            return String.join("\n", items.stream().map(Evidence::originalName).toList());
        }
    }

    private final ObservableList<Evidence> evidence;
    private final Function<Evidence, Path> thumbnails;
    private final Function<Evidence, ContextMenu> menus;
    private final Consumer<Evidence> preview;
    private final java.util.function.Predicate<Evidence> takenBeforeOrder;
    /** Recently shown thumbnails, so scrolling back does not load them again. */
    private final Map<String, Image> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > CACHED_THUMBNAILS;
        }
    };
    private int columns = 0;
    private final Node header;
    private final Node emptyNote;

    EvidenceGrid(Node header, Node empty, ObservableList<Evidence> evidence, Function<Evidence, Path> thumbnails,
                 Function<Evidence, ContextMenu> menus, Consumer<Evidence> preview,
                 java.util.function.Predicate<Evidence> takenBeforeOrder) {
        this.takenBeforeOrder = takenBeforeOrder;
        this.header = header;
        this.emptyNote = empty;
        this.evidence = evidence;
        this.thumbnails = thumbnails;
        this.menus = menus;
        this.preview = preview;
        setId("evidenceGrid");
        getStyleClass().add("evidence-grid");
        setFocusTraversable(false);
        setCellFactory(list -> new RowCell());
        // Wrapped text takes the grid's width instead of asking for a line as long as its text.
        for (Node node : List.of(header, empty)) {
            if (node instanceof javafx.scene.layout.Region region) {
                region.prefWidthProperty().bind(widthProperty().subtract(40));
                region.setMinWidth(0);
            }
        }
        evidence.addListener((ListChangeListener<Evidence>) change -> rebuild());
        widthProperty().addListener((p, before, width) -> {
            if (columnsFor(width.doubleValue()) != columns) {
                rebuild();
            }
        });
        rebuild();
    }

    private static int columnsFor(double width) {
        return Math.max(1, (int) ((width - 40) / TILE_WIDTH));
    }

    /**
     * Thumbnails made in the background have arrived: the rows are laid out again, not only refreshed, since a
     * refresh leaves the cells of rows scrolled out of view with their placeholders.
     */
    void picturesArrived() {
        rebuild();
    }

    private void rebuild() {
        columns = columnsFor(getWidth() <= 0 ? 800 : getWidth());
        List<Row> rows = new ArrayList<>();
        rows.add(new Header());
        if (evidence.isEmpty()) {
            rows.add(new Tiles(List.of()));
        }
        for (EvidenceKind kind : EvidenceKind.values()) {
            List<Evidence> ofKind = evidence.stream().filter(e -> e.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            rows.add(new Heading(kind, ofKind.size()));
            for (int from = 0; from < ofKind.size(); from += columns) {
                rows.add(new Tiles(ofKind.subList(from, Math.min(ofKind.size(), from + columns))));
            }
        }
        getItems().setAll(rows);
        // Rows equal to the old ones keep their cells: redrawn, the tiles whose thumbnail arrived meanwhile show it.
        refresh();
    }

    /** The row index holding this evidence, for scrolling to it. */
    int rowOf(long evidenceId) {
        for (int i = 0; i < getItems().size(); i++) {
            if (getItems().get(i) instanceof Tiles tiles
                    && tiles.items().stream().anyMatch(e -> e.id() == evidenceId)) {
                return i;
            }
        }
        return -1;
    }

    private final class RowCell extends ListCell<Row> {
        RowCell() {
            // The rows are a layout, not a choice: no selection colour.
            setStyle("-fx-background-color: transparent; -fx-padding: 0 0 6 0;");
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
            } else if (row instanceof Heading heading) {
                Label label = new Label(heading.toString());
                label.getStyleClass().add("form-section");
                label.setPadding(new Insets(10, 0, 2, 0));
                setGraphic(label);
            } else if (row instanceof Header) {
                setGraphic(header);
            } else if (row instanceof Tiles tiles && tiles.items().isEmpty()) {
                setGraphic(emptyNote);
            } else if (row instanceof Tiles tiles) {
                HBox line = new HBox(10);
                tiles.items().forEach(e -> line.getChildren().add(tile(e)));
                setGraphic(line);
            }
        }
    }

    private Node tile(Evidence evidence) {
        Node picture;
        Image image = thumbnail(evidence);
        if (image != null) {
            ImageView view = new ImageView(image);
            view.setFitWidth(TILE);
            view.setFitHeight(TILE);
            view.setPreserveRatio(true);
            picture = view;
        } else {
            // A photo's placeholder until its thumbnail, made in the background after an import, arrives.
            FontIcon icon = new FontIcon(evidence.isVideo() ? Feather.FILM
                    : evidence.mediaType() != null && evidence.mediaType().isImage() ? Feather.IMAGE
                    : Feather.FILE);
            icon.setIconSize(48);
            picture = icon;
        }
        StackPane frame = new StackPane(picture);
        frame.setPrefSize(TILE, TILE);
        frame.setMinSize(TILE, TILE);
        frame.getStyleClass().add("evidence-frame");
        if (evidence.isVideo()) {
            FontIcon play = new FontIcon(Feather.PLAY_CIRCLE);
            play.setIconSize(32);
            play.getStyleClass().add("video-mark");
            frame.getChildren().add(play);
        }
        Label name = new Label(evidence.originalName());
        name.setMaxWidth(TILE);
        name.getStyleClass().add("row-detail");
        Label when = new Label(evidence.capturedAt() != null
                ? Words.get("grid.taken", Dates.time(evidence.capturedAt()))
                : evidence.durationMillis() != null ? EvidencePreview.duration(evidence.durationMillis()) : "");
        when.getStyleClass().add("row-detail");
        VBox tile = new VBox(4, frame, name, when);
        if (takenBeforeOrder.test(evidence)) {
            Label early = new Label(Words.get("grid.beforeOrder"), new FontIcon(Feather.ALERT_TRIANGLE));
            early.getStyleClass().add("evidence-doubtful");
            early.setId("takenBeforeOrder-" + evidence.id());
            early.setMaxWidth(TILE);
            early.setWrapText(true);
            tile.getChildren().add(early);
        }
        tile.setPrefWidth(TILE + 8);
        if (evidence.caption() != null) {
            Label caption = new Label(evidence.caption());
            caption.setMaxWidth(TILE);
            caption.setWrapText(true);
            tile.getChildren().add(1, caption);
        }
        tile.getStyleClass().add("evidence-tile");
        tile.setFocusTraversable(true);
        tile.setOnContextMenuRequested(e -> menus.apply(evidence).show(tile, e.getScreenX(), e.getScreenY()));
        tile.setOnMousePressed(e -> tile.requestFocus());
        tile.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                preview.accept(evidence);
            }
        });
        tile.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                preview.accept(evidence);
                e.consume();
            }
        });
        tile.setUserData(evidence);
        tile.setAccessibleText(Words.get("grid.tileName", Words.label(evidence.kind()), evidence.originalName()));
        // Made on first hover: a tooltip per tile would cost more than the tile while scrolling.
        tile.setOnMouseEntered(e -> {
            if (tile.getProperties().putIfAbsent("tooltip", Boolean.TRUE) == null) {
                Tooltip.install(tile, new Tooltip(evidence.originalName() + "\n" + evidence.mime()
                        + (evidence.width() == null ? ""
                        : ", " + Words.get("preview.pixels", evidence.width(), evidence.height()))
                        + "\nSHA-256 " + evidence.sha256() + (evidence.hasGps() ? "\n" + Words.get("grid.gps") : "")
                        + "\n" + Words.get("grid.doubleClick")));
            }
        });
        return tile;
    }

    /** The thumbnail at tile size, loaded on JavaFX's background loader; null when there is none. */
    private Image thumbnail(Evidence evidence) {
        Image cached = cache.get(evidence.sha256());
        if (cached != null && !cached.isError()) {
            return cached;
        }
        Path file = thumbnails.apply(evidence);
        if (!Files.exists(file)) {
            return null;
        }
        Image image = new Image(file.toUri().toString(), TILE, TILE, true, true, true);
        cache.put(evidence.sha256(), image);
        return image;
    }
}
