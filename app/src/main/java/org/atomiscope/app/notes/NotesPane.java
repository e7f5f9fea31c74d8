package org.atomiscope.app.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.atomiscope.app.challenge.ChallengeCard;
import org.atomiscope.app.session.Session;
import org.atomiscope.app.session.Stepper;
import org.atomiscope.machine.Machine;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.stepper.History;
import org.atomiscope.stepper.Lockstep;
import org.atomiscope.stepper.Narrator;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The Notes pane (right): the scenario's title and topic, its teaching notes rendered from Markdown,
 * and below them, always in view, the last step told in plain language ({@link Narrator}). Side by
 * side, each run's last step is told under its model's name, and where the two runs differ the
 * difference is stated in the warning colour.
 */
public final class NotesPane {
    private final Session session;
    private final BorderPane node = new BorderPane();
    private final Label title = new Label();
    private final Label topic = new Label();
    private final ChallengeCard challenge;
    private final MarkdownView markdown = new MarkdownView();
    private final ScrollPane scroll = new ScrollPane(markdown.node());
    private final VBox narration = new VBox();
    private final VBox narrationLines = new VBox();
    private final List<String> narrationText = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    /** Narrations of the steps told lately, by the machine each step led to (identity), least recent first. */
    private final Map<Machine, String> told = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Machine, String> eldest) {
            return size() > 512;
        }
    };
    private List<Line> shownLines = List.of();
    /** The run the narration tells, and the tallest the area has been for it. */
    private Stepper narrated;
    private double reservedHeight;
    /** The scenario whose notes are shown: notes are rendered again only when another one opens. */
    private ScenarioSource shown;
    private boolean rendered;

    public NotesPane(Session session) {
        this.session = session;
        this.challenge = new ChallengeCard(session);
        node.setId("notes");
        node.getStyleClass().add("notes-pane");
        node.getStylesheets().add(NotesPane.class.getResource("notes.css").toExternalForm());

        title.setId("notes-title");
        title.getStyleClass().add("notes-title");
        title.setWrapText(true);
        topic.setId("notes-topic");
        topic.getStyleClass().add("notes-topic");
        topic.setWrapText(true);
        VBox header = new VBox(title, topic, challenge.node());
        VBox.setMargin(challenge.node(), new Insets(6, 0, 2, 0));
        header.getStyleClass().add("notes-header");
        node.setTop(header);

        markdown.node().setId("notes-body");
        markdown.node().getStyleClass().add("notes-body");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("notes-scroll");
        node.setCenter(scroll);

        Label heading = new Label("Last step");
        heading.getStyleClass().add("narration-heading");
        narration.setId("narration");
        narration.getStyleClass().add("narration");
        narration.getChildren().addAll(heading, narrationLines);
        narrationLines.getStyleClass().add("narration-lines");
        node.setBottom(narration);
        narration.widthProperty().addListener((o, was, now) -> releaseHeight());
        session.appearance().fontSizeProperty().addListener((o, was, now) -> releaseHeight());
        narration.heightProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > reservedHeight) {
                reservedHeight = now.doubleValue();
                narration.setMinHeight(reservedHeight);
            }
        });

        session.revisionProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    public Node node() {
        return node;
    }

    /** The challenge card, shown for scenarios with {@code @goal} lines. */
    public ChallengeCard challenge() {
        return challenge;
    }

    /** What the "Last step" area says, one line per shown label (for tests and snapshots). */
    public String narrationText() {
        return String.join("\n", narrationText);
    }

    private void refresh() {
        ScenarioSource s = session.scenario();
        if (!rendered || s != shown) {
            showNotes(s);
            shown = s;
            rendered = true;
        }
        showNarration();
    }

    // ------------------------------------------------------------------ notes

    private void showNotes(ScenarioSource s) {
        if (s == null) {
            title.setText("Notes");
            topic.setText("");
            markdown.showPlaceholder("Open a scenario from the library to read its notes here.");
        } else {
            title.setText(s.title());
            topic.setText(s.topic());
            String notes = s.header().notes();
            if (notes == null || notes.isBlank()) {
                markdown.showPlaceholder("This scenario has no notes. Step through it, or explore its outcomes.");
            } else {
                markdown.show(notes);
            }
        }
        topic.setVisible(!topic.getText().isEmpty());
        topic.setManaged(topic.isVisible());
        scroll.setVvalue(0);
    }

    // ------------------------------------------------------------------ narration

    private void showNarration() {
        List<Line> lines = new ArrayList<>();
        Stepper primary = session.primary();
        Stepper reference = session.reference();
        if (primary != narrated) {
            // Another run (a scenario opened, a model chosen): the area may be as small as it needs again.
            narrated = primary;
            told.clear();
            releaseHeight();
        }
        if (primary == null) {
            lines.add(new Line(session.scenario() == null ? "Nothing is open." : "This scenario cannot run: see Problems for the error.",
                "narration-text"));
        } else if (reference == null) {
            tell(lines, primary.history(), null, true);
        } else {
            // Both runs usually end alike ("Every agent has finished."): said once, after both.
            String endP = end(primary.history());
            String endR = end(reference.history());
            boolean shared = endP != null && endP.equals(endR);
            tell(lines, primary.history(), primary.model(), !shared);
            tell(lines, reference.history(), reference.model(), !shared);
            if (shared) {
                lines.add(new Line(endP, "narration-end"));
            }
            for (Lockstep.Difference d : session.differences()) {
                lines.add(new Line(d.sentence("under " + primary.model().shortName(), "under " + reference.model().shortName()),
                    "narration-difference"));
            }
        }
        show(lines);
    }

    /** One run's last step, and how it ended if it can go no further; under its model's name side by side. */
    private void tell(List<Line> lines, History h, MemoryModel model, boolean withEnd) {
        if (model != null) {
            lines.add(new Line(model.displayName(), "narration-model"));
        }
        lines.add(new Line(lastStep(h), "narration-text"));
        String end = withEnd ? end(h) : null;
        if (end != null) {
            lines.add(new Line(end, "narration-end"));
        }
    }

    /**
     * {@link Narrator#lastStep}, told once per recorded step: telling a step reads all its events (the
     * primes' filling step has a hundred thousand), and scrubbing back and forth returns to the same
     * steps. A recorded step is known by the machine it led to, which no other step shares.
     */
    private String lastStep(History h) {
        if (h.position() == 0) {
            return Narrator.lastStep(h);
        }
        return told.computeIfAbsent(h.current(), m -> Narrator.lastStep(h));
    }

    /** How the run ended, or null while it can go on (or has not started). */
    private static String end(History h) {
        return h.position() > 0 && h.current().isTerminal() ? Narrator.atEnd(h.current()) : null;
    }

    /** Lets the narration area shrink to what it needs (another run, width or text size). */
    private void releaseHeight() {
        reservedHeight = 0;
        narration.setMinHeight(VBox.USE_COMPUTED_SIZE);
    }

    /** One line of the narration: its text and its style class. */
    private record Line(String text, String styleClass) {
    }

    /**
     * Shows the lines in labels kept from step to step (new labels would each need styling), and lets
     * the area grow but not shrink while the same run is shown: the notes above it keep their place
     * instead of being laid out and painted again at every step whose sentence is a line shorter.
     */
    private void show(List<Line> lines) {
        if (lines.equals(shownLines)) {
            return;
        }
        shownLines = lines;
        narrationText.clear();
        while (labels.size() < lines.size()) {
            Label l = new Label();
            l.setWrapText(true);
            l.setMinHeight(Label.USE_PREF_SIZE);
            l.setMaxWidth(Double.MAX_VALUE);
            labels.add(l);
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Label l = labels.get(i);
            l.setText(line.text());
            if (l.getStyleClass().size() != 2 || !l.getStyleClass().get(1).equals(line.styleClass())) {
                l.getStyleClass().setAll("label", line.styleClass());
            }
            boolean difference = line.styleClass().equals("narration-difference");
            if (difference && l.getGraphic() == null) {
                FontIcon icon = new FontIcon(MaterialDesignA.ALERT_OUTLINE);
                icon.getStyleClass().add("narration-difference-icon");
                l.setGraphic(icon);
            } else if (!difference) {
                l.setGraphic(null);
            }
            narrationText.add(line.text());
        }
        List<Label> used = labels.subList(0, lines.size());
        if (!narrationLines.getChildren().equals(used)) {
            narrationLines.getChildren().setAll(used);
        }
    }

}
