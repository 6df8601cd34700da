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
import org.casefile.ui.common.Words;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's head: the name, "what needs doing", the case filter, the Library and Help menus, Settings and
 * "New case".
 */
final class MainHeader extends HBox {
    private final CustomTextField filter = new CustomTextField();

    MainHeader(CaseListViewModel list, MenuButton library, MenuButton help, Runnable home, Runnable newCase,
               Runnable settings) {
        super(12);
        ImageView logo = new ImageView(AppIcons.of(32));
        logo.setFitWidth(28);
        logo.setPreserveRatio(true);
        Label name = new Label(Words.get("app.name"));
        name.getStyleClass().add("app-name");

        filter.setId("filter");
        filter.setPromptText(Words.get("main.filterPrompt"));
        filter.setLeft(new FontIcon(Feather.SEARCH));
        filter.setPrefWidth(320);
        filter.setAccessibleText(Words.get("main.filterName"));
        filter.setAccessibleHelp(Words.get("main.filterHelp"));
        filter.setTooltip(new Tooltip(Words.get("main.filterTip")));
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
        homeButton.setTooltip(new Tooltip(Words.get("main.homeTip")));
        homeButton.setAccessibleText(Words.get("dashboard.title"));
        homeButton.setAccessibleHelp(Words.get("main.homeHelp"));
        homeButton.setOnAction(e -> home.run());

        // An icon: the header has no room for one more word in German, and the gear is what people look for.
        Button settingsButton = new Button(null, new FontIcon(Feather.SETTINGS));
        settingsButton.setId("openSettings");
        settingsButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        settingsButton.setTooltip(new Tooltip(Words.get("settings.title") + "…"));
        settingsButton.setAccessibleText(Words.get("settings.title"));
        settingsButton.setAccessibleHelp(Words.get("settings.header"));
        settingsButton.setOnAction(e -> settings.run());

        Button create = new Button(Words.get("main.newCase"), new FontIcon(Feather.PLUS));
        create.setId("newCase");
        create.getStyleClass().add("accent");
        create.setTooltip(new Tooltip(Words.get("main.newCaseTip")));
        create.setAccessibleHelp(Words.get("main.newCaseHelp"));
        create.setOnAction(e -> newCase.run());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Controls.keepWhole(name, homeButton, settingsButton, library, help, create);
        // The filter gives up width first on a small screen; the buttons keep their labels.
        filter.setMinWidth(140);
        getChildren().addAll(logo, name, homeButton, spacer, filter, library, help, settingsButton, create);
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
