package org.casefile.ui;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.casefile.ui.cases.CaseListViewModel;
import org.casefile.ui.common.Controls;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's head: the name, "what needs doing", the case filter, the Library and Help menus and "New case". */
final class MainHeader extends HBox {
    private final CustomTextField filter = new CustomTextField();

    MainHeader(CaseListViewModel list, MenuButton library, MenuButton help, Runnable home, Runnable newCase) {
        super(12);
        ImageView logo = new ImageView(AppIcons.of(32));
        logo.setFitWidth(28);
        logo.setPreserveRatio(true);
        Label name = new Label("Casefile");
        name.getStyleClass().add("app-name");

        filter.setId("filter");
        filter.setPromptText("Filter cases (Ctrl+F)");
        filter.setLeft(new FontIcon(Feather.SEARCH));
        filter.setPrefWidth(320);
        filter.setAccessibleText("Filter cases");
        filter.setAccessibleHelp("Type words to find in any case: item, order number, seller, messages. "
                + "Shortcut: Control F; Escape clears it.");
        filter.setTooltip(new Tooltip("Every word must occur somewhere in the case (Ctrl+F; Esc clears)"));
        StringProperty text = list.filterProperty();
        filter.textProperty().bindBidirectional(text);
        filter.disableProperty().bind(list.emptyProperty());
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });

        Button homeButton = new Button(null, new FontIcon(Feather.HOME));
        homeButton.setId("home");
        homeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        homeButton.setTooltip(new Tooltip("What needs doing (Esc in the case list)"));
        homeButton.setAccessibleText("What needs doing");
        homeButton.setAccessibleHelp("Shows every deadline to act on across your open cases. Escape in the case "
                + "list.");
        homeButton.setOnAction(e -> home.run());

        Button create = new Button("New case", new FontIcon(Feather.PLUS));
        create.setId("newCase");
        create.getStyleClass().add("accent");
        create.setTooltip(new Tooltip("Open a case for a problem order (Ctrl+N)"));
        create.setAccessibleHelp("Open a case for a problem order. Shortcut: Control N.");
        create.setOnAction(e -> newCase.run());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Controls.keepWhole(name, homeButton, library, help, create);
        // The filter gives up width first on a small screen; the buttons keep their labels.
        filter.setMinWidth(140);
        getChildren().addAll(logo, name, homeButton, spacer, filter, library, help, create);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("app-header");
        setPadding(new Insets(10, 16, 10, 16));
    }

    /** Ctrl+F: the filter, its text selected to type over. */
    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }
}
