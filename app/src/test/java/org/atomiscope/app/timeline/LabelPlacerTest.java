package org.atomiscope.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelPlacerTest {
    private static final double INSIDE = 10;

    @Test
    void aMemoryAccessWinsTheRoomAHostEventWanted() {
        LabelPlacer p = new LabelPlacer();
        // One lane: "new writer" (host) at 110, "read ia[42] → 191" (access) at 160. Placed in order, the
        // host's label would leave the access none; by rank the access is labelled and the host a box.
        p.add(0, 0, 110, 8, 90, 30, LabelPlacer.HOST);
        p.add(1, 0, 160, 8, 130, 0, LabelPlacer.ACCESS);
        p.place(0, 1000, INSIDE);
        assertThat(p.shown[1]).isEqualTo(LabelPlacer.FULL);
        assertThat(p.shown[0]).isEqualTo(LabelPlacer.BOX);
        assertThat(p.right[0] + LabelPlacer.GAP).isLessThanOrEqualTo(p.left[1]);
    }

    @Test
    void aHostEventBetweenTwoAccessesIsAbbreviatedIfOnlyThatFits() {
        LabelPlacer p = new LabelPlacer();
        p.add(0, 0, 30, 8, 40, 0, LabelPlacer.ACCESS);
        p.add(1, 0, 80, 8, 90, 30, LabelPlacer.HOST);
        p.add(2, 0, 130, 8, 40, 0, LabelPlacer.ACCESS);
        p.place(0, 1000, INSIDE);
        assertThat(p.shown).startsWith(LabelPlacer.FULL, LabelPlacer.SHORT, LabelPlacer.FULL);
        assertThat(p.right[0] + LabelPlacer.GAP).isLessThanOrEqualTo(p.left[1]);
        assertThat(p.right[1] + LabelPlacer.GAP).isLessThanOrEqualTo(p.left[2]);
    }

    @Test
    void withNoRoomEvenForTheAbbreviationTheHostEventStaysABox() {
        LabelPlacer p = new LabelPlacer();
        p.add(0, 0, 100, 6, 60, 30, LabelPlacer.ACCESS);
        p.add(1, 0, 140, 6, 90, 30, LabelPlacer.HOST);
        p.add(2, 0, 180, 6, 60, 0, LabelPlacer.ACCESS);
        p.place(0, 1000, INSIDE);
        assertThat(p.shown).startsWith(LabelPlacer.FULL, LabelPlacer.BOX, LabelPlacer.FULL);
        assertThat(p.left[1]).isEqualTo(134);
        assertThat(p.right[0] + LabelPlacer.GAP).isLessThanOrEqualTo(p.left[1]);
        assertThat(p.right[1] + LabelPlacer.GAP).isLessThanOrEqualTo(p.left[2]);
    }

    @Test
    void neighboursOfOneRankSlideApartAndLabelsStayInsideTheRun() {
        LabelPlacer p = new LabelPlacer();
        p.add(0, 0, 20, 8, 100, 0, LabelPlacer.ACCESS); // would start at -30: slides right, inside the run
        p.add(1, 0, 120, 8, 100, 0, LabelPlacer.ACCESS);
        p.add(2, 1, 20, 8, 100, 0, LabelPlacer.ACCESS); // another lane: may stand over the first
        p.place(-5, 300, INSIDE);
        assertThat(p.shown).startsWith(LabelPlacer.FULL, LabelPlacer.FULL, LabelPlacer.FULL);
        assertThat(p.left[0]).isGreaterThanOrEqualTo(-5);
        assertThat(p.right[0] + LabelPlacer.GAP).isLessThanOrEqualTo(p.left[1]);
        for (int j = 0; j < 3; j++) {
            assertThat(p.centre[j]).isBetween(p.left[j] + INSIDE, p.right[j] - INSIDE);
        }
    }

    @Test
    void aDotUnderALabelIsCoveredAndOneBesideItIsNot() {
        LabelPlacer p = new LabelPlacer();
        p.add(0, 0, 50, 0, 0, 0, LabelPlacer.DOT);
        p.add(1, 0, 60, 8, 80, 0, LabelPlacer.ACCESS);
        p.add(2, 0, 200, 0, 0, 0, LabelPlacer.DOT);
        p.place(0, 1000, INSIDE);
        assertThat(p.covered(0, 3)).isTrue();
        assertThat(p.covered(2, 3)).isFalse();
    }
}
