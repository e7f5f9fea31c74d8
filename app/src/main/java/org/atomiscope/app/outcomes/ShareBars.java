package org.atomiscope.app.outcomes;

import java.util.List;
import javafx.scene.layout.Region;

/**
 * A row's bar chart: one thin bar per memory model, as long as the share of that model's terminal
 * states that end in the row's outcome. Shares rather than counts, because the models reach very
 * different numbers of states; drawn in the row itself, so each bar sits next to its outcome's text
 * instead of under a crowded category axis.
 */
final class ShareBars extends Region {
    private static final double BAR = 5;
    private static final double GAP = 2;
    private final Region[] bars;
    private double[] shares;

    ShareBars(List<String> modelIds) {
        bars = new Region[modelIds.size()];
        shares = new double[modelIds.size()];
        for (int i = 0; i < bars.length; i++) {
            bars[i] = new Region();
            bars[i].getStyleClass().addAll("share-bar", "model-" + modelIds.get(i));
            bars[i].setManaged(false);
        }
        getChildren().addAll(bars);
        getStyleClass().add("share-bars");
    }

    /** Each model's share in 0..1, in the order of the models given to the constructor. */
    void setShares(double[] shares) {
        this.shares = shares.clone();
        requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + bars.length * BAR + (bars.length - 1) * GAP;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 120;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        for (int i = 0; i < bars.length; i++) {
            double share = shares[i];
            // Something that happens at all stays visible, however rare.
            double len = share <= 0 ? 0 : Math.max(2, Math.round(share * w));
            bars[i].resizeRelocate(x, y + i * (BAR + GAP), len, BAR);
        }
    }
}
