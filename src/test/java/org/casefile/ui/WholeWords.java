package org.casefile.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import org.casefile.domain.text.Language;

/**
 * What the language tests look at in a scene: the words a skin drew cut short ("…"), and, with
 * {@code -Dcasefile.screenshots=DIR}, a picture of the scene for a person to look at. Call on the FX thread.
 */
final class WholeWords {
    private WholeWords() {
    }

    /** Lays the scene out, saves its picture if asked and returns every text drawn cut short. */
    static List<String> cutIn(Scene scene, Language language, String view) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<String> cut = new ArrayList<>();
        collectCut(scene.getRoot(), cut);
        screenshot(scene, language, view);
        return cut;
    }

    /** A Labeled is cut when the text its skin draws is shorter than its own and ends in the ellipsis. */
    private static void collectCut(Parent parent, List<String> cut) {
        for (Node node : parent.getChildrenUnmodifiable()) {
            // A table's columns give way by design when the list is narrow (a case open beside it), and its cells
            // hold the buyer's own data, as a picture tile's caption and file name do (whole in its tooltip):
            // none of it is wording that a translation can cut.
            if (!node.isVisible() || node instanceof TableView<?> || node.getStyleClass().contains("evidence-tile")
                    || node.getStyleClass().contains("pick-tile")) {
                continue;
            }
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    if (child instanceof Text drawn && drawn.getText() != null
                            && !drawn.getText().equals(labeled.getText())
                            && drawn.getText().endsWith(labeled.getEllipsisString())) {
                        cut.add(labeled.getClass().getSimpleName() + " \"" + labeled.getText() + "\" drawn as \""
                                + drawn.getText() + "\"");
                    }
                }
            }
            if (node instanceof Parent inner) {
                collectCut(inner, cut);
            }
        }
    }

    private static void screenshot(Scene scene, Language language, String view) {
        String folder = System.getProperty("casefile.screenshots");
        if (folder == null) {
            return;
        }
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(Path.of(folder));
            ImageIO.write(png, "png", Path.of(folder, language.code() + "-" + view + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
