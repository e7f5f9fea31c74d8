package org.atomiscope.app.export;

/**
 * The visible part of the heatmap's grid, for {@link Pen#cells}: {@code rows} rows of
 * {@code columns} square cells of {@code size} whole pixels, row 0's top-left corner at
 * ({@code x}, {@code y}) (y at or above the band when the grid is scrolled part-way into a row), and
 * their colours as ARGB, row by row from {@code argb[0]} (a cell past the buffer's end in the
 * background colour). Only the band {@code bandTop} … {@code bandTop + bandHeight} is drawn, grid
 * gaps and rows beyond the last in {@code background}.
 *
 * <p>Cells of six pixels or more are separated by a one-pixel gap on their right and bottom, two
 * after every {@code group}-th column, so that an index is easy to count out; smaller ones touch.
 * The colours array is the renderer's, reused from frame to frame: a pen reads it during the call only.
 */
public record CellGrid(int x, int y, int columns, int rows, int size, int group, int bandTop, int bandHeight,
                       int[] argb, int background) {
    /** Cells at least this large have gaps between them. */
    public static final int GAPS_FROM = 6;

    /** Whether the cells are separated by gaps. */
    public boolean gaps() {
        return size >= GAPS_FROM;
    }

    /** The background pixels at the right of each cell of column {@code c}: 0, 1 or 2. */
    public int gapAfter(int c) {
        if (!gaps()) {
            return 0;
        }
        return (c + 1) % group == 0 && c + 1 < columns ? 2 : 1;
    }

    /** The background pixels below each row: 0 or 1. */
    public int gapBelow() {
        return gaps() ? 1 : 0;
    }

    /** How wide the grid is, gaps included. */
    public int width() {
        return columns * size;
    }
}
