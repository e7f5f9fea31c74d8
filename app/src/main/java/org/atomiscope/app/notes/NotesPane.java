package org.atomiscope.app.notes;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.atomiscope.app.session.Session;
import org.atomiscope.app.session.Stepper;
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
    private final MarkdownView markdown = new MarkdownView();
    private final ScrollPane scroll = new ScrollPane(markdown.node());
    private final VBox narration = new VBox();
    private final VBox narrationLines = new VBox();
    private final List<String> narrationText = new ArrayList<>();
    /** The scenario whose notes are shown: notes are rendered again only when another one opens. */
    private ScenarioSource shown;
    private boolean rendered;

    public NotesPane(Session session) {
        this.session = session;
        node.setId("notes");
        node.getStyleClass().add("notes-pane");
        node.getStylesheets().add(NotesPane.class.getResource("notes.css").toExternalForm());

        title.setId("notes-title");
        title.getStyleClass().add("notes-title");
        title.setWrapText(true);
        topic.setId("notes-topic");
        topic.getStyleClass().add("notes-topic");
        topic.setWrapText(true);
        VBox header = new VBox(title, topic);
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

        session.revisionProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    public Node node() {
        return node;
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
        narrationLines.getChildren().clear();
        narrationText.clear();
        Stepper primary = session.primary();
        Stepper reference = session.reference();
        if (primary == null) {
            add(session.scenario() == null ? "Nothing is open." : "This scenario cannot run: see Problems for the error.",
                "narration-text");
            return;
        }
        if (reference == null) {
            tell(primary.history(), null, true);
            return;
        }
        // Both runs usually end alike ("Every agent has finished."): said once, after both.
        String endP = end(primary.history());
        String endR = end(reference.history());
        boolean shared = endP != null && endP.equals(endR);
        tell(primary.history(), primary.model(), !shared);
        tell(reference.history(), reference.model(), !shared);
        if (shared) {
            add(endP, "narration-end");
        }
        for (Lockstep.Difference d : session.differences()) {
            Label l = add(d.sentence("under " + shortName(primary.model()), "under " + shortName(reference.model())),
                "narration-difference");
            FontIcon icon = new FontIcon(MaterialDesignA.ALERT_OUTLINE);
            icon.getStyleClass().add("narration-difference-icon");
            l.setGraphic(icon);
        }
    }

    /** One run's last step, and how it ended if it can go no further; under its model's name side by side. */
    private void tell(History h, MemoryModel model, boolean withEnd) {
        if (model != null) {
            add(model.displayName(), "narration-model");
        }
        add(Narrator.lastStep(h), "narration-text");
        String end = withEnd ? end(h) : null;
        if (end != null) {
            add(end, "narration-end");
        }
    }

    /** How the run ended, or null while it can go on (or has not started). */
    private static String end(History h) {
        return h.position() > 0 && h.current().isTerminal() ? Narrator.atEnd(h.current()) : null;
    }

    private Label add(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.getStyleClass().add(styleClass);
        narrationLines.getChildren().add(l);
        narrationText.add(text);
        return l;
    }

    /** "SC", "TSO", "Relaxed": what the model choice calls them, short enough for a sentence. */
    static String shortName(MemoryModel m) {
        return switch (m.id()) {
            case "sc" -> "SC";
            case "tso" -> "TSO";
            default -> m.id().isEmpty() ? m.displayName() : Character.toUpperCase(m.id().charAt(0)) + m.id().substring(1);
        };
    }
}
