package org.atomiscope.app.code;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.atomiscope.app.session.AgentColors;
import org.atomiscope.machine.AgentState;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * One agent's code, read-only: a header with its name (in its colour) and what it is doing, and the
 * file it runs with its next line marked. Clicking the marked line takes the agent's step; where
 * the step can go several ways (a relaxed read), a menu offers them.
 */
final class AgentColumn {
    private final BorderPane root = new BorderPane();
    private final Label name = new Label();
    private final Label status = new Label();
    /**
     * Lines shown above a line scrolled to: some context, and room for the next steps below. A fixed
     * count, since before layout (and with wrapped lines) the number of visible lines is unknown.
     */
    private static final int CONTEXT_LINES = 2;

    private final CodeArea area = new CodeArea();
    private final Region marker = new Region();
    /**
     * Holds the marker, and places it when laid out: after the code view beneath it in the same layout
     * pass, so the marked line's bounds are those of this frame (a line that just scrolled into view,
     * or wrapped to a new height, has none before its cell is laid out).
     */
    private final Pane overlay = new Pane(marker) {
        @Override
        protected void layoutChildren() {
            rest();
            placeMarker();
        }
    };
    private final BiConsumer<Integer, Choice> take;
    private int agent;
    private String file;
    private int markedLine = -1;
    private List<Choice> choices = List.of();

    AgentColumn(BiConsumer<Integer, Choice> take) {
        this.take = take;
        area.setEditable(false);
        // Narrow columns wrap long lines (an inline agent is often one line), so the next step is always
        // readable in full without scrolling sideways.
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("agent-code");
        name.getStyleClass().add("agent-name");
        status.getStyleClass().add("agent-status");
        status.setMinWidth(0); // a long status is cut short ("…"), it never widens the column
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, name, gap, status);
        header.getStyleClass().add("agent-header");
        root.setTop(header);
        // The next-line marker is a region over the code, not a paragraph style: restyling a paragraph
        // makes the code view lay out every visible line again, which a step should not cost.
        marker.setMouseTransparent(true);
        marker.setManaged(false);
        marker.setVisible(false);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        // A half-visible marked line must not paint over the column's header.
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(overlay.widthProperty());
        clip.heightProperty().bind(overlay.heightProperty());
        overlay.setClip(clip);
        root.setCenter(new StackPane(new VirtualizedScrollPane<>(area), overlay));
        area.estimatedScrollYProperty().addListener((o, a, b) -> overlay.requestLayout());
        area.getVisibleParagraphs().addListener((javafx.collections.ListChangeListener<Object>) c -> overlay.requestLayout());
        root.getStyleClass().add("agent-column");
        area.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || markedLine < 0 || choices.isEmpty()) {
                return;
            }
            int line = area.offsetToPosition(area.hit(e.getX(), e.getY()).getInsertionIndex(), TwoDimensional.Bias.Forward)
                .getMajor();
            if (line == markedLine) {
                if (choices.size() == 1) {
                    take.accept(agent, choices.get(0));
                } else {
                    ContextMenu menu = new ContextMenu();
                    for (Choice c : choices) {
                        MenuItem item = new MenuItem(c.label());
                        item.setOnAction(a -> take.accept(agent, c));
                        menu.getItems().add(item);
                    }
                    menu.show(area, e.getScreenX(), e.getScreenY());
                }
            }
        });
    }

    BorderPane node() {
        return root;
    }

    CodeArea area() {
        return area;
    }

    /** Shows agent {@code a} of machine {@code m}: its file, next line and status. */
    void show(Machine m, int a, String fileName, String text, List<Event> events) {
        AgentState s = m.agent(a);
        agent = a;
        root.setId("agent-column-" + s.name());
        name.setText(s.name());
        name.setStyle("-fx-text-fill: " + AgentColors.css(a) + ";");
        root.getTop().setStyle("-fx-border-color: transparent transparent " + AgentColors.css(a) + " transparent;");
        if (!fileName.equals(file) || !area.getText().equals(text)) {
            file = fileName;
            markedLine = -1;
            area.replaceText(text);
            area.setStyleSpans(0, Highlighter.spans(text));
        }
        choices = m.choices().stream().filter(c -> c.agent() == a && c.kind() != Choice.Kind.MEMORY).toList();
        status.setText(describe(s, events, m));
        String statusClass = "status-" + s.status().name().toLowerCase();
        if (!status.getStyleClass().contains(statusClass)) {
            status.getStyleClass().setAll("agent-status", statusClass);
        }
        int line = s.nextPos() != null && s.nextPos().file().equals(fileName) ? s.nextPos().line() - 1 : -1;
        if (s.status() == AgentState.Status.IDLE || s.status() == AgentState.Status.UNSTARTED) {
            line = -1;
        }
        mark(line, s.status());
        if (line < 0 && !placed) {
            restLine = resting(a, fileName, text, events);
            restedAt = -1;
            overlay.requestLayout();
        }
        placed = line >= 0 || placed;
        if (placed) {
            restLine = -1;
        }
    }

    private void mark(int line, AgentState.Status st) {
        int target = line < area.getParagraphs().size() ? line : -1;
        String kind = st == AgentState.Status.BLOCKED ? "blocked-line"
            : st == AgentState.Status.THREW || st == AgentState.Status.HUNG ? "error-line" : "current-line";
        List<String> style = List.of("line-marker", kind, "agent-" + agent % 10);
        if (!marker.getStyleClass().equals(style)) {
            marker.getStyleClass().setAll(style);
        }
        if (target == markedLine) {
            return;
        }
        markedLine = target;
        if (markedLine >= 0 && !visible(markedLine)) {
            // Scrolling repositions every line, so it should be rare: put the line near the top, with
            // CONTEXT_LINES above it and room below, so the next few steps need no scroll.
            area.showParagraphAtTop(Math.max(0, markedLine - CONTEXT_LINES));
        }
        overlay.requestLayout();
    }

    /** Whether the column has been scrolled to its agent once (afterwards the user's scrolling stays). */
    private boolean placed;
    /** Where the column rests while its agent has no next line (-1 once it had one). */
    private int restLine = -1;
    /** The width the column last rested at: it rests again only when its lines wrap anew. */
    private double restedAt = -1;

    /**
     * Scrolls to the resting line in the layout pass, once the code view knows how its lines wrap (a
     * scroll made before lands lines off); again only when the column's width changes (more agents
     * appear), so a user's own scrolling stays.
     */
    private void rest() {
        if (restLine >= 0 && overlay.getWidth() > 0 && overlay.getWidth() != restedAt) {
            restedAt = overlay.getWidth();
            scrollTo(restLine);
        }
    }

    /** A new run (reset, another scenario): scroll to the agent again. */
    void forgetPlace() {
        placed = false;
        restLine = -1;
        restingKey = null;
    }

    /** The resting line last found, and for which agent, file and text: (agent, file, text). */
    private List<Object> restingKey;
    private int resting;

    /**
     * {@link #restingLine}, found once per agent and file: the event that created an agent is there
     * as soon as its column is, so it need not be looked for again among every event (a hundred
     * thousand in the primes) at each step.
     */
    private int resting(int a, String fileName, String text, List<Event> events) {
        List<Object> key = List.of(a, fileName, text);
        if (!key.equals(restingKey)) {
            restingKey = key;
            resting = restingLine(a, fileName, text, events);
        }
        return resting;
    }

    private void scrollTo(int line) {
        if (line >= 0 && line < area.getParagraphs().size() && !visible(line)) {
            area.showParagraphAtTop(Math.max(0, line - CONTEXT_LINES));
        }
    }

    /**
     * Where an agent with no next line should show its file: at the line that created it (an inline
     * agent's code is there), else at the first line after the header comment.
     */
    static int restingLine(int agent, String file, String text, List<Event> events) {
        for (Event e : events) {
            if (e.kind() == Event.Kind.SEND && e.peers().contains(agent) && e.pos() != null && e.pos().file().equals(file)
                    && e.text().startsWith("creates")) {
                return e.pos().line() - 1;
            }
        }
        List<String> lines = text.lines().toList();
        int i = 0;
        if (!lines.isEmpty() && lines.get(0).strip().startsWith("/*")) {
            while (i < lines.size() && !lines.get(i).contains("*/")) {
                i++;
            }
            i++;
        }
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return Math.min(i, Math.max(0, lines.size() - 1));
    }

    /** Puts the marker over the marked line, where the code view shows it now. */
    private void placeMarker() {
        Optional<Bounds> on = markedLine < 0 || overlay.getScene() == null ? Optional.empty()
            : area.getParagraphBoundsOnScreen(markedLine);
        if (on.isEmpty()) {
            marker.setVisible(false);
            return;
        }
        Bounds b = overlay.screenToLocal(on.get());
        if (b == null) {
            marker.setVisible(false);
            return;
        }
        marker.resizeRelocate(0, b.getMinY(), overlay.getWidth(), b.getHeight());
        marker.setVisible(true);
    }

    private boolean visible(int line) {
        try {
            // Strictly inside: the first and last visible lines may be cut off.
            return line > area.firstVisibleParToAllParIndex() && line < area.lastVisibleParToAllParIndex();
        } catch (RuntimeException e) {
            return false; // not laid out yet: no visible paragraphs
        }
    }

    /** The line the agent is at (0-based), or -1. */
    int markedLine() {
        return markedLine;
    }

    String statusText() {
        return status.getText();
    }

    /** What the agent is doing, in a few words: "next: ia[37] = 123456", "waiting on ia[0]". */
    static String describe(AgentState s, List<Event> events, Machine m) {
        return switch (s.status()) {
            case UNSTARTED -> "not started";
            case RUNNING -> s.pending() != null ? "next: " + s.pending().label() : "running";
            case READY -> "woken: continues";
            case BLOCKED -> "waiting on " + waitTarget(s.index(), events);
            case IDLE -> !s.tasks().isEmpty() ? "message waiting"
                : m.timers().stream().anyMatch(t -> t.agent() == s.index()) ? "waiting for a timer" : "finished";
            case THREW -> "threw " + s.error();
            case HUNG -> "stopped: endless loop?";
        };
    }

    private static String waitTarget(int agent, List<Event> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            if (e.agent() == agent && e.kind() == Event.Kind.WAIT && e.access() != null) {
                return e.access().target() + "[" + e.access().index() + "]";
            }
        }
        return "Atomics.wait";
    }
}
