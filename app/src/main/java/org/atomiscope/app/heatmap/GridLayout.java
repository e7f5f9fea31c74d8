package org.atomiscope.app.heatmap;

/**
 * Where the cells go: rows of {@code columns} square cells of {@code cellSize} pixels, to the right
 * of a gutter that shows each row's first index. Rows hold 10, 20, 50 or 100 cells, so that a
 * JavaScript index is easy to find (ia[37] is in the row labelled 0, column 37).
 */
public record GridLayout(int cells, int columns, double cellSize, double gutter, int rows) {
    static final int[] COLUMN_CHOICES = {10, 20, 50, 100};
    /** Smaller cells cannot be pointed at with a mouse. */
    static final double MIN_CELL = 8;
    /** Larger cells stop looking like a map of the buffer. */
    static final double MAX_CELL = 36;

    /**
     * The layout for {@code cells} cells on a width × height area whose gutter is {@code gutter}
     * wide: the largest cells (up to {@link #MAX_CELL}) with which every row fits, else the densest
     * rows whose cells stay at least {@link #MIN_CELL} wide, to scroll through as little as possible.
     */
    public static GridLayout of(int cells, double width, double height, double gutter) {
        double avail = Math.max(1, width - gutter);
        int chosen = -1;
        for (int cols : COLUMN_CHOICES) {
            double size = Math.floor(avail / cols);
            if (size > MAX_CELL) {
                continue;
            }
            if (size < MIN_CELL) {
                break;
            }
            if (rows(cells, cols) * size <= height) {
                chosen = cols;
                break;
            }
        }
        if (chosen < 0) {
            chosen = COLUMN_CHOICES[0];
            for (int cols : COLUMN_CHOICES) {
                if (Math.floor(avail / cols) >= MIN_CELL) {
                    chosen = cols;
                }
            }
        }
        double size = Math.max(1, Math.min(MAX_CELL, Math.floor(avail / chosen)));
        return new GridLayout(cells, chosen, size, gutter, rows(cells, chosen));
    }

    private static int rows(int cells, int cols) {
        return (cells + cols - 1) / cols;
    }

    /** Height of all rows in pixels. */
    public double contentHeight() {
        return rows * cellSize;
    }

    /** The cell at a point of the canvas when the grid is scrolled down by {@code scrollY}, or -1. */
    public int cellAt(double x, double y, double scrollY) {
        if (x < gutter || y < 0) {
            return -1;
        }
        int col = (int) ((x - gutter) / cellSize);
        int row = (int) ((y + scrollY) / cellSize);
        if (col >= columns || row >= rows) {
            return -1;
        }
        int cell = row * columns + col;
        return cell < cells ? cell : -1;
    }

    /** Left edge of a cell on the canvas. */
    public double x(int cell) {
        return gutter + (cell % columns) * cellSize;
    }

    /** Top edge of a cell on the canvas when scrolled by {@code scrollY}. */
    public double y(int cell, double scrollY) {
        return (cell / columns) * cellSize - scrollY;
    }
}
