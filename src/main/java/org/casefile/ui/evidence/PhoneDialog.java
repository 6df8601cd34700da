package org.casefile.ui.evidence;

import org.casefile.ui.common.Words;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import javafx.util.Duration;
import org.casefile.app.PhoneService;
import org.casefile.domain.ImportOutcome;

/**
 * "Add from phone": a QR code and the short link of the upload page, and what has arrived. The page listens only
 * while this dialog is open, and for ten minutes at most.
 */
final class PhoneDialog extends Dialog<Void> {
    static final Duration OPEN_FOR = Duration.minutes(10);
    private final ObservableList<String> arrived = FXCollections.observableArrayList();

    PhoneDialog(Window owner, java.util.function.Function<java.util.function.Consumer<ImportOutcome>,
            PhoneService.PhoneSession> open) {
        initOwner(owner);
        setTitle(Words.get("phone.title"));
        setHeaderText(Words.get("phone.header"));
        PhoneService.PhoneSession session = open.apply(this::arrived);
        TextField link = new TextField(session.url());
        link.setId("phoneLink");
        link.setEditable(false);
        link.setPrefColumnCount(34);
        link.setAccessibleText(Words.get("phone.linkName"));
        ListView<String> list = new ListView<>(arrived);
        list.setId("phoneArrived");
        Label nothingYet = new Label(Words.get("phone.nothingYet"));
        nothingYet.setWrapText(true); // longer than the list is wide in most languages
        nothingYet.setPadding(new javafx.geometry.Insets(8));
        list.setPlaceholder(nothingYet);
        list.setPrefHeight(200);
        Label note = new Label(Words.get("phone.note"));
        note.setWrapText(true);
        note.getStyleClass().add("row-detail");
        note.setMaxWidth(420);
        VBox right = new VBox(8, new Label(Words.get("phone.link")), link, new Label(Words.get("phone.arrived")), list,
                note);
        HBox content = new HBox(16, qr(PhoneService.qrCode(session.url())), right);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        PauseTransition limit = new PauseTransition(OPEN_FOR);
        limit.setOnFinished(e -> close());
        limit.play();
        setOnHidden(e -> {
            limit.stop();
            session.close();
        });
    }

    private void arrived(ImportOutcome outcome) {
        arrived.add(switch (outcome.status()) {
            case IMPORTED -> Words.get("phone.added", outcome.file());
            case DUPLICATE -> Words.get("phone.duplicate", outcome.file());
            case REJECTED -> Words.get("phone.rejected", outcome.file(), Words.get(outcome.reasonPhrase()));
        });
    }

    /** The code drawn module by module with a quiet zone, crisp at any scale. */
    private static Canvas qr(boolean[][] modules) {
        int size = modules.length;
        int scale = Math.max(3, 280 / (size + 8));
        Canvas canvas = new Canvas((size + 8) * scale, (size + 8) * scale);
        canvas.setId("phoneQr");
        canvas.setAccessibleText(Words.get("phone.qrName"));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(Color.BLACK);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (modules[y][x]) {
                    g.fillRect((x + 4) * scale, (y + 4) * scale, scale, scale);
                }
            }
        }
        return canvas;
    }
}
