package org.atomiscope.app.session;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * How the window looks: the theme and the base font size (large for projectors). Views that draw
 * on a canvas read these, since CSS does not reach a canvas's pixels.
 */
public final class Appearance {
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(14);

    public BooleanProperty darkProperty() {
        return dark;
    }

    public boolean isDark() {
        return dark.get();
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public double fontSize() {
        return fontSize.get();
    }
}
