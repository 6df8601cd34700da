package org.casefile.ui.dashboard;

import org.casefile.ui.common.Words;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.casefile.domain.DeadlineSettings;
import org.casefile.domain.Platform;

/** How many days a seller has to answer a dispute on each platform. */
public final class DeadlineSettingsDialog extends Dialog<DeadlineSettings> {

    public DeadlineSettingsDialog(Window owner, DeadlineSettings current) {
        initOwner(owner);
        setTitle(Words.get("deadlineSettings.title"));
        setHeaderText(Words.get("deadlineSettings.header"));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(org.casefile.ui.common.Controls.dialogContent());
        Map<Platform, Spinner<Integer>> spinners = new EnumMap<>(Platform.class);
        int row = 0;
        for (Platform platform : Platform.values()) {
            Spinner<Integer> days = new Spinner<>(1, 60, current.sellerResponseDays(platform));
            days.setEditable(true);
            days.setId("days-" + platform.id());
            days.setAccessibleText(Words.get("deadlineSettings.daysName", Words.get(platform.phrase())));
            Label label = new Label(Words.get(platform.phrase()));
            label.setLabelFor(days);
            grid.addRow(row++, label, days, new Label(Words.get("deadlineSettings.days")));
            spinners.put(platform, days);
        }
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            Map<Platform, Integer> days = new EnumMap<>(Platform.class);
            spinners.forEach((platform, spinner) -> days.put(platform, spinner.getValue()));
            return new DeadlineSettings(days);
        });
    }
}
