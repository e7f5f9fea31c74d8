package org.atomiscope.app.heatmap;

/**
 * Where the cells go: rows of {@code columns} square cells of {@code cellSize} pixels, to the right
 * of a gutter that shows each row's first index. Rows hold 10, 20, 25, 50 or 100 cells, so that a
 * JavaScript index is easy to find (ia[37] is in the row labelled 20, column 17 of 20).
 */
public record GridLayout(int cells, int columns, double cellSize, double gutter, int rows) {
    /** Row lengths for a small buffer, in order of preference when they give cells of one size. */
    static final int[] SMALL_COLUMNS = {10, 20, 50, 25};
    /** Row lengths for a large buffer: the longest rows scroll least. */
    static final int[] COLUMN_CHOICES = {10, 20, 50, 100};
    /** Up to this many cells a buffer is small: a lesson's array, shown in big cells with their values. */
    static final int SMALL_BUFFER = 2048;
    /** Smaller cells cannot be pointed at with a mouse. */
    static final double MIN_CELL = 8;
    /** A small buffer's cells are at least this large (a projector at the back of a room), scrolling if need be. */
    static final double READABLE_CELL = 24;
    /**
     * ...but a little smaller is better than scrolling when it shows the whole buffer: a class sees
     * every cell at once, and a low window (a large font's toolbar and legend) would show hardly two
     * rows of readable cells.
     */
    static final double WHOLE_CELL = 20;
    /** Larger cells stop looking like a map of the buffer. */
    static final double MAX_CELL = 48;

    /**
     * The layout for {@code cells} cells on a width × height area whose gutter is {@code gutter}
     * wide. A small buffer gets the largest cells (up to {@link #MAX_CELL}) with which it shows
     * whole, if they are at least {@link #WHOLE_CELL}; else the densest rows whose cells stay
     * {@link #READABLE_CELL}, to scroll through. A large buffer gets the largest cells with which it shows whole,
     * else the densest rows whose cells stay at least {@link #MIN_CELL}.
     */
    public static GridLayout of(int cells, double width, double height, double gutter) {
        double avail = Math.max(1, width - gutter);
        if (cells <= SMALL_BUFFER) {
            return small(cells, avail, height, gutter);
        }
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

    private static GridLayout small(int cells, double avail, double height, double gutter) {
        int best = SMALL_COLUMNS[0];
        double bestSize = 0;
        for (int cols : SMALL_COLUMNS) {
            double size = Math.min(MAX_CELL, Math.min(Math.floor(avail / cols), Math.floor(height / rows(cells, cols))));
            if (size > bestSize) {
                best = cols;
                bestSize = size;
            }
        }
        if (bestSize < WHOLE_CELL) {
            // Not whole at a readable size: the densest rows of readable cells, to scroll through.
            best = 10;
            for (int cols : SMALL_COLUMNS) {
                if (cols > best && Math.floor(avail / cols) >= READABLE_CELL) {
                    best = cols;
                }
            }
            bestSize = Math.max(1, Math.min(MAX_CELL, Math.floor(avail / best)));
        }
        return new GridLayout(cells, best, bestSize, gutter, rows(cells, best));
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
