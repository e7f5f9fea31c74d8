package org.atomiscope.app.code;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.atomiscope.app.session.Session;
import org.atomiscope.app.session.Stepper;
import org.atomiscope.machine.AgentState;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.stepper.Lockstep;

/**
 * The centre of the window while stepping: one column per agent, each agent's next line marked in
 * its colour. Side by side shows a row of columns per run (the chosen model, then SC), each headed
 * by its model, with the differences of the last step in both.
 */
public final class CodePane {
    private final Session session;
    private final SplitPane rows = new SplitPane();
    private final List<RunRow> runRows = new ArrayList<>();

    public CodePane(Session session) {
        this.session = session;
        rows.setOrientation(Orientation.VERTICAL);
        rows.setId("code-pane");
        rows.getStyleClass().add("code-pane");
        rows.getStylesheets().add(CodePane.class.getResource("code.css").toExternalForm());
        session.revisionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public Node node() {
        return rows;
    }

    /** The column showing agent {@code name} of run {@code run} (0: primary, 1: reference), for tests. */
    AgentColumn column(int run, String name) {
        return runRows.get(run).columns.stream().filter(c -> c.node().getId().equals("agent-column-" + name)).findFirst()
            .orElseThrow();
    }

    /** The 1-based line marked for an agent of the primary run, or 0 when none. */
    public int markedLine(String agent) {
        return column(0, agent).markedLine() + 1;
    }

    /** What the agent's column header says it is doing. */
    public String status(String agent) {
        return column(0, agent).statusText();
    }

    private void refresh() {
        List<Stepper> steppers = session.steppers();
        while (runRows.size() > steppers.size()) {
            RunRow gone = runRows.remove(runRows.size() - 1);
            rows.getItems().remove(gone.root);
        }
        while (runRows.size() < steppers.size()) {
            RunRow row = new RunRow(runRows.size());
            runRows.add(row);
            rows.getItems().add(row.root);
        }
        boolean twin = steppers.size() > 1;
        for (int i = 0; i < steppers.size(); i++) {
            runRows.get(i).show(steppers.get(i), twin);
        }
    }

    /** One run's columns under a header naming its model (shown side by side only). */
    private final class RunRow {
        final BorderPane root = new BorderPane();
        // Equal shares, whatever the headers say: a column whose width followed its status text would
        // make its code view lay out every line again at each step.
        final GridPane columnBox = new GridPane();
        final List<AgentColumn> columns = new ArrayList<>();
        final Label title = new Label();
        final Label difference = new Label();
        final int run;

        RunRow(int run) {
            this.run = run;
            title.getStyleClass().add("run-title");
            difference.getStyleClass().add("run-difference");
            difference.setWrapText(false);
            VBox header = new VBox(2, title, difference);
            header.getStyleClass().add("run-header");
            root.setTop(header);
            root.setCenter(columnBox);
            root.setId(run == 0 ? "run-primary" : "run-reference");
            columnBox.getStyleClass().add("agent-columns");
        }

        /** The run this row shows now. */
        Stepper shown;

        void show(Stepper s, boolean twin) {
            shown = s;
            Machine m = s.machine();
            List<Event> events = s.history().events();
            ScenarioSource source = session.scenario();
            title.setText(s.model().displayName() + " · step " + s.history().position());
            if (s.history().position() == 0) {
                columns.forEach(AgentColumn::forgetPlace);
            }
            List<Lockstep.Difference> diffs = session.differences();
            boolean differs = twin && !diffs.isEmpty();
            String full = differs ? diffs.stream()
                .map(d -> d.sentence(session.primary().model().shortName(), session.reference().model().shortName()))
                .collect(Collectors.joining("; ")) : "";
            // One line in each run's header; the notes pane lists every difference in full.
            difference.setText(differs ? "≠ " + full : "");
            difference.setTooltip(differs ? new javafx.scene.control.Tooltip(full) : null);
            difference.setVisible(differs);
            difference.setManaged(differs);
            root.getTop().setVisible(twin);
            root.getTop().setManaged(twin);
            root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("diverged"), differs);
            int n = m.agents().size();
            if (columns.size() != n) {
                while (columns.size() > n) {
                    columns.remove(columns.size() - 1);
                    columnBox.getChildren().remove(columnBox.getChildren().size() - 1);
                }
                while (columns.size() < n) {
                    // The run is looked up at the click: columns outlive runs (reset, another model).
                    AgentColumn c = new AgentColumn((agent, choice) -> session.takeLive(shown, choice));
                    c.node().setMinWidth(0);
                    GridPane.setVgrow(c.node(), Priority.ALWAYS);
                    GridPane.setHgrow(c.node(), Priority.ALWAYS);
                    columnBox.add(c.node(), columns.size(), 0);
                    columns.add(c);
                }
                columnBox.getColumnConstraints().clear();
                for (int a = 0; a < n; a++) {
                    ColumnConstraints cc = new ColumnConstraints();
                    cc.setPercentWidth(100.0 / n);
                    columnBox.getColumnConstraints().add(cc);
                }
                RowConstraints rc = new RowConstraints();
                rc.setVgrow(Priority.ALWAYS);
                columnBox.getRowConstraints().setAll(rc);
            }
            for (int a = 0; a < n; a++) {
                String file = fileOf(m.agent(a), source);
                columns.get(a).show(m, a, file, source.files().getOrDefault(file, ""), events);
            }
        }
    }

    /** The file an agent runs: where its next step is, else its script, else the main file. */
    static String fileOf(AgentState a, ScenarioSource source) {
        if (a.nextPos() != null && source.files().containsKey(a.nextPos().file())) {
            return a.nextPos().file();
        }
        if (a.start() instanceof AgentState.Start.File f && source.files().containsKey(f.file())) {
            return f.file();
        }
        return source.mainFile();
    }
}
