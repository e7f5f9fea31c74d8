package org.atomiscope.app.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.WorkerStateEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.atomiscope.analysis.Finding;
import org.atomiscope.analysis.ScenarioAnalysis;
import org.atomiscope.app.session.Findings;
import org.atomiscope.app.session.Problem;
import org.atomiscope.app.session.Session;
import org.atomiscope.explore.Explorer;
import org.atomiscope.lang.ScenarioSyntaxError;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.Models;
import org.atomiscope.scenario.Outcome;
import org.atomiscope.scenario.ScenarioSource;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The Outcomes tab: explores every execution of the open scenario under each memory model, in the
 * background, and tables the distinct outcomes side by side with how many end states reach each,
 * whether that is what the scenario's {@code @expect} lines say, and a replay of a witness. Deadlocks
 * and livelocks found go to the Problems tab too. Results belong to a scenario and go when it does.
 */
public final class OutcomesView {
    private final Session session;
    private final List<MemoryModel> models = Models.ALL;
    private final ObservableList<OutcomeRow> rows = FXCollections.observableArrayList();
    private final Button explore = new Button("Explore all outcomes", new FontIcon(MaterialDesignF.FAMILY_TREE));
    private final Button cancel = new Button("Cancel", new FontIcon(MaterialDesignC.CLOSE));
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final VBox banner = new VBox();
    private final Label placeholder = new Label();
    private final OutcomeTable table;
    private final VBox node;
    private ExploreTask running;
    private ExploreTask last;
    private Map<String, Explorer.Result> shown = Map.of();
    private List<String> shownOrder = List.of();
    private long maxStates = Explorer.DEFAULT_MAX_STATES;

    public OutcomesView(Session session) {
        this.session = session;
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("outcomes-placeholder");
        table = new OutcomeTable(rows, models, this::replay, placeholder);

        explore.setId("explore-button");
        explore.getStyleClass().add("accent");
        explore.setOnAction(e -> explore());
        cancel.setId("cancel-button");
        cancel.setOnAction(e -> cancel());
        progress.setId("explore-progress");
        progress.setPrefWidth(180);
        status.setId("outcomes-status");
        status.getStyleClass().add("outcomes-status");
        banner.setId("outcomes-banner");
        banner.getStyleClass().add("outcomes-banner");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(explore, progress, status, cancel, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("outcomes-toolbar");
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        node = new VBox(bar, banner, table.node());
        node.setId("outcomes");
        node.getStyleClass().add("outcomes-view");
        node.getStylesheets().add(OutcomesView.class.getResource("outcomes.css").toExternalForm());

        session.scenarioProperty().addListener((o, was, now) -> clear());
        session.revisionProperty().addListener((o, was, now) -> updateControls());
        clear();
    }

    public Node node() {
        return node;
    }

    /** The table's rows: outcome text and per-model counts. */
    public List<OutcomeRow> rows() {
        return List.copyOf(rows);
    }

    /** Whether an exploration is running. */
    public boolean isRunning() {
        return running != null;
    }

    /**
     * Starts exploring the open scenario under every model on a daemon thread and returns the task
     * (null when there is nothing to explore). Results reach the table on the FX thread.
     */
    public ExploreTask explore() {
        Program program = session.program();
        if (program == null || running != null) {
            return null;
        }
        clearResults();
        session.setExplorationProblems(List.of());
        ScenarioSource scenario = session.scenario();
        ExploreTask task = new ExploreTask(program, models, maxStates);
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        // Handlers, not the onSucceeded properties: those stay free for callers (snapshots wait on them),
        // and added handlers run before them, so a caller sees the table already filled.
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED,
            e -> finished(task, scenario, () -> show(task.getValue(), task.analysis(), task.analysisFailure(), scenario)));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED,
            e -> finished(task, scenario, () -> say("danger", failure(task.getException()))));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED,
            e -> finished(task, scenario, () -> status.setText("Exploring was cancelled.")));
        last = task;
        Thread thread = new Thread(task, "atomiscope-explore");
        thread.setDaemon(true);
        thread.start();
        updateControls();
        return task;
    }

    /** The results the table shows, by model id in column order (empty before exploring). */
    public Map<String, Explorer.Result> results() {
        Map<String, Explorer.Result> out = new LinkedHashMap<>();
        shownOrder.forEach(id -> out.put(id, shown.get(id)));
        return out;
    }

    /** The exploration started last (running or not), or null. */
    public ExploreTask lastTask() {
        return last;
    }

    /** Stops the running exploration, if any; the table stays empty. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /**
     * Loads the witness of an outcome under a model into the stepper: switches to that model and
     * replays the schedule. False when the table has no such outcome for that model.
     */
    public boolean replay(String outcomeText, String modelId) {
        MemoryModel model = Models.byId(modelId).orElse(null);
        for (OutcomeRow row : rows) {
            if (row.outcome().equals(outcomeText) && model != null && row.found(modelId) != null) {
                replay(row, model);
                return true;
            }
        }
        return false;
    }

    private void replay(OutcomeRow row, MemoryModel model) {
        Explorer.Found found = row.found(model.id());
        if (found == null) {
            return;
        }
        session.replayLive(model, found.witness());
    }

    /** The explorer's state limit per model (tests lower it to see an incomplete exploration). */
    void maxStates(long limit) {
        maxStates = limit;
    }

    /** A model's short name ("SC") from its id, as expectations name models. */
    static String shortName(String modelId) {
        return Models.byId(modelId).map(MemoryModel::shortName).orElse(modelId);
    }

    // ------------------------------------------------------------------ results

    /** A task's end, applied only if it is still this view's task and its scenario is still open. */
    private void finished(ExploreTask task, ScenarioSource scenario, Runnable then) {
        if (running != task) {
            return;
        }
        running = null;
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        status.setText("");
        if (session.scenario() == scenario) {
            then.run();
        }
        updateControls();
    }

    private void show(List<Explorer.Result> results, ScenarioAnalysis.Report analysis, String analysisFailure,
                      ScenarioSource scenario) {
        Map<String, Explorer.Result> byModel = new LinkedHashMap<>();
        Map<String, Map<String, Explorer.Found>> found = new LinkedHashMap<>();
        Map<String, Outcome> values = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        Map<String, List<String>> incomplete = new LinkedHashMap<>(); // stop reason → models
        for (Explorer.Result r : results) {
            byModel.put(r.model(), r);
            summary.add(String.format("%s %,d states", shortName(r.model()), r.states()));
            if (!r.complete()) {
                incomplete.computeIfAbsent(r.stopReason(), k -> new ArrayList<>()).add(shortName(r.model()));
            }
            for (Explorer.Found f : r.outcomes()) {
                String text = f.outcome().toString();
                values.putIfAbsent(text, f.outcome());
                found.computeIfAbsent(text, k -> new LinkedHashMap<>()).put(r.model(), f);
            }
        }
        // Deadlocks, livelocks, races and lost updates some schedule shows, even if the stepper never met them.
        if (analysis != null) {
            for (Finding f : analysis.findings()) {
                problems.add(Findings.problem(f, true));
            }
        } else if (analysisFailure != null) {
            problems.add(new Problem(Problem.Kind.ERROR, analysisFailure, null));
        }
        List<OutcomeRow> made = new ArrayList<>();
        found.forEach((text, perModel) -> made.add(new OutcomeRow(text, values.get(text), perModel)));
        // One line per reason, not per model: the three usually stop at the same limit.
        incomplete.forEach((reason, names) -> say("warning", "The exploration is incomplete under " + names(names)
            + ": it " + reason + ". Outcomes it did not reach are missing from the table."));
        Grading grading = new Grading(scenario.header().expects(), byModel);
        for (String missing : grading.missing()) {
            say("danger", missing);
        }
        table.show(byModel, grading);
        shown = Map.copyOf(byModel);
        shownOrder = List.copyOf(byModel.keySet());
        rows.setAll(made);
        status.setText(made.size() + " outcome" + (made.size() == 1 ? "" : "s") + " · explored "
            + String.join(", ", summary));
        session.setExplorationProblems(problems);
    }

    private static String names(List<String> agents) {
        return agents.size() == 1 ? agents.get(0)
            : String.join(", ", agents.subList(0, agents.size() - 1)) + " and " + agents.get(agents.size() - 1);
    }

    private static String failure(Throwable e) {
        if (e instanceof ScenarioSyntaxError s) {
            return "Exploring failed: " + s.sentence();
        }
        if (e instanceof OutOfMemoryError) {
            return "Exploring ran out of memory: this scenario has too many states to explore.";
        }
        String message = e == null ? null : e.getMessage();
        return "Exploring failed: " + (message == null || message.isBlank() ? "an internal error ("
            + e.getClass().getSimpleName() + ")." : message);
    }

    private void say(String severity, String sentence) {
        Label l = new Label(sentence, new FontIcon(severity.equals("danger") ? MaterialDesignC.CLOSE_CIRCLE
            : MaterialDesignF.FLAG_OUTLINE));
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll("banner-line", severity);
        banner.getChildren().add(l);
        updateControls();
    }

    // ------------------------------------------------------------------ state

    /** A new scenario: stop exploring the old one and forget its results. */
    private void clear() {
        cancel();
        clearResults();
        updateControls();
    }

    private void clearResults() {
        rows.clear();
        shown = Map.of();
        shownOrder = List.of();
        banner.getChildren().clear();
        table.show(Map.of(), new Grading(List.of(), Map.of()));
        if (!status.textProperty().isBound()) {
            status.setText("");
        }
    }

    private void updateControls() {
        boolean busy = running != null;
        explore.setDisable(busy || session.program() == null);
        progress.setVisible(busy);
        progress.setManaged(busy);
        cancel.setVisible(busy);
        cancel.setManaged(busy);
        placeholder.setText(busy ? "Exploring every execution under SC, TSO and Relaxed: the table fills when all three are done."
            : session.program() == null ? "There is nothing to explore until the scenario runs: see the Problems tab."
            : "Explore all outcomes to list every result this scenario can have, under each memory model, "
                + "with a schedule that reaches it.");
        banner.setVisible(!banner.getChildren().isEmpty());
        banner.setManaged(!banner.getChildren().isEmpty());
    }
}
