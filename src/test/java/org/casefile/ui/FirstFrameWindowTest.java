package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: the icons are decoded on another thread while the window is built; the window still shows them from its
 * first frame, with the header and the case list.
 */
class FirstFrameWindowTest extends WindowTestBase {

    @Test
    void iconsDecodedInTheBackgroundAreOnTheWindowAndInTheHeaderFromTheFirstFrame() {
        AppIcons.decodeInBackground(); // as CasefileApp.init does, the window then being built at once
        openApp();

        assertThat(stage.getIcons()).extracting(Image::getWidth)
                .containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        assertThat(stage.getIcons()).noneMatch(Image::isError);
        ImageView logo = (ImageView) stage.getScene().getRoot().lookup(".app-header > .image-view");
        assertThat(logo.getImage()).isSameAs(AppIcons.of(32));
        assertThat(stage.getScene().getRoot().lookup("#filter")).isNotNull();
        assertThat(stage.getScene().getRoot().lookup(".table-view")).isInstanceOf(TableView.class);
        closeApp();
    }
}
