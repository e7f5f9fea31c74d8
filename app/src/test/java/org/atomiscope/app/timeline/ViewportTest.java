package org.atomiscope.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewportTest {
    private static final double TOTAL = 100;
    private static final double PLOT = 500;

    @Test
    void fitModeShowsEveryStepWhenTheLabelsFit() {
        Viewport v = new Viewport();
        v.follow(TOTAL, PLOT, 3, TOTAL);
        assertThat(v.pxPerUnit()).isEqualTo(5); // every step: 500 px / 100 units
        assertThat(v.firstUnit()).isZero();
    }

    @Test
    void aShortRunIsNeverFittedSmallerThanItsReadableZoomAndFollowsTheCursor() {
        Viewport v = new Viewport();
        v.follow(TOTAL, PLOT, 20, 60);
        assertThat(v.isFit()).isTrue();
        assertThat(v.pxPerUnit()).isEqualTo(20);
        // 25 units in view, the cursor (unit 60) three quarters along.
        assertThat(v.firstUnit()).isEqualTo(60 - 25 * 0.75);
        v.follow(TOTAL, PLOT, 20, TOTAL);
        assertThat(v.firstUnit()).isEqualTo(TOTAL - 25);
    }

    @Test
    void zoomingOutLeavesTheReadableZoomForEveryStepAndZoomingBackStopsThere() {
        Viewport v = new Viewport();
        v.follow(TOTAL, PLOT, 20, TOTAL);
        v.zoom(1 / 1.6, 250, TOTAL, PLOT);
        assertThat(v.isFit()).isFalse();
        assertThat(v.pxPerUnit()).isEqualTo(12.5);
        v.zoom(1 / 1.6, 250, TOTAL, PLOT);
        v.zoom(1 / 1.6, 250, TOTAL, PLOT);
        assertThat(v.pxPerUnit()).as("no farther than every step").isEqualTo(5);
        assertThat(v.isFit()).isFalse();

        v.zoom(8, 250, TOTAL, PLOT);
        assertThat(v.pxPerUnit()).isEqualTo(40);
        v.zoom(1 / 1.6, 250, TOTAL, PLOT);
        assertThat(v.pxPerUnit()).isEqualTo(25);
        v.zoom(1 / 1.6, 250, TOTAL, PLOT);
        assertThat(v.isFit()).as("zooming out stops at fit mode's zoom (not 15.6)").isTrue();
        assertThat(v.pxPerUnit()).isEqualTo(20);
    }
}
