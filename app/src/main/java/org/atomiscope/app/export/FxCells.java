package org.atomiscope.app.export;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * {@link FxPen}'s heatmap cells: the grid at screen resolution in an int array, written into one
 * image with a {@code PixelWriter} and drawn unscaled. Each cell row's colours are worked out once
 * into a template line and copied down for the row's height, so a frame costs its pixels, not its
 * cells, and allocates nothing once the buffers have grown. Drawn unscaled, the image needs no
 * smoothing rules of the rendering pipeline to stay sharp (the software pipeline's nearest-neighbour
 * scaling of a one-pixel-per-cell image put some cell edges a pixel off).
 */
final class FxCells {
    private static final PixelFormat<IntBuffer> FORMAT = PixelFormat.getIntArgbPreInstance();

    private int[] pixels = new int[0];
    private int[] line = new int[0];
    private WritableImage image;

    void draw(GraphicsContext gc, CellGrid g) {
        int width = g.width();
        int height = g.bandHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        if (pixels.length < width * height) {
            pixels = new int[width * height];
        }
        if (line.length < width) {
            line = new int[width];
        }
        int size = g.size();
        int cols = g.columns();
        int background = g.background();
        int below = g.gapBelow();
        int[] argb = g.argb();
        int templateRow = -1;
        for (int py = 0; py < height; py++) {
            int offset = g.bandTop() + py - g.y(); // pixels into the grid's first row
            int at = py * width;
            int row = offset < 0 ? -1 : offset / size;
            if (row < 0 || row >= g.rows() || offset % size >= size - below) {
                Arrays.fill(pixels, at, at + width, background);
                continue;
            }
            if (row != templateRow) {
                templateRow = row;
                for (int c = 0, cell = row * cols; c < cols; c++, cell++) {
                    int x = c * size;
                    int gap = g.gapAfter(c);
                    Arrays.fill(line, x, x + size - gap, argb[cell]);
                    Arrays.fill(line, x + size - gap, x + size, background);
                }
            }
            System.arraycopy(line, 0, pixels, at, width);
        }
        if (image == null || image.getWidth() < width || image.getHeight() < height) {
            int iw = Math.max(width, image == null ? 0 : (int) image.getWidth());
            int ih = Math.max(height, image == null ? 0 : (int) image.getHeight());
            image = new WritableImage(iw, ih);
        }
        image.getPixelWriter().setPixels(0, 0, width, height, FORMAT, pixels, 0, width);
        gc.drawImage(image, 0, 0, width, height, g.x(), g.bandTop(), width, height);
    }
}
