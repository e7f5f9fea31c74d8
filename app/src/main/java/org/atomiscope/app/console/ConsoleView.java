package org.atomiscope.app.console;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.atomiscope.app.session.Session;
import org.atomiscope.app.session.Stepper;

/**
 * The Console tab: every agent's output interleaved in step order, each line led by its step and the
 * agent's name in the agent's colour, with warnings, uncaught exceptions and hangs as coloured lines.
 * Side by side, the reference run gets a column of its own, so the two runs' output can be compared
 * line by line.
 */
public final class ConsoleView {
    private final Session session;
    private final ConsoleColumn primary = new ConsoleColumn("console-list");
    private final ConsoleColumn reference = new ConsoleColumn("console-list-reference");
    private final HBox node = new HBox(primary.node(), reference.node());

    public ConsoleView(Session session) {
        this.session = session;
        node.setId("console");
        node.getStyleClass().add("console-view");
        node.getStylesheets().add(ConsoleView.class.getResource("console.css").toExternalForm());
        HBox.setHgrow(primary.node(), Priority.ALWAYS);
        HBox.setHgrow(reference.node(), Priority.ALWAYS);
        primary.node().setMaxWidth(Double.MAX_VALUE);
        reference.node().setMaxWidth(Double.MAX_VALUE);
        primary.node().setPrefWidth(1);
        reference.node().setPrefWidth(1);
        session.revisionProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    public Node node() {
        return node;
    }

    /** The primary run's lines as shown, e.g. "reader: 123456 191" (for tests and snapshots). */
    public List<String> lines() {
        return primary.list().getItems().stream().map(ConsoleLine::shown).toList();
    }

    /** The reference run's lines as shown; empty unless side by side. */
    public List<String> referenceLines() {
        return reference.list().getItems().stream().map(ConsoleLine::shown).toList();
    }

    private void refresh() {
        Stepper p = session.primary();
        Stepper r = session.reference();
        primary.show(p);
        reference.show(r);
        boolean twin = r != null;
        reference.node().setVisible(twin);
        reference.node().setManaged(twin);
        primary.header(twin && p != null ? p.model().displayName() : null);
        reference.header(twin ? r.model().displayName() : null);
    }
}
