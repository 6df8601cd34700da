package org.casefile.ui.evidence;

import org.casefile.ui.common.Words;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.casefile.domain.Evidence;
import org.casefile.domain.EvidenceKind;
import org.casefile.ui.common.Controls;
import org.casefile.ui.common.FileDialogs;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The case's evidence folder: thumbnails by kind, and files added by picking them or dropping them here. */
public final class EvidenceView extends BorderPane {
    private final EvidenceViewModel model;
    private final EvidenceGrid grid;
    private final SimpleObjectProperty<EvidenceKind> kind = new SimpleObjectProperty<>();

    private final java.util.function.Consumer<java.nio.file.Path> opener;
    private java.util.function.Consumer<String> onPastedText = text -> { };

    public EvidenceView(EvidenceViewModel model, Supplier<FileDialogs> dialogs,
                        java.util.function.Consumer<java.nio.file.Path> opener) {
        this.model = model;
        this.opener = opener;
        setId("evidenceView");

        Button add = new Button(Words.get("evidence.add"), new FontIcon(Feather.PLUS));
        add.setId("addEvidence");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> model.importFiles(dialogs.get().askOpen(window(), Words.get("evidence.addTitle")),
                kind.get()));
        ComboBox<EvidenceKind> kindBox = Controls.choice(EvidenceKind.values(), kind, "evidenceKind");
        kindBox.setPromptText(Words.get("evidence.kindPrompt"));
        kindBox.setMaxWidth(260);
        kindBox.setAccessibleText(Words.get("evidence.kindName"));
        Button clearKind = new Button(null, new FontIcon(Feather.X));
        clearKind.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT);
        clearKind.setTooltip(new Tooltip(Words.get("evidence.guessKind")));
        clearKind.setAccessibleText(Words.get("evidence.clearKind"));
        clearKind.setAccessibleHelp(Words.get("evidence.guessKind"));
        clearKind.setOnAction(e -> kind.set(null));
        Button check = new Button(Words.get("evidence.check"), new FontIcon(Feather.SHIELD));
        check.setId("checkEvidence");
        check.setTooltip(new Tooltip(Words.get("evidence.checkTip")));
        check.setOnAction(e -> model.check());
        Button folder = new Button(Words.get("evidence.folder"), new FontIcon(Feather.FOLDER));
        folder.setId("openCaseFolder");
        folder.setTooltip(new Tooltip(Words.get("evidence.folderTip")));
        folder.setOnAction(e -> opener.accept(model.caseFolder()));
        Button phone = new Button(Words.get("evidence.phone"), new FontIcon(Feather.SMARTPHONE));
        phone.setId("addFromPhone");
        phone.setTooltip(new Tooltip(Words.get("evidence.phoneTip")));
        phone.setOnAction(e -> fromPhone());
        FlowPane tools = new FlowPane(8, 8, add, phone, kindBox, clearKind, check, folder);
        tools.setAlignment(Pos.CENTER_LEFT);

        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button(Words.get("evidence.cancel"));
        cancel.setId("cancelImport");
        cancel.setOnAction(e -> model.cancel());
        org.casefile.ui.common.Controls.keepWhole(cancel);
        HBox running = new HBox(8, progress, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(progress, javafx.scene.layout.Priority.ALWAYS);
        running.visibleProperty().bind(model.importingProperty());
        running.managedProperty().bind(running.visibleProperty());

        Label notice = new Label();
        notice.setId("evidenceNotice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.managedProperty().bind(model.noticeProperty().isNotEmpty());
        ListView<String> refused = new ListView<>(model.rejected());
        refused.setId("refusedFiles");
        refused.setPrefHeight(90);
        refused.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.rejected()));
        refused.managedProperty().bind(refused.visibleProperty());

        VBox checklist = new VBox(6);
        checklist.setId("checklist");
        Runnable showChecklist = () -> {
            checklist.getChildren().setAll(new Label(Words.get("evidence.checklist")));
            checklist.getChildren().get(0).getStyleClass().add("form-section");
            for (org.casefile.domain.Checklist.Item item : model.checklist()) {
                FontIcon icon = new FontIcon(item.present() ? Feather.CHECK_CIRCLE : Feather.CIRCLE);
                icon.getStyleClass().add(item.present() ? "check-present" : "check-missing");
                Label what = new Label(Words.get(item.whatPhrase()));
                what.getStyleClass().add("row-heading");
                what.setWrapText(true);
                what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label tip = new Label(Words.get(item.tipPhrase()));
                tip.getStyleClass().add("row-detail");
                tip.setWrapText(true);
                VBox text = new VBox(1, what);
                if (!item.present()) {
                    text.getChildren().add(tip);
                }
                // A wrapping label in a row wraps only when the row lets it shrink and keeps its height.
                tip.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                text.setMinWidth(0);
                HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
                HBox row = new HBox(10, icon, text);
                row.setAccessibleText(Words.get(item.present() ? "evidence.done" : "evidence.missing", what.getText()));
                checklist.getChildren().add(row);
            }
        };
        model.checklist().addListener((ListChangeListener<org.casefile.domain.Checklist.Item>) c -> showChecklist.run());
        showChecklist.run();

        VBox top = new VBox(10, tools, running, notice, refused);
        top.setPadding(new Insets(12, 16, 8, 16));
        setTop(top);

        checklist.setPadding(new Insets(0, 0, 4, 0));
        Label empty = new Label(Words.get("evidence.empty"));
        empty.setWrapText(true);
        empty.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        empty.getStyleClass().add("placeholder");
        grid = new EvidenceGrid(checklist, empty, model.items(), model::thumbnail, this::menu, this::preview,
                model::takenBeforeOrder);
        // Reloaded details equal to the shown ones do not reach the grid: thumbnails made later redraw it here.
        model.picturesMadeProperty().addListener((p, before, now) -> grid.picturesArrived());
        BorderPane.setMargin(grid, new Insets(0, 16, 16, 16));
        setCenter(grid);

        // Ctrl+V: a screenshot just taken becomes evidence, a copied chat goes to the paste-chat dialog.
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (PASTE.match(event) && paste(javafx.scene.input.Clipboard.getSystemClipboard())) {
                event.consume();
            }
        });
        // Files dropped from the desktop or a file manager are imported like picked ones.
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                dropped(event.getDragboard().getFiles());
            }
            event.setDropCompleted(files);
            event.consume();
        });
    }

    /** What can be done with one piece of evidence. */
    private javafx.scene.control.ContextMenu menu(Evidence evidence) {
        javafx.scene.control.MenuItem look = new javafx.scene.control.MenuItem(Words.get("evidence.preview"));
        look.setOnAction(e -> preview(evidence));
        javafx.scene.control.MenuItem open = new javafx.scene.control.MenuItem(Words.get("evidence.open"));
        open.setOnAction(e -> opener.accept(model.file(evidence)));
        javafx.scene.control.MenuItem caption = new javafx.scene.control.MenuItem(Words.get("evidence.caption"));
        caption.setOnAction(e -> {
            javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(
                    evidence.caption() == null ? "" : evidence.caption());
            dialog.initOwner(window());
            dialog.setHeaderText(Words.get("evidence.captionHeader", evidence.originalName()));
            dialog.showAndWait().ifPresent(text -> model.caption(evidence, text));
        });
        javafx.scene.control.Menu kind = new javafx.scene.control.Menu(Words.get("evidence.changeKind"));
        for (EvidenceKind k : EvidenceKind.values()) {
            javafx.scene.control.MenuItem to = new javafx.scene.control.MenuItem(Words.label(k));
            to.setDisable(k == evidence.kind());
            to.setOnAction(e -> model.changeKind(evidence, k));
            kind.getItems().add(to);
        }
        javafx.scene.control.MenuItem remove = new javafx.scene.control.MenuItem(Words.get("evidence.remove"));
        remove.setOnAction(e -> {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.CONFIRMATION, Words.get("evidence.removeText"),
                    javafx.scene.control.ButtonType.OK,
                    javafx.scene.control.ButtonType.CANCEL);
            alert.setHeaderText(Words.get("evidence.removeHeader", evidence.originalName()));
            alert.initOwner(window());
            alert.showAndWait().filter(javafx.scene.control.ButtonType.OK::equals)
                    .ifPresent(ok -> model.remove(evidence));
        });
        return new javafx.scene.control.ContextMenu(look, open, caption, kind, new javafx.scene.control.SeparatorMenuItem(),
                remove);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Shows one piece of evidence large, with its capture time, size, name, kind and hash. */
    public void preview(Evidence evidence) {
        EvidencePreview.show(window(), evidence, model, () -> opener.accept(model.file(evidence)));
    }

    /**
     * Imports files dropped on the view (from the desktop or a file manager), each with the chosen kind or one
     * guessed from its name: what a drop does, callable as a drop would.
     */
    public void dropped(List<java.io.File> files) {
        model.importFiles(files.stream().map(java.io.File::toPath).toList(), kind.get());
    }

    private static final javafx.scene.input.KeyCombination PASTE = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.V, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    /** Where text pasted here goes: the paste-chat dialog of the case's messages. */
    public void setOnPastedText(java.util.function.Consumer<String> onPastedText) {
        this.onPastedText = onPastedText;
    }

    /**
     * What Ctrl+V does with the clipboard: a picture is imported after asking its kind, files are imported as if
     * dropped, text opens the paste-chat dialog. False when the clipboard holds none of these.
     */
    public boolean paste(javafx.scene.input.Clipboard clipboard) {
        if (clipboard.hasImage()) {
            javafx.scene.image.Image image = clipboard.getImage();
            askKind().ifPresent(chosen -> model.pastePicture(pixels(image), chosen));
            return true;
        }
        if (clipboard.hasFiles()) {
            dropped(clipboard.getFiles());
            return true;
        }
        if (clipboard.hasString() && !clipboard.getString().isBlank()) {
            onPastedText.accept(clipboard.getString());
            return true;
        }
        return false;
    }

    private java.util.Optional<EvidenceKind> askKind() {
        javafx.scene.control.ChoiceDialog<EvidenceKind> ask = new javafx.scene.control.ChoiceDialog<>(
                kind.get() != null ? kind.get() : EvidenceKind.LISTING, EvidenceKind.values());
        ask.initOwner(window());
        ask.setTitle(Words.get("evidence.pasteTitle"));
        ask.setHeaderText(Words.get("evidence.pasteHeader"));
        ask.setContentText(Words.get("evidence.kind"));
        return ask.showAndWait();
    }

    private static org.casefile.app.Picture pixels(javafx.scene.image.Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height,
                javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, width);
        return new org.casefile.app.Picture(width, height, argb);
    }

    private void fromPhone() {
        try {
            new PhoneDialog(window(), arrived -> model.openPhone(kind.get(), arrived)).showAndWait();
        } catch (org.casefile.domain.CasefileException e) {
            model.noticeProperty().set(org.casefile.ui.common.Messages.of(e));
        }
    }
}
