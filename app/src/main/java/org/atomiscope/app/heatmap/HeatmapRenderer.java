package org.atomiscope.app.heatmap;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.atomiscope.app.export.CellGrid;
import org.atomiscope.app.export.FxPen;
import org.atomiscope.app.export.Pen;

/**
 * Draws a heatmap frame on a canvas (or, the same frame, into an SVG file: it draws with a {@link Pen}).
 * Only the rows on screen are drawn: each visible cell's colour is asked once into an array, which
 * the pen draws as the grid ({@link Pen#cells}: on screen, one image filled at screen resolution with
 * a {@code PixelWriter}); race marks, outlines and row labels are a few drawing calls on top. So a
 * frame costs about the same however large the buffer (the primes scenario has 100,000 cells), and
 * nothing is allocated per cell. Cells wide enough for it show their value too
 * ("314159"), in black or white, whichever stands out on the cell's colour; those are a small
 * buffer's cells, so a frame draws at most a few thousand values.
 */
public final class HeatmapRenderer {
    private final Canvas canvas;
    private final FxPen screen;
    private final double[] triX = new double[3];
    private final double[] triY = new double[3];
    private int[] colours = new int[0];
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
        this.screen = new FxPen(canvas.getGraphicsContext2D());
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
        draw(screen, canvas.getWidth(), canvas.getHeight(), g, scrollY, stats, painter, marked, markedCount, hover);
    }

    /** Draws the cells with {@code pen} over {@code w} × {@code h} pixels (the screen's, or an SVG file's). */
    public void draw(Pen pen, double w, double h, GridLayout g, double scrollY, CellStats stats, CellPainter painter,
                     int[] marked, int markedCount, int hover) {
        Palette p = painter.palette();
        pen.setFill(p.backgroundFx);
        pen.fillRect(0, 0, w, h);
        int top = (int) scrollY;
        int first = firstRow(g, top);
        int last = lastRow(g, top, h);
        if (g.cells() == 0 || g.rows() == 0 || last < first || h < 1) {
            return;
        }
        pen.cells(visibleCells(g, painter, top, first, last, (int) Math.ceil(h), p.background));
        drawValues(pen, g, stats, painter, first, last, top);
        drawRaces(pen, g, stats, p, first, last, top);
        for (int i = 0; i < markedCount; i++) {
            int row = marked[i] / g.columns();
            if (row >= first && row <= last) {
                outline(pen, g, marked[i], top, p.accentFx, 2.5);
            }
        }
        if (hover >= 0 && hover < g.cells()) {
            outline(pen, g, hover, top, p.hoverFx, 1.5);
        }
        drawRowLabels(pen, g, p, first, last, top);
    }

    /**
     * The colours of the rows on screen, each visible cell's asked once (past the buffer's end, the
     * background), into an array kept from frame to frame; the grid's first row starts {@code top}
     * pixels into the content, above the canvas when scrolled part-way into it.
     */
    private CellGrid visibleCells(GridLayout g, CellPainter painter, int top, int first, int last, int height,
                                  int background) {
        int cols = g.columns();
        int count = (last - first + 1) * cols;
        if (colours.length < count) {
            colours = new int[count];
        }
        int cells = g.cells();
        for (int i = 0, cell = first * cols; i < count; i++, cell++) {
            colours[i] = cell < cells ? painter.argb(cell) : background;
        }
        int size = (int) g.cellSize();
        int group = cols % 10 == 0 ? 10 : 5; // a wider gap after every tenth cell (fifth in rows of 25)
        return new CellGrid((int) g.gutter(), first * size - top, cols, last - first + 1, size, group, 0, height, colours,
            background);
    }

    /**
     * Each written cell's value inside it, centred, in the largest font up to the labels' size that
     * fits the cell (a long value in a smaller one, down to a legible minimum; below that, none:
     * hovering shows it). Unwritten cells stay blank: rows of zeros would only hide the writes.
     */
    private void drawValues(Pen gc, GridLayout g, CellStats stats, CellPainter painter, int first, int last,
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
    private void drawRaces(Pen gc, GridLayout g, CellStats stats, Palette p, int first, int last,
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

    private void triangle(Pen gc, double right, double top, double size, Color color) {
        triX[0] = right - size;
        triY[0] = top;
        triX[1] = right;
        triY[1] = top;
        triX[2] = right;
        triY[2] = top + size;
        gc.setFill(color);
        gc.fillPolygon(triX, triY, 3);
    }

    private static void outline(Pen gc, GridLayout g, int cell, double scrollY, Color color,
                                double width) {
        double size = g.cellSize();
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.strokeRect(g.x(cell) - 0.5, g.y(cell, scrollY) - 0.5, size, size);
    }

    /** Each row's first index in the gutter; every k-th row when rows are lower than the text. */
    private void drawRowLabels(Pen gc, GridLayout g, Palette p, int first, int last, double scrollY) {
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
        drawMessage(screen, canvas.getWidth(), canvas.getHeight(), text, p, fontSize);
    }

    /** The same with {@code gc} over {@code w} × {@code h} pixels. */
    public void drawMessage(Pen gc, double w, double h, String text, Palette p, double fontSize) {
        gc.setFill(p.backgroundFx);
        gc.fillRect(0, 0, w, h);
        if (text == null) {
            return;
        }
        gc.setFont(Font.font(fontSize));
        gc.setFill(p.mutedFx);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, w / 2, h / 2, Math.max(10, w - 40));
    }
}
