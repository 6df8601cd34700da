package org.casefile.ui.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.casefile.domain.PacketProfile;
import org.casefile.ui.common.Controls;
import org.casefile.ui.common.Words;
import org.casefile.ui.common.FileDialogs;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Export tab: settings on the left (route, budget, what the packet holds, what is still missing, Export), the
 * packet's pages on the right as they will be sent. Built for a buyer in a hurry: the suggested route is chosen, the
 * budget filled in, and one button saves the file.
 */
public final class ExportView extends BorderPane {
    private static final double SETTINGS_WIDTH = 340;

    private final ExportViewModel model;
    private final Supplier<FileDialogs> dialogs;
    private final FlowPane pageGrid = new FlowPane(12, 12);
    private final PauseTransition typing = new PauseTransition(Duration.millis(700));
    private boolean active;

    public ExportView(ExportViewModel model, Supplier<FileDialogs> dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        getStyleClass().add("export-view");

        ScrollPane settings = new ScrollPane(settings());
        settings.setFitToWidth(true);
        settings.setMinWidth(SETTINGS_WIDTH);
        settings.setPrefWidth(SETTINGS_WIDTH + 20);
        settings.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setLeft(settings);
        setCenter(preview());

        typing.setOnFinished(e -> refreshIfActive());
        model.profileProperty().addListener((p, before, now) -> refreshIfActive());
        model.originalsProperty().addListener((p, before, now) -> refreshIfActive());
        model.maxSizeProperty().addListener((p, before, now) -> typing.playFromStart());
        model.maxPagesProperty().addListener((p, before, now) -> typing.playFromStart());
    }

    /** The tab was opened (or the case changed while it is open): plan and preview for what is shown now. */
    public void activate() {
        active = true;
        model.refresh();
    }

    public void deactivate() {
        active = false;
        typing.stop();
        model.stopPreview();
    }

    private void refreshIfActive() {
        if (active) {
            typing.stop();
            model.refresh();
        }
    }

    /**
     * The route across the column and the packet's language under it: side by side, a longer route's name
     * ("Marktplatz-Streitfall") was cut in the narrow column.
     */
    private VBox profileAndLanguage(ComboBox<PacketProfile> profile) {
        profile.setMaxWidth(Double.MAX_VALUE);
        ComboBox<?> language = LanguageChoice.of(model.languageProperty());
        language.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label named = new Label(Words.get("export.language"));
        named.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(10, named, language);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, profile, row);
    }

    private VBox settings() {
        ComboBox<PacketProfile> profile = Controls.choice(PacketProfile.values(), model.profileProperty(),
                "exportProfile");
        profile.setAccessibleText(Words.get("export.profileName"));
        Label suggested = Controls.hint("");
        suggested.textProperty().bind(Bindings.createStringBinding(() -> model.planProperty().get() == null
                || model.planProperty().get().suggested() == null ? ""
                : Words.get("export.suggested", Words.label(model.planProperty().get().suggested())),
                model.planProperty()));

        TextField size = Controls.text(model.maxSizeProperty(), "exportMaxSize", Words.get("export.sizePrompt"));
        size.setAccessibleText(Words.get("export.sizeName"));
        size.disableProperty().bind(model.originalsProperty());
        size.setPrefColumnCount(7);
        CheckBox originals = new CheckBox(Words.get("export.originals"));
        originals.setId("exportOriginals");
        originals.selectedProperty().bindBidirectional(model.originalsProperty());
        // In a narrow column the label wraps onto a second line rather than ending in "…".
        originals.setWrapText(true);
        originals.setMinWidth(0);
        originals.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        size.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(originals, javafx.scene.layout.Priority.SOMETIMES);
        HBox sizeRow = new HBox(10, size, originals);
        sizeRow.setAlignment(Pos.CENTER_LEFT);
        TextField pages = Controls.text(model.maxPagesProperty(), "exportMaxPages", Words.get("export.pagesPrompt"));
        pages.setAccessibleText(Words.get("export.pagesName"));
        pages.setPrefColumnCount(7);
        pages.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label plan = new Label();
        plan.setId("exportPlan");
        plan.setWrapText(true);
        plan.textProperty().bind(model.planTextProperty());

        VBox missing = listBox(Words.get("export.mediatorLooksFor"), model.missing(), "exportMissing");

        VBox doubtful = listBox(Words.get("export.doubtful"), model.doubtful(), "exportDoubtful");
        VBox closed = closedRoute();

        Button export = new Button(Words.get("export.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("exportPacket");
        export.getStyleClass().addAll("accent", "large");
        export.setMaxWidth(Double.MAX_VALUE);
        export.disableProperty().bind(model.exportingProperty().or(Bindings.createBooleanBinding(
                model::blockedByClosedRoute, model.closedRouteProperty(), model.routeClosedOkProperty())));
        export.setOnAction(e -> {
            Path out = dialogs.get().askSave(window(), Words.get("export.saveTitle"),
                    model.suggestedName(), Words.get("export.pdfType"), "pdf");
            model.export(out);
        });

        CheckBox hideContact = new CheckBox(Words.get("export.hideContact"));
        hideContact.setId("exportHideContact");
        hideContact.setWrapText(true);
        hideContact.selectedProperty().bindBidirectional(model.hideContactProperty());
        Label hideHint = Controls.hint(Words.get("export.hideHint"));

        VBox content = new VBox(8,
                Controls.heading(Words.get("export.whoFor")), profileAndLanguage(profile), suggested,
                Controls.heading(Words.get("export.budget")), field(Words.get("export.largestFile")), sizeRow, error(model.maxSizeErrorProperty(),
                        "exportMaxSizeError"),
                field(Words.get("export.pagesName")), pages, error(model.maxPagesErrorProperty(), "exportMaxPagesError"),
                budgetHint(),
                Controls.heading(Words.get("export.personal")), hideContact, hideHint,
                Controls.heading(Words.get("export.packet")), plan, closed, doubtful, missing, export, running(), done());
        if (model.kit() != null) {
            content.getChildren().addAll(Controls.heading(Words.get("export.uploadKit")), kit(model.kit()));
        }
        content.setPadding(new Insets(14, 16, 16, 24));
        VBox.setMargin(export, new Insets(10, 0, 0, 0));
        return content;
    }

    /** An amber box of lines under a title, shown only while there is something in it. */
    private static VBox listBox(String heading, javafx.collections.ObservableList<String> items, String id) {
        VBox box = new VBox(4);
        box.setId(id);
        box.getStyleClass().add("export-missing");
        Runnable show = () -> {
            box.getChildren().clear();
            Label title = new Label(heading, new FontIcon(Feather.ALERT_TRIANGLE));
            title.getStyleClass().add("row-heading");
            title.setWrapText(true); // a long heading (French) is wider than the column
            title.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(title);
            for (String item : items) {
                Label line = new Label("•  " + item);
                line.setWrapText(true);
                box.getChildren().add(line);
            }
        };
        items.addListener((ListChangeListener<String>) c -> show.run());
        box.visibleProperty().bind(Bindings.isNotEmpty(items));
        box.managedProperty().bind(box.visibleProperty());
        show.run();
        return box;
    }

    /** The route the case is not eligible for, why, and a way to the open one; or to write it knowingly. */
    private VBox closedRoute() {
        Label why = new Label();
        why.setId("exportClosedRouteReason");
        why.setWrapText(true);
        why.textProperty().bind(model.closedRouteProperty());
        Button use = new Button();
        use.setId("exportUseOpenRoute");
        use.textProperty().bind(Bindings.createStringBinding(() -> model.planProperty().get() == null
                || model.planProperty().get().suggested() == null ? Words.get("export.useSuggested")
                : Words.get("export.useRoute", Words.label(model.planProperty().get().suggested())), model.planProperty()));
        use.setOnAction(e -> model.useSuggestedRoute());
        CheckBox anyway = new CheckBox(Words.get("export.writeAnyway"));
        anyway.setId("exportRouteClosedOk");
        anyway.selectedProperty().bindBidirectional(model.routeClosedOkProperty());
        Label title = new Label(Words.get("export.closedRoute"), new FontIcon(Feather.SLASH));
        title.getStyleClass().add("row-heading");
        VBox box = new VBox(6, title, why, use, anyway);
        box.setId("exportClosedRoute");
        box.getStyleClass().addAll("export-missing", "export-closed");
        box.visibleProperty().bind(model.closedRouteProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * The "Upload kit…" action: a folder of files the chosen form takes as they are, written after the buyer names
     * the new folder.
     */
    private VBox kit(KitViewModel kit) {
        ComboBox<org.casefile.domain.UploadDestination> where = Controls.choice(
                org.casefile.domain.UploadDestination.values(), kit.destinationProperty(), "kitDestination");
        where.setAccessibleText(Words.get("kit.destinationName"));
        Label hint = Controls.hint(Words.get("kit.hint"));
        Button make = new Button(Words.get("kit.make"), new FontIcon(Feather.FOLDER_PLUS));
        make.setId("makeKit");
        make.setMaxWidth(Double.MAX_VALUE);
        make.disableProperty().bind(kit.runningProperty());
        make.setOnAction(e -> {
            Path out = dialogs.get().askSave(window(), Words.get("kit.folderTitle"), kit.suggestedName(),
                    Words.get("kit.folderType"), "");
            // The kit speaks the language chosen for the packet in this window.
            kit.make(out == null ? null : withoutDot(out), model.hideContactProperty().get(),
                    model.languageProperty().get());
        });
        ProgressBar bar = new ProgressBar();
        bar.setId("kitProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(kit.progressProperty());
        bar.visibleProperty().bind(kit.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label notice = new Label();
        notice.setId("kitNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(kit.noticeProperty());
        Button open = new Button(Words.get("kit.show"));
        open.setId("openKit");
        open.visibleProperty().bind(kit.resultProperty().isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> kit.openFolder());
        return new VBox(8, where, hint, make, bar, notice, open);
    }

    /** A save dialog may add the "extension" dot to a folder's name. */
    private static Path withoutDot(Path out) {
        String name = out.getFileName().toString();
        return name.endsWith(".") ? out.resolveSibling(name.substring(0, name.length() - 1)) : out;
    }

    /** Why the budget is what it is, for the chosen reader. */
    private Label budgetHint() {
        Label hint = Controls.hint("");
        hint.setId("exportBudgetHint");
        hint.textProperty().bind(Bindings.createStringBinding(() -> {
            PacketProfile reader = model.profileProperty().get() == null ? PacketProfile.PLATFORM
                    : model.profileProperty().get();
            return Words.get("export.budget.shrink", Words.get("export.budget." + reader.name()));
        }, model.profileProperty()));
        return hint;
    }

    private VBox running() {
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label what = new Label();
        what.getStyleClass().add("row-detail");
        what.textProperty().bind(model.stageProperty());
        Button cancel = new Button(Words.get("export.cancel"));
        cancel.setId("cancelExport");
        cancel.setOnAction(e -> model.cancel());
        Controls.wrapBeside(what);
        Controls.keepWhole(cancel);
        HBox line = new HBox(10, what, cancel);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(what, Priority.ALWAYS);
        what.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(6, bar, line);
        box.visibleProperty().bind(model.exportingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox done() {
        Label notice = new Label();
        notice.setId("exportNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        Button open = new Button(Words.get("export.open"), new FontIcon(Feather.EXTERNAL_LINK));
        open.setId("openPacket");
        open.setOnAction(e -> model.open());
        Button folder = new Button(Words.get("export.showInFolder"), new FontIcon(Feather.FOLDER));
        folder.setId("showPacket");
        folder.setOnAction(e -> model.showInFolder());
        Controls.keepWhole(open, folder);
        HBox buttons = new HBox(8, open, folder);
        buttons.visibleProperty().bind(model.resultProperty().isNotNull());
        buttons.managedProperty().bind(buttons.visibleProperty());
        // After an export stopped on a file missing or changed on disk: the buyer may send the packet without it.
        Button leaveOut = new Button();
        leaveOut.setId("leaveOutAndExport");
        leaveOut.setMnemonicParsing(false);
        leaveOut.textProperty().bind(model.leaveOutOfferProperty());
        leaveOut.visibleProperty().bind(model.leaveOutOfferProperty().isNotEmpty());
        leaveOut.managedProperty().bind(leaveOut.visibleProperty());
        leaveOut.setOnAction(e -> model.leaveOutAndExport());
        VBox notes = new VBox(2);
        model.resultProperty().addListener((p, before, now) -> {
            notes.getChildren().clear();
            if (now != null) {
                now.notePhrases().forEach(note -> {
                    Label line = Controls.hint("•  " + Words.get(note));
                    notes.getChildren().add(line);
                });
            }
        });
        return new VBox(8, notice, leaveOut, notes, buttons);
    }

    private ScrollPane preview() {
        Label status = new Label();
        status.setId("previewStatus");
        status.getStyleClass().add("row-detail");
        status.textProperty().bind(model.previewTextProperty());
        pageGrid.setId("previewPages");
        model.pages().addListener((ListChangeListener<BufferedImage>) c -> {
            pageGrid.getChildren().clear();
            int number = 1;
            for (BufferedImage page : model.pages()) {
                ImageView view = new ImageView(PagePreview.toFx(page));
                view.setPreserveRatio(true);
                StackPane sheet = new StackPane(view);
                sheet.getStyleClass().add("preview-page");
                Label label = new Label(String.valueOf(number++));
                label.getStyleClass().add("row-detail");
                VBox withNumber = new VBox(4, sheet, label);
                withNumber.setAlignment(Pos.TOP_CENTER);
                pageGrid.getChildren().add(withNumber);
            }
        });
        javafx.scene.control.ProgressIndicator drawing = new javafx.scene.control.ProgressIndicator();
        drawing.setPrefSize(16, 16);
        drawing.visibleProperty().bind(model.previewingProperty());
        drawing.managedProperty().bind(drawing.visibleProperty());
        HBox statusLine = new HBox(8, drawing, status);
        statusLine.setAlignment(Pos.CENTER_LEFT);
        pageGrid.opacityProperty().bind(Bindings.when(model.previewingProperty()).then(0.45).otherwise(1.0));
        VBox box = new VBox(10, Controls.heading(Words.get("export.preview")), statusLine, pageGrid);
        box.setPadding(new Insets(14, 24, 16, 16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("preview-area");
        return scroll;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }


    private static Label field(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }


    private static Label error(javafx.beans.property.StringProperty message, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(message);
        label.visibleProperty().bind(message.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
