package org.atomiscope.app.heatmap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.atomiscope.app.canvas.CanvasHost;
import org.atomiscope.app.export.ImageExport;
import org.atomiscope.app.session.Session;
import org.atomiscope.app.session.Stepper;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.memory.RelaxedModel;
import org.atomiscope.scenario.ScenarioSource;

/**
 * The Buffer heatmap tab: one cell per element of a chosen view over a shared block, coloured by
 * reads, writes, atomic vs plain, last writer, value, or (relaxed model) how stale an agent's view
 * of the cell may be. Races are marked, the cells the last step touched are outlined, hovering a
 * cell shows its history. Statistics follow the primary run's events incrementally
 * ({@link CellStats#sync}); drawing is {@link HeatmapRenderer}'s.
 */
public final class HeatmapView {
    /** One cell as a test (or a status line) sees it. {@code value} is what JavaScript would print. */
    public record Cell(int index, int reads, int writes, int atomic, int plain, int lastWriter, boolean race,
                       String value) {
    }

    /** Time a frame may spend asking memory for staleness answers; the rest follow in later frames. */
    private static final long STALENESS_BUDGET_NANOS = 10_000_000;
    /** More cells touched by one step than this are not outlined: the outline would hide the colours. */
    private static final int MAX_OUTLINED = 256;
    private static final String STYLESHEET = "/org/atomiscope/app/heatmap/heatmap.css";

    private final Session session;
    private final BorderPane root = new BorderPane();
    private final HeatmapToolbar toolbar;
    private final Canvas canvas = new Canvas();
    private CanvasHost host;
    private final HeatmapRenderer renderer = new HeatmapRenderer(canvas);
    private final ScrollBar scroll = new ScrollBar();
    private final Legend legend = new Legend();
    private final Label status = new Label();
    private final Tooltip tip = new Tooltip();

    private Stepper stepper;
    private ScenarioSource scenario;
    /** The view last shown, to keep its scroll position across a change of model. */
    private int shownBlock = -1;
    private ElementType shownType;
    private BlockCatalog catalog = new BlockCatalog();
    /** View types the user picked, by block; other blocks show the type their accesses use most. */
    private final Map<Integer, ElementType> chosenTypes = new HashMap<>();
    private CellStats stats;
    private MemoryProbe probe;
    private String message;
    private GridLayout layout;
    private double scrollY;
    private int hover = -1;
    /** The cells the last step touched, and those of them outlined (none when there are too many). */
    private StepMarks marks;
    private int[] outlined = new int[MAX_OUTLINED];
    private int outlinedCount;
    private final StepMarks.Recent recentMarks = new StepMarks.Recent();
    private boolean dirty = true;
    /** Set by a step: the next frame scrolls to the cells it touched. */
    private boolean follow;
    private boolean updating;
    /** Whether the view is on screen (its tab selected): a hidden view only notes that it must draw. */

    public HeatmapView(Session session) {
        this.session = session;
        toolbar = new HeatmapToolbar(this::controlsChanged);
        root.getStylesheets().add(HeatmapView.class.getResource(STYLESHEET).toExternalForm());
        root.getStyleClass().add("heatmap");
        root.setTop(toolbar.node());
        root.setCenter(gridArea());
        status.setId("heatmap-status");
        status.getStyleClass().add("heatmap-status");
        status.setMaxWidth(Double.MAX_VALUE);
        VBox bottom = new VBox(legend.node(), status);
        bottom.getStyleClass().add("heatmap-bottom");
        root.setBottom(bottom);
        tip.getStyleClass().add("heatmap-tooltip");
        tip.setShowDelay(Duration.ZERO);
        tip.setMaxWidth(640);
        tip.setWrapText(true);

        session.revisionProperty().addListener((o, was, now) -> {
            follow = true;
            invalidate();
        });
        session.appearance().darkProperty().addListener((o, was, now) -> requestDraw());
        session.appearance().fontSizeProperty().addListener((o, was, now) -> requestDraw());
        invalidate();
    }

    public Node node() {
        return root;
    }

    private Node gridArea() {
        canvas.setId("heatmap-canvas");
        host = new CanvasHost(canvas, this::drawSafely);
        host.getStyleClass().add("heatmap-canvas-host");
        host.setPrefSize(600, 220);
        HBox.setHgrow(host, Priority.ALWAYS);
        scroll.setOrientation(Orientation.VERTICAL);
        // Hidden when everything fits, but its room stays reserved: a canvas that widened when the bar
        // hid could re-lay the grid out so that it needs the bar again.
        scroll.setId("heatmap-scroll");
        scroll.valueProperty().addListener((o, was, now) -> {
            if (!updating && now.doubleValue() != scrollY) {
                scrollY = now.doubleValue();
                requestDraw();
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> scrollBy(-e.getDeltaY()));
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY(), e.getScreenX(), e.getScreenY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoverAt(-1, -1, 0, 0));
        HBox box = new HBox(host, scroll);
        box.getStyleClass().add("heatmap-grid");
        return box;
    }

    // ------------------------------------------------------------------ following the session

    /** The session changed: recount on the next frame (or at once when a caller asks for cells). */
    private void invalidate() {
        dirty = true;
        requestDraw();
    }

    /** Draws in the next layout pass (see {@link CanvasHost}). */
    private void requestDraw() {
        host.requestDraw();
    }

    /**
     * Tells the view whether it is on screen. A hidden heatmap neither counts nor draws at each step
     * (the window's steps stay cheap while another tab is shown); it catches up in the frame that
     * shows it.
     */
    public void setShowing(boolean on) {
        host.setShowing(on);
    }

    private void controlsChanged() {
        if (updating) {
            return;
        }
        Integer block = toolbar.block();
        ElementType type = toolbar.viewType();
        if (block != null && type != null && stats != null && stats.block() == block && stats.type() != type) {
            chosenTypes.put(block, type);
        }
        hover = -1;
        invalidate();
    }

    /** Brings statistics and controls up to the session's current state. */
    private void refresh() {
        dirty = false;
        Stepper s = session.primary();
        if (s != stepper) {
            stepper = s;
            catalog = new BlockCatalog();
            recentMarks.clear();
            stats = null;
            probe = null;
            hover = -1;
            // Another model for the same scenario keeps the user's views; another scenario does not.
            if (session.scenario() != scenario) {
                scenario = session.scenario();
                chosenTypes.clear();
                scrollY = 0;
            }
        }
        if (s == null) {
            toolbar.clearItems();
            clear(session.scenario() == null ? "Open a scenario to see its shared memory."
                : "This scenario does not run: see Problems.");
            return;
        }
        Machine m = s.machine();
        List<Event> events = s.history().events();
        catalog.sync(events);
        updating = true;
        try {
            toolbar.update(m, catalog, s.model() instanceof RelaxedModel);
            if (m.blockCount() == 0) {
                clear("No SharedArrayBuffer yet: step until the scenario creates one.");
                return;
            }
            int block = toolbar.block();
            ElementType type = chosenTypes.get(block);
            if (type == null) {
                type = catalog.preferredType(block);
            }
            if (type == null) {
                type = ElementType.UINT8;
            }
            toolbar.showViewType(type);
            int length = m.blockLength(block);
            if (stats == null || stats.block() != block || stats.type() != type) {
                if (block != shownBlock || type != shownType) {
                    scrollY = 0;
                    shownBlock = block;
                    shownType = type;
                }
                stats = new CellStats(block, type, length);
            }
            stats.sync(events);
            if (probe == null || !probe.isFor(m.memory(), block, type)) {
                probe = new MemoryProbe(m.memory(), block, type, stats.cellCount());
            }
        } finally {
            updating = false;
        }
        message = null;
        markLastStep(s);
    }

    private void clear(String why) {
        stats = null;
        probe = null;
        message = why;
        marks = null;
        outlinedCount = 0;
    }

    /** The cells the last step touched, to outline them. */
    private void markLastStep(Stepper s) {
        StepMarks m = recentMarks.of(s.history(), stats);
        marks = m;
        // A step that touched very many cells (main filling the primes) is not outlined cell by cell.
        outlinedCount = m.count() <= MAX_OUTLINED ? m.count() : 0;
        if (outlinedCount > 0) {
            outlined = m.cells(outlined);
        }
    }

    // ------------------------------------------------------------------ drawing

    /** A frame, or a sentence in its place if something went wrong (never a stack trace). */
    private void drawSafely() {
        try {
            draw();
        } catch (RuntimeException e) {
            stats = null;
            probe = null;
            dirty = true; // try again from scratch after the next change
            message = "The heatmap cannot show this state: " + e.getMessage();
            renderer.drawMessage(message, Palette.of(session.appearance().isDark()), session.appearance().fontSize());
        }
    }

    private void draw() {
        if (dirty) {
            refresh();
        }
        if (follow) {
            follow = false;
            followLastStep();
        }
        Palette palette = Palette.of(session.appearance().isDark());
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        if (stats == null) {
            layout = null;
            renderer.drawMessage(message, palette, session.appearance().fontSize());
            updateScrollBar();
            legend.show(toolbar.mode(), palette, null, null, agentNames(), toolbar.staleAgent());
            status.setText("");
            return;
        }
        layout = renderer.layout(stats.cellCount(), session.appearance().fontSize());
        clampScroll();
        updateScrollBar();
        CellPainter painter = new CellPainter(palette, toolbar.mode(), stats, probe, toolbar.staleAgent());
        probe.budget(STALENESS_BUDGET_NANOS);
        renderer.draw(layout, scrollY, stats, painter, outlined, outlinedCount, hover);
        probe.budget(-1);
        if (probe.missedBudget()) {
            // The rest of the staleness answers in the next frames (not from inside this layout pass,
            // which would forget a layout request made during it).
            Platform.runLater(this::requestDraw);
        }
        legend.show(toolbar.mode(), palette, stats, probe, agentNames(), toolbar.staleAgent());
        status.setText(hover >= 0 ? statusOf(hover) : summary());
        if (hover >= 0 && tip.isShowing()) {
            tip.setText(tooltipOf(hover));
        }
    }

    /** After a step, scrolls so that a cell it touched is on screen (if none already is). */
    private void followLastStep() {
        if (stats == null || marks == null || marks.count() == 0 || canvas.getHeight() <= 0) {
            return;
        }
        GridLayout g = renderer.layout(stats.cellCount(), session.appearance().fontSize());
        if (!marks.anyOnScreen(g, scrollY, canvas.getHeight())) {
            scrollY = Math.max(0, g.y(marks.first(), 0) - canvas.getHeight() / 3);
        }
    }

    private void clampScroll() {
        double max = Math.max(0, layout.contentHeight() - canvas.getHeight());
        scrollY = Math.floor(Math.max(0, Math.min(scrollY, max))); // whole pixels: the grid image is not resampled
    }

    private void updateScrollBar() {
        updating = true;
        try {
            double content = layout == null ? 0 : layout.contentHeight();
            double max = Math.max(0, content - canvas.getHeight());
            scroll.setMin(0);
            scroll.setMax(max);
            scroll.setVisibleAmount(max <= 0 ? 1 : canvas.getHeight() * max / content);
            scroll.setUnitIncrement(layout == null ? 10 : layout.cellSize());
            scroll.setBlockIncrement(canvas.getHeight() * 0.9);
            scroll.setValue(scrollY);
            scroll.setVisible(max > 0);
        } finally {
            updating = false;
        }
    }

    private void scrollBy(double dy) {
        if (layout == null) {
            return;
        }
        scrollY += dy;
        clampScroll();
        requestDraw();
    }

    // ------------------------------------------------------------------ export

    /**
     * Saves what the heatmap shows now, at its size, scroll, colour mode and theme, as a PNG (the
     * grid, without the legend under it). The file is written whole or not at all. FX thread only.
     */
    public void exportPng(Path file) throws IOException {
        readyToExport();
        ImageExport.png(canvas, file);
    }

    /**
     * Saves what the heatmap shows now as an SVG drawing: the same frame drawn by the same renderer,
     * each run of equal cells along a row one rectangle, the values and row numbers as text. The file
     * is written whole or not at all. FX thread only.
     */
    public void exportSvg(Path file) throws IOException {
        readyToExport();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Palette palette = Palette.of(session.appearance().isDark());
        try {
            if (stats == null || layout == null) {
                ImageExport.svg(file, w, h, pen -> renderer.drawMessage(pen, w, h, message, palette,
                    session.appearance().fontSize()));
            } else {
                CellPainter painter = new CellPainter(palette, toolbar.mode(), stats, probe, toolbar.staleAgent());
                ImageExport.svg(file, w, h, pen -> renderer.draw(pen, w, h, layout, scrollY, stats, painter, outlined,
                    outlinedCount, hover));
            }
        } catch (RuntimeException e) {
            throw new IOException("The heatmap cannot be exported: " + e.getMessage(), e);
        }
    }

    /** Brings the canvas up to the session (even while its tab is hidden), or says why it cannot be exported. */
    private void readyToExport() throws IOException {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the heatmap exports on the JavaFX thread");
        }
        if (canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            throw new IOException("The heatmap has no size yet: show its tab first.");
        }
        if (dirty || host.drawPending()) {
            host.drawNow();
        }
    }

    // ------------------------------------------------------------------ hovering

    private void hoverAt(double x, double y, double screenX, double screenY) {
        int cell = layout == null || x < 0 ? -1 : layout.cellAt(x, y, scrollY);
        if (cell == hover) {
            if (cell >= 0 && tip.isShowing()) {
                tip.setAnchorX(screenX + 16);
                tip.setAnchorY(screenY + 16);
            }
            return;
        }
        hover = cell;
        if (cell < 0) {
            tip.hide();
        } else {
            tip.setText(tooltipOf(cell));
            if (tip.isShowing()) {
                tip.setAnchorX(screenX + 16);
                tip.setAnchorY(screenY + 16);
            } else if (canvas.getScene() != null && canvas.getScene().getWindow() != null
                && canvas.getScene().getWindow().isShowing()) {
                tip.show(canvas, screenX + 16, screenY + 16);
            }
        }
        requestDraw();
    }

    /** The status line of a cell: name, bytes, value, counts, last writer, race. */
    String statusOf(int cell) {
        ensureFresh();
        return CellDetails.status(stats, cell, title(cell), probe.valueText(cell), writerName(cell));
    }

    /** The tooltip of a cell, with its history up to the cursor. */
    String tooltipOf(int cell) {
        ensureFresh();
        return CellDetails.tooltip(stats, cell, title(cell), probe.valueText(cell), writerName(cell),
            stepper.history().events());
    }

    private String title(int cell) {
        return CellDetails.title(stats, cell, catalog.name(stats.block()), catalog.preferredType(stats.block()));
    }

    private String writerName(int cell) {
        int w = stats.lastWriter(cell);
        List<String> names = agentNames();
        return w < 0 ? null : w < names.size() ? names.get(w) : "agent " + w;
    }

    private String summary() {
        return CellDetails.plural(stats.cellCount(), CellDetails.typeName(stats.type()) + " cell") + " · "
            + CellDetails.count(stats.writtenCount()) + " written · " + CellDetails.plural(stats.raceCount(), "race")
            + " · hover a cell for its history";
    }

    private List<String> agentNames() {
        List<String> out = new ArrayList<>();
        if (stepper != null) {
            for (var a : stepper.machine().agents()) {
                out.add(a.name());
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ for tests

    private void ensureFresh() {
        if (dirty) {
            refresh();
        }
    }

    /** The cell {@code index} of the current view, counted up to the current step. */
    public Cell cell(int index) {
        ensureFresh();
        return new Cell(index, stats.reads(index), stats.writes(index), stats.atomic(index), stats.plain(index),
            stats.lastWriter(index), stats.race(index), probe.valueText(index));
    }

    /** The ARGB colour cell {@code index} is drawn in, in the current mode and theme. */
    public int colorOf(int index) {
        ensureFresh();
        return new CellPainter(Palette.of(session.appearance().isDark()), toolbar.mode(), stats, probe,
            toolbar.staleAgent()).argb(index);
    }

    /** How many cells the current view has (0 without a buffer). */
    public int cellCount() {
        ensureFresh();
        return stats == null ? 0 : stats.cellCount();
    }

    /** The cells the last step touched. */
    int[] markedCells() {
        ensureFresh();
        return marks == null ? new int[0] : java.util.Arrays.copyOf(marks.cells(new int[0]), marks.count());
    }

    ElementType viewType() {
        ensureFresh();
        return stats == null ? null : stats.type();
    }

    /** The layout of the last frame (null before one was drawn). */
    GridLayout layout() {
        return layout;
    }

    HeatmapToolbar toolbar() {
        return toolbar;
    }

    String statusText() {
        return status.getText();
    }
}
