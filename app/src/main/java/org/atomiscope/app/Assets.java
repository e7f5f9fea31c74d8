package org.atomiscope.app;

import java.net.URL;
import java.util.Arrays;
import java.util.List;
import javafx.scene.image.Image;

/** Where the app finds its stylesheet and icons (module {@code assets}). */
final class Assets {

    private static final String ROOT = "/org/atomiscope/assets/";
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private Assets() {
    }

    static String stylesheet() {
        return resource("atomiscope.css").toExternalForm();
    }

    /** Every icon size, so the window manager picks the sharpest for title bar and task switcher. */
    static List<Image> appIcons() {
        return Arrays.stream(ICON_SIZES)
                .mapToObj(size -> new Image(resource("icons/atomiscope-" + size + ".png").toExternalForm()))
                .toList();
    }

    private static URL resource(String name) {
        URL url = Assets.class.getResource(ROOT + name);
        if (url == null) {
            // Only a broken build gets here: the assets module is a compile dependency.
            throw new IllegalStateException("The asset " + ROOT + name + " is missing from the classpath.");
        }
        return url;
    }
}
