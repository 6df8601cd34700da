package org.casefile.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class ScreenFitTest {
    /** A 1024x700 screen with a 40-pixel task bar at the bottom. */
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 660);
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);

    @Test
    void theDefaultSizeOnASmallScreenShrinksToItsUsableArea() {
        assertThat(ScreenFit.fit(SMALL, Double.NaN, Double.NaN, 1280, 800))
                .isEqualTo(new Rectangle2D(0, 0, 1024, 660));
    }

    @Test
    void onALargeScreenTheWindowKeepsItsSizeAndIsCentred() {
        assertThat(ScreenFit.fit(FULL_HD, Double.NaN, Double.NaN, 1280, 800))
                .isEqualTo(new Rectangle2D(320, 120, 1280, 800));
    }

    @Test
    void aRememberedPlaceThatWouldStickOutIsMovedInside() {
        assertThat(ScreenFit.fit(SMALL, 600, 300, 900, 600)).isEqualTo(new Rectangle2D(124, 60, 900, 600));
        assertThat(ScreenFit.fit(FULL_HD, -50, -10, 1280, 800)).isEqualTo(new Rectangle2D(0, 0, 1280, 800));
    }

    @Test
    void aWindowThatFitsStaysExactlyWhereItWas() {
        assertThat(ScreenFit.fit(FULL_HD, 100, 40, 1280, 800)).isEqualTo(new Rectangle2D(100, 40, 1280, 800));
        assertThat(ScreenFit.fit(SMALL, 0, 0, 1024, 660)).isEqualTo(new Rectangle2D(0, 0, 1024, 660));
    }

    @Test
    void aScreenThatDoesNotStartAtZeroIsRespected() {
        Rectangle2D second = new Rectangle2D(1920, 0, 1024, 700);
        assertThat(ScreenFit.fit(second, 1800, 0, 1280, 800)).isEqualTo(new Rectangle2D(1920, 0, 1024, 700));
    }
}
