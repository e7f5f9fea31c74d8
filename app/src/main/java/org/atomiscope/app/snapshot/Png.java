package org.atomiscope.app.snapshot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/** Writes a JavaFX image as PNG through the JDK's ImageIO (no javafx-swing needed). */
public final class Png {
    private Png() {
    }

    public static void write(WritableImage image, Path file) throws IOException {
        if (!ImageIO.write(awt(image), "png", file.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    /** Writes the PNG's bytes to {@code out}, which stays open (to write a file whole or not at all). */
    public static void write(WritableImage image, OutputStream out) throws IOException {
        if (!ImageIO.write(awt(image), "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    private static BufferedImage awt(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            pixels.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }
}
