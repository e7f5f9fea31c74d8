package org.atomiscope.app.heatmap;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws a heatmap frame on a canvas. Only the rows on screen are drawn: each visible cell's colour
 * is asked once, the grid is filled into an int array at screen resolution and written into one
 * image with a {@code PixelWriter}; race marks, outlines and row labels are a few drawing calls on
 * top. So a frame costs about the same however large the buffer (the primes scenario has 100,000
 * cells), and nothing is allocated per cell. Cells wide enough for it show their value too
 * ("314159"), in black or white, whichever stands out on the cell's colour; those are a small
 * buffer's cells, so a frame draws at most a few thousand values.
 *
 * <p>(An image at one pixel per cell, scaled up without smoothing, would be smaller to fill, but the
 * software pipeline's nearest-neighbour scaling put some cell edges a pixel off.)
 */
public final class HeatmapRenderer {
    private static final PixelFormat<java.nio.IntBuffer> FORMAT = PixelFormat.getIntArgbPreInstance();

    private final Canvas canvas;
    private final double[] triX = new double[3];
    private final double[] triY = new double[3];
    private int[] pixels = new int[0];
    private int[] line = new int[0];
    private WritableImage image;
    private Font font = Font.font(1);
    private double gutter;
    private int gutterCells = -1;
    private String[] rowLabels = new String[0];
    private int rowLabelColumns;
    /** Value fonts by size in half pixels, and their digits' width: made once each. */
    private final Font[] valueFonts = new Font[2 * MAX_VALUE_FONT + 1];
    private final double[] valueDigit = new double[2 * MAX_VALUE_FONT + 1];

    /** Cells narrower than this show no value: two digits would not be legible. */
    static final double MIN_VALUE_CELL = 20;
    /** Values are not written in more cells than this at once (a large buffer's cells are small anyway). */
    private static final int MAX_VALUE_CELLS = 4000;
    private static final int MAX_VALUE_FONT = 32;
    private static final double MIN_VALUE_FONT = 8;
    /** A narrow face if the system has one: six digits fit a cell in a larger size. */
    private static final String VALUE_FAMILY = narrowFamily();

    public HeatmapRenderer(Canvas canvas) {
        this.canvas = canvas;
    }

    public Canvas canvas() {
        return canvas;
    }

    /** The layout of {@code cells} cells on the canvas at its current size, with labels in {@code fontSize}. */
    public GridLayout layout(int cells, double fontSize) {
        double size = Math.max(9, Math.round(fontSize * 0.8));
        if (font.getSize() != size || gutterCells != cells) {
            font = Font.font(size);
            Text probe = new Text(Integer.toString(Math.max(0, cells - 1)));
            probe.setFont(font);
            gutter = Math.ceil(probe.getLayoutBounds().getWidth()) + 14;
            gutterCells = cells;
        }
        return GridLayout.of(cells, canvas.getWidth() - 4, canvas.getHeight(), gutter);
    }

    /** The first row on screen when scrolled down by {@code scrollY}. */
    static int firstRow(GridLayout g, double scrollY) {
        return Math.max(0, (int) (scrollY / g.cellSize()));
    }

    /** The last row (partly) on screen. */
    static int lastRow(GridLayout g, double scrollY, double height) {
        return Math.min(g.rows() - 1, (int) ((scrollY + height) / g.cellSize()));
    }

    /**
     * Draws the cells on screen. {@code marked} lists {@code markedCount} cells the last step touched
     * (outlined in the accent colour); {@code hover} is the cell under the mouse, or -1.
     */
    public void draw(GridLayout g, double scrollY, CellStats stats, CellPainter painter, int[] marked, int markedCount,
                     int hover) {
        Palette p = painter.palette();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.setFill(p.backgroundFx);
        gc.fillRect(0, 0, w, h);
        int top = (int) scrollY;
        int first = firstRow(g, top);
        int last = lastRow(g, top, h);
        if (g.cells() == 0 || g.rows() == 0 || last < first || h < 1) {
            return;
        }
        int width = fillPixels(g, painter, top, (int) Math.ceil(h), p.background);
        int height = (int) Math.ceil(h);
        gc.drawImage(image, 0, 0, width, height, g.gutter(), 0, width, height);
        drawValues(gc, g, stats, painter, first, last, top);
        drawRaces(gc, g, stats, p, first, last, top);
        for (int i = 0; i < markedCount; i++) {
            int row = marked[i] / g.columns();
            if (row >= first && row <= last) {
                outline(gc, g, marked[i], top, p.accentFx, 2.5);
            }
        }
        if (hover >= 0 && hover < g.cells()) {
            outline(gc, g, hover, top, p.hoverFx, 1.5);
        }
        drawRowLabels(gc, g, p, first, last, top);
    }

    /**
     * The grid as the canvas shows it, pixel for pixel (cells are whole pixels wide): each cell row's
     * colours are worked out once into a template line, copied down for the row's height, with a
     * one-pixel gap between cells (two after every tenth column) when cells are big enough to spare
     * it. Drawn unscaled, the image needs no smoothing rules of the rendering pipeline to stay sharp.
     * Returns the image's width.
     */
    private int fillPixels(GridLayout g, CellPainter painter, int top, int height, int background) {
        int cols = g.columns();
        int size = (int) g.cellSize();
        int width = cols * size;
        boolean gaps = size >= 6;
        int group = cols % 10 == 0 ? 10 : 5; // a wider gap after every tenth cell (fifth in rows of 25)
        if (pixels.length < width * height) {
            pixels = new int[width * height];
        }
        if (line.length < width) {
            line = new int[width];
        }
        int cells = g.cells();
        int templateRow = -1;
        for (int y = 0; y < height; y++) {
            int contentY = y + top;
            int row = contentY / size;
            int at = y * width;
            if (row >= g.rows() || (gaps && contentY % size == size - 1)) {
                java.util.Arrays.fill(pixels, at, at + width, background);
                continue;
            }
            if (row != templateRow) {
                templateRow = row;
                for (int c = 0, cell = row * cols; c < cols; c++, cell++) {
                    int color = cell < cells ? painter.argb(cell) : background;
                    int x = c * size;
                    int gap = !gaps ? 0 : (c + 1) % group == 0 && c + 1 < cols ? 2 : 1;
                    java.util.Arrays.fill(line, x, x + size - gap, color);
                    java.util.Arrays.fill(line, x + size - gap, x + size, background);
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
        return width;
    }

    /**
     * Each written cell's value inside it, centred, in the largest font up to the labels' size that
     * fits the cell (a long value in a smaller one, down to a legible minimum; below that, none:
     * hovering shows it). Unwritten cells stay blank: rows of zeros would only hide the writes.
     */
    private void drawValues(GraphicsContext gc, GridLayout g, CellStats stats, CellPainter painter, int first, int last,
                            double scrollY) {
        double cell = g.cellSize();
        int end = Math.min(g.cells(), (last + 1) * g.columns());
        int start = first * g.columns();
        if (stats == null || !painter.hasValues() || cell < MIN_VALUE_CELL || end - start > MAX_VALUE_CELLS) {
            return;
        }
        double preferred = Math.min(font.getSize() * 1.25, cell * 0.4);
        double room = cell - 4;
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        Palette p = painter.palette();
        for (int c = start; c < end; c++) {
            if (stats.writes(c) == 0) {
                continue;
            }
            String text = painter.valueText(c);
            int half = valueFont(preferred);
            double width = text.length() * valueDigit[half];
            if (width > room) {
                half = valueFont(preferred * room / width);
                if (half / 2.0 < MIN_VALUE_FONT) {
                    continue;
                }
            }
            gc.setFont(valueFonts[half]);
            gc.setFill(Palette.luminance(painter.argb(c)) > Palette.DARK_TEXT_ABOVE ? p.valueDarkFx : p.valueLightFx);
            gc.fillText(text, g.x(c) + (cell - 1) / 2, g.y(c, scrollY) + (cell - 1) / 2);
        }
    }

    /** The value font nearest below {@code size} pixels (in half pixels, as an index), made on first use. */
    private int valueFont(double size) {
        int half = (int) Math.max(0, Math.min(2 * MAX_VALUE_FONT, Math.floor(size * 2)));
        if (valueFonts[half] == null) {
            valueFonts[half] = Font.font(VALUE_FAMILY, FontWeight.SEMI_BOLD, half / 2.0);
            Text probe = new Text("0123456789");
            probe.setFont(valueFonts[half]);
            valueDigit[half] = probe.getLayoutBounds().getWidth() / 10;
        }
        return half;
    }

    private static String narrowFamily() {
        List<String> installed = Font.getFamilies();
        for (String f : List.of("Roboto Condensed", "DejaVu Sans Condensed", "Arial Narrow", "Liberation Sans Narrow",
            "Nimbus Sans Narrow")) {
            if (installed.contains(f)) {
                return f;
            }
        }
        return Font.getDefault().getFamily();
    }

    /** A red corner on every race cell on screen, edged in the background colour to show on any fill. */
    private void drawRaces(GraphicsContext gc, GridLayout g, CellStats stats, Palette p, int first, int last,
                           double scrollY) {
        if (stats == null || stats.raceCount() == 0) {
            return;
        }
        double cell = g.cellSize();
        // Half a small cell; in a large one, a corner that leaves the value in the middle free.
        double size = Math.max(4, Math.round(Math.min(cell * 0.5, 6 + cell * 0.15)));
        int end = Math.min(g.cells(), (last + 1) * g.columns());
        for (int c = first * g.columns(); c < end; c++) {
            if (!stats.race(c)) {
                continue;
            }
            double right = g.x(c) + cell - 1;
            double y = g.y(c, scrollY);
            triangle(gc, right, y, size + 1.5, p.backgroundFx);
            triangle(gc, right, y, size, p.raceFx);
        }
    }

    private void triangle(GraphicsContext gc, double right, double top, double size, Color color) {
        triX[0] = right - size;
        triY[0] = top;
        triX[1] = right;
        triY[1] = top;
        triX[2] = right;
        triY[2] = top + size;
        gc.setFill(color);
        gc.fillPolygon(triX, triY, 3);
    }

    private static void outline(GraphicsContext gc, GridLayout g, int cell, double scrollY, Color color,
                                double width) {
        double size = g.cellSize();
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.strokeRect(g.x(cell) - 0.5, g.y(cell, scrollY) - 0.5, size, size);
    }

    /** Each row's first index in the gutter; every k-th row when rows are lower than the text. */
    private void drawRowLabels(GraphicsContext gc, GridLayout g, Palette p, int first, int last, double scrollY) {
        if (rowLabelColumns != g.columns() || rowLabels.length < g.rows()) {
            rowLabels = new String[g.rows()];
            rowLabelColumns = g.columns();
        }
        double cell = g.cellSize();
        int every = Math.max(1, (int) Math.ceil(font.getSize() * 1.3 / cell));
        gc.setFont(font);
        gc.setFill(p.mutedFx);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (int r = first - first % every; r <= last; r += every) {
            if (r < first) {
                continue;
            }
            if (rowLabels[r] == null) {
                rowLabels[r] = Integer.toString(r * g.columns());
            }
            gc.fillText(rowLabels[r], g.gutter() - 8, r * cell - scrollY + cell / 2);
        }
    }

    /** A sentence in place of the grid (no scenario, no shared buffer yet). */
    public void drawMessage(String text, Palette p, double fontSize) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(p.backgroundFx);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.setFont(Font.font(fontSize));
        gc.setFill(p.mutedFx);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, canvas.getWidth() / 2, canvas.getHeight() / 2, Math.max(10, canvas.getWidth() - 40));
    }
}
