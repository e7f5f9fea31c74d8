package org.atomiscope.app.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.atomiscope.app.canvas.CanvasHost;
import org.atomiscope.app.export.FxPen;
import org.atomiscope.app.export.ImageExport;
import org.atomiscope.app.session.Session;
import org.atomiscope.app.session.Stepper;
import org.atomiscope.stepper.Relations;

/**
 * The Timeline tab: one lane per agent, each event a mark, reads-from and synchronizes-with as
 * arrows, blocked time shaded, side by side runs one above the other with their divergent steps
 * banded red. Zoom with Ctrl+scroll, a pinch or the buttons; pan by dragging or scrolling; the
 * scrubber below, a click on a mark or on the step axis moves the whole app to that step.
 *
 * <p>It keeps one {@link RunTrack} per run and a {@link JointAxis}, brought up to date
 * incrementally after each session change; drawing is {@link TimelineRenderer}'s, once per burst of
 * changes. FX thread only.
 */
public final class TimelineView {
    /**
     * A mark as the last frame drew it: which run (0 primary, 1 reference) and event, at which step (the
     * run's own and the joint one), on which lane, whether its label (or a host event's abbreviation)
     * showed and whether it was ringed as a step where the runs differ; (x, y) is its centre on the
     * canvas, {@code width} how wide it is drawn.
     */
    public record Mark(int run, int event, int step, int jointStep, String lane, String label, boolean labelled,
                       boolean diverged, double x, double y, double width) {
    }

    /** An arrow the last frame drew, between two events of one run. */
    public record DrawnArrow(int run, int fromEvent, int toEvent, Relations.Kind kind) {
    }

    private static final String STYLESHEET = "/org/atomiscope/app/timeline/timeline.css";
    private static final double ZOOM_STEP = 1.6;

    private final Session session;
    private final BorderPane root = new BorderPane();
    private final Canvas canvas = new Canvas();
    private final FxPen pen = new FxPen(canvas.getGraphicsContext2D());
    private CanvasHost host;
    private final Slider scrubber = new Slider(0, 1, 0);
    private final Label where = new Label();
    private final Label status = new Label();
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final TimelineFrame frame = new TimelineFrame();
    private final Viewport viewport = new Viewport();
    private final RunTrack primaryTrack = new RunTrack();
    private final RunTrack referenceTrack = new RunTrack();
    private final JointAxis axis = new JointAxis();

    private boolean dirty = true;
    private boolean updating;
    private int lastPosition = -1;
    private double pressX;
    private double pressY;
    private boolean dragging;
    private String hint = "";

    public TimelineView(Session session) {
        this.session = session;
        root.getStylesheets().add(TimelineView.class.getResource(STYLESHEET).toExternalForm());
        root.getStyleClass().add("timeline");
        root.setTop(new TimelineToolbar(() -> zoomBy(ZOOM_STEP), () -> zoomBy(1 / ZOOM_STEP), this::fit,
            session.appearance().fontSizeProperty()).node());
        root.setCenter(canvasArea());
        root.setBottom(bottom());
        session.revisionProperty().addListener((o, was, now) -> invalidate());
        session.appearance().darkProperty().addListener((o, was, now) -> requestDraw());
        session.appearance().fontSizeProperty().addListener((o, was, now) -> requestDraw());
        invalidate();
    }

    public Node node() {
        return root;
    }

    private Node canvasArea() {
        canvas.setId("timeline-canvas");
        canvas.setManaged(false);
        canvas.setFocusTraversable(true);
        // Drawn in the layout pass, so the scrubber and its label (laid out after the canvas, set while
        // drawing) change in the same frame: the timeline is never one step behind.
        host = new CanvasHost(canvas, this::draw);
        host.getStyleClass().add("timeline-canvas-host");
        host.setPrefSize(800, 240);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> showStatus(null));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> zoomAround(e.getZoomFactor(), e.getX() - renderer.plotLeft));
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        return host;
    }

    private Node bottom() {
        scrubber.setId("timeline-scrubber");
        scrubber.setBlockIncrement(1);
        scrubber.setMajorTickUnit(1);
        scrubber.setMinorTickCount(0);
        scrubber.setSnapToTicks(true);
        scrubber.setFocusTraversable(false);
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        scrubber.setMaxWidth(Double.MAX_VALUE);
        scrubber.valueProperty().addListener((o, was, now) -> {
            if (!updating && session.primary() != null) {
                int k = (int) Math.round(now.doubleValue());
                if (k != session.position()) {
                    session.moveTo(k);
                }
            }
        });
        where.setId("timeline-position");
        where.getStyleClass().add("timeline-position");
        HBox row = new HBox(scrubber, where);
        row.getStyleClass().add("timeline-scrubber-row");
        status.setId("timeline-status");
        status.getStyleClass().add("timeline-status");
        status.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(row, status);
        box.getStyleClass().add("timeline-bottom");
        return box;
    }

    // ------------------------------------------------------------------ following the session

    private void invalidate() {
        dirty = true;
        requestDraw();
    }

    /** Tells the view whether it is on screen (its tab selected): a hidden timeline draws once shown. */
    public void setShowing(boolean on) {
        host.setShowing(on);
    }

    private void requestDraw() {
        host.requestDraw();
    }

    private void draw() {
        if (dirty) {
            dirty = false;
            update();
        }
        frame.palette(TimelinePalette.of(session.appearance().isDark())).fontSize(session.appearance().fontSize());
        renderer.render(pen, canvas.getWidth(), canvas.getHeight(), frame);
    }

    /** Brings tracks, axis, scrubber and frame up to date with the session. */
    private void update() {
        frame.clear().axis(axis).viewport(viewport);
        Stepper p = session.primary();
        if (p == null) {
            frame.message(session.scenario() == null ? "Open a scenario to see its timeline."
                : "This scenario does not run: its problem is in the Problems tab.");
            setScrubber(0, 0);
            return;
        }
        Stepper q = session.reference();
        primaryTrack.sync(p.history());
        if (q != null) {
            referenceTrack.sync(q.history());
        }
        axis.sync(primaryTrack, q == null ? null : referenceTrack);
        frame.addRun(primaryTrack, p.model().displayName(), p.history().position(), q == null ? null : divergent(p));
        if (q != null) {
            frame.addRun(referenceTrack, q.model().displayName(), q.history().position(), divergent(q));
        }
        frame.position(session.position());
        if (session.position() != lastPosition) {
            lastPosition = session.position();
            frame.revealCursor();
        }
        setScrubber(session.position(), session.length());
    }

    private BitSet divergent(Stepper s) {
        BitSet out = new BitSet();
        for (int step : session.divergentSteps(s)) {
            out.set(step);
        }
        return out;
    }

    private void setScrubber(int position, int length) {
        updating = true;
        try {
            scrubber.setMax(Math.max(1, length));
            scrubber.setValue(position);
            scrubber.setDisable(length == 0);
        } finally {
            updating = false;
        }
        where.setText("step " + position + " of " + length);
        hint = length == 0 ? "" : "Hover a mark for details; click it to go to its step. Ctrl+scroll zooms, drag pans.";
        if (status.getText() == null || status.getText().isEmpty() || !status.getStyleClass().contains("hovering")) {
            status.setText(hint);
        }
    }

    // ------------------------------------------------------------------ zoom and pan

    private void zoomBy(double factor) {
        double cursor = (axis.unitsBefore(session.position() + 1) - viewport.firstUnit()) * viewport.pxPerUnit();
        double anchor = cursor >= 0 && cursor <= renderer.plotWidth ? cursor : renderer.plotWidth / 2;
        zoomAround(factor, anchor);
    }

    private void zoomAround(double factor, double anchor) {
        viewport.zoom(factor, anchor, axis.totalUnits(), renderer.plotWidth);
        requestDraw();
    }

    private void fit() {
        viewport.fit(axis.totalUnits(), renderer.plotWidth);
        requestDraw();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            double d = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
            zoomAround(d > 0 ? 1.25 : 1 / 1.25, e.getX() - renderer.plotLeft);
        } else if (e.isShiftDown()) {
            viewport.pan(0, -(e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX()), axis.totalUnits(), renderer.plotWidth);
            requestDraw();
        } else {
            viewport.pan(-(e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY()), 0, axis.totalUnits(), renderer.plotWidth);
            requestDraw();
        }
        e.consume();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoomBy(ZOOM_STEP);
            case MINUS, SUBTRACT -> zoomBy(1 / ZOOM_STEP);
            case DIGIT0, NUMPAD0 -> fit();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.abs(dx) + Math.abs(dy) < 4) {
            return;
        }
        dragging = true;
        viewport.pan(-dx, -dy, axis.totalUnits(), renderer.plotWidth);
        pressX = e.getX();
        pressY = e.getY();
        requestDraw();
    }

    private void released(MouseEvent e) {
        if (!dragging && e.getButton() == MouseButton.PRIMARY) {
            click(e.getX(), e.getY());
        }
        dragging = false;
    }

    /** A click on a mark moves the app to the mark's step; a click on the step axis to that step. */
    void click(double x, double y) {
        if (session.primary() == null || axis.length() == 0) {
            return;
        }
        DrawnMarks d = renderer.drawn();
        int hit = d.hit(x, y, 3);
        int joint;
        if (hit >= 0) {
            RunTrack t = track(d.run[hit]);
            joint = axis.joint(d.run[hit], t.stepOf(d.event[hit]));
        } else if (y < renderer.axisHeight && x >= renderer.plotLeft) {
            joint = axis.jointAt(viewport.firstUnit() + (x - renderer.plotLeft) / viewport.pxPerUnit());
        } else {
            return;
        }
        if (joint >= 0 && joint <= session.length()) {
            session.moveTo(joint);
        }
    }

    private void hover(double x, double y) {
        DrawnMarks d = renderer.drawn();
        int hit = d.hit(x, y, 3);
        if (hit < 0) {
            showStatus(null);
            return;
        }
        int run = d.run[hit];
        String title = frame.paneCount > 1 ? frame.panes[run].title : null;
        showStatus(EventSentence.of(track(run), axis, run, d.event[hit], title, frame.panes[run].position));
    }

    private void showStatus(String sentence) {
        if (sentence == null) {
            status.getStyleClass().remove("hovering");
            status.setText(hint);
        } else {
            if (!status.getStyleClass().contains("hovering")) {
                status.getStyleClass().add("hovering");
            }
            status.setText(sentence);
        }
    }

    private RunTrack track(int run) {
        return run == 0 ? primaryTrack : referenceTrack;
    }

    // ------------------------------------------------------------------ export

    /**
     * Saves what the timeline shows now, at its size, zoom, scroll and theme, as a PNG. The file is
     * written whole or not at all. FX thread only.
     */
    public void exportPng(Path file) throws IOException {
        readyToExport();
        ImageExport.png(canvas, file);
    }

    /**
     * Saves what the timeline shows now as an SVG drawing: the same frame drawn by the same renderer,
     * as vectors and words. The file is written whole or not at all. FX thread only.
     */
    public void exportSvg(Path file) throws IOException {
        readyToExport();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        ImageExport.svg(file, w, h, svg -> renderer.render(svg, w, h, frame));
    }

    /** Brings the canvas up to the session (even while its tab is hidden), or says why it cannot be exported. */
    private void readyToExport() throws IOException {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the timeline exports on the JavaFX thread");
        }
        if (canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            throw new IOException("The timeline has no size yet: show its tab first.");
        }
        flush();
    }

    // ------------------------------------------------------------------ for tests

    /** Draws now if a change is waiting, so what tests read is the session's current state. */
    private void flush() {
        if (dirty || host.drawPending()) {
            host.drawNow();
        }
    }

    /** The marks the last frame drew (after drawing any pending change), left to right per run. */
    public List<Mark> marks() {
        flush();
        DrawnMarks d = renderer.drawn();
        List<Mark> out = new ArrayList<>(d.marks);
        for (int k = 0; k < d.marks; k++) {
            RunTrack t = track(d.run[k]);
            int i = d.event[k];
            int step = t.stepOf(i);
            out.add(new Mark(d.run[k], i, step, axis.joint(d.run[k], step), t.laneName(t.lane(i)), t.label(i), d.labelled[k],
                d.diverged[k], d.x[k], d.y[k], d.w[k]));
        }
        return out;
    }

    /** The arrows the last frame drew. */
    public List<DrawnArrow> arrows() {
        flush();
        DrawnMarks d = renderer.drawn();
        List<DrawnArrow> out = new ArrayList<>(d.arrows);
        for (int k = 0; k < d.arrows; k++) {
            out.add(new DrawnArrow(d.arrowRun[k], d.arrowFrom[k], d.arrowTo[k], Relations.Kind.values()[d.arrowKind[k]]));
        }
        return out;
    }

    /** Where the plot starts and ends on the canvas (left of it: the lanes' names). */
    double[] plotEdges() {
        flush();
        return new double[] {renderer.clipLeft(), renderer.clipRight()};
    }

    /** The view's zoom and scroll. */
    public Viewport viewport() {
        return viewport;
    }

    /** The text of the status line (the hovered event's sentence, or a hint). */
    public String status() {
        return status.getText();
    }

    /** Hovers as the mouse would at canvas coordinates (x, y). */
    public void hoverAt(double x, double y) {
        flush();
        hover(x, y);
    }
}
