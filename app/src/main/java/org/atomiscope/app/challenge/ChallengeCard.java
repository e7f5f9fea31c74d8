package org.atomiscope.app.challenge;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.atomiscope.app.session.Session;
import org.atomiscope.app.session.Stepper;
import org.atomiscope.explore.GoalSearch;
import org.atomiscope.machine.Machine;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.Models;
import org.atomiscope.scenario.Goal;
import org.atomiscope.scenario.ScenarioSource;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * A scenario's {@code @goal} as a challenge, at the top of the notes: what to make happen and under
 * which model, the steps taken so far, whether the run has met the goal, and on request a hint, the
 * first step of a schedule that the explorer finds from where the run stands. Hidden for scenarios
 * without goals.
 */
public final class ChallengeCard {
    private final Session session;
    private final VBox node = new VBox();
    private final Label heading = new Label();
    private final VBox goalLines = new VBox();
    private final Label status = new Label();
    private final Hyperlink switchModel = new Hyperlink();
    private final Button hintButton = new Button("Hint");
    private final Label hint = new Label();
    private ScenarioSource shown;
    /** The machine the hint on screen was computed for; a hint about another state is not shown. */
    private Machine hintFor;
    private Task<GoalSearch.Answer> search;
    /** One search at a time: a cancelled one gives its thread up at its next progress report. */
    private static final ExecutorService HINTS = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "atomiscope-hint");
        t.setDaemon(true);
        return t;
    });

    public ChallengeCard(Session session) {
        this.session = session;
        node.setId("challenge");
        node.getStyleClass().add("challenge");
        node.getStylesheets().add(ChallengeCard.class.getResource("challenge.css").toExternalForm());
        FontIcon flag = new FontIcon(MaterialDesignF.FLAG_CHECKERED);
        flag.getStyleClass().add("challenge-icon");
        heading.setGraphic(flag);
        heading.getStyleClass().add("challenge-heading");
        heading.setWrapText(true);
        goalLines.getStyleClass().add("challenge-goals");
        status.setId("challenge-status");
        status.getStyleClass().add("challenge-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        switchModel.setId("challenge-switch-model");
        switchModel.setOnAction(e -> goalModel().ifPresent(session.modelProperty()::set));
        hintButton.setId("challenge-hint-button");
        FontIcon bulb = new FontIcon(MaterialDesignL.LIGHTBULB_ON_OUTLINE);
        hintButton.setGraphic(bulb);
        hintButton.setMinWidth(Region.USE_PREF_SIZE); // the hint beside it wraps; the button keeps its word
        hintButton.getStyleClass().add("challenge-hint-button");
        hintButton.setOnAction(e -> askForHint());
        hintButton.setTooltip(new Tooltip("The next step of a schedule that reaches the goal (Ctrl+H)"));
        hint.setId("challenge-hint");
        hint.getStyleClass().add("challenge-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox hintRow = new HBox(8, hintButton, hint);
        hintRow.getStyleClass().add("challenge-hint-row");
        node.getChildren().addAll(heading, goalLines, status, switchModel, hintRow);
        session.revisionProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    public Node node() {
        return node;
    }

    /** The hint sentence, empty until one is asked for, for tests. */
    public String hintText() {
        return hint.getText();
    }

    private List<Goal> goals() {
        ScenarioSource s = session.scenario();
        return s == null ? List.of() : s.header().goals();
    }

    private Optional<MemoryModel> goalModel() {
        ScenarioSource s = session.scenario();
        return s == null ? Optional.empty() : Models.byId(s.header().model());
    }

    private void refresh() {
        List<Goal> goals = goals();
        node.setVisible(!goals.isEmpty());
        node.setManaged(!goals.isEmpty());
        if (goals.isEmpty()) {
            shown = session.scenario();
            cancelSearch();
            return;
        }
        if (session.scenario() != shown) {
            shown = session.scenario();
            showGoals(goals);
        }
        Stepper run = session.primary();
        MemoryModel wanted = goalModel().orElse(null);
        boolean rightModel = run != null && wanted != null && run.model().id().equals(wanted.id());
        heading.setText(wanted == null ? "Challenge" : "Challenge, under " + wanted.shortName());
        switchModel.setText(wanted == null ? "" : "This challenge is played under " + wanted.displayName()
                + ": switch to it");
        switchModel.setVisible(run != null && !rightModel);
        switchModel.setManaged(switchModel.isVisible());
        if (run != null && run.history().current() != hintFor) {
            cancelSearch();
            hint.setText("");
            hintFor = null;
        }
        hintButton.setDisable(run == null || !rightModel);
        status.getStyleClass().removeAll("challenge-reached", "challenge-missed");
        if (run == null) {
            status.setText("This scenario cannot run: see Problems.");
            return;
        }
        if (!rightModel) {
            status.setText("Waiting: switch to " + wanted.shortName() + " to play.");
            return;
        }
        int steps = run.history().position();
        Machine now = run.history().current();
        Optional<Goal> met = goals.stream().filter(g -> GoalSearch.reached(now, g)).findFirst();
        if (met.isPresent()) {
            status.setText("Reached in " + steps(steps) + "! " + (met.get().isDeadlock()
                    ? "Every agent still waiting will wait forever." : "The run ended with " + met.get().text() + "."));
            status.getStyleClass().add("challenge-reached");
        } else if (now.isTerminal()) {
            status.setText("The run ended after " + steps(steps) + " without reaching the goal. Step back, or "
                    + "reset and try another order.");
            status.getStyleClass().add("challenge-missed");
        } else {
            status.setText(steps == 0 ? "Pick each step yourself with the step buttons above the code (F10 "
                    + "lets the simulator choose)." : "Step " + steps + ": not there yet.");
        }
    }

    private void showGoals(List<Goal> goals) {
        goalLines.getChildren().clear();
        for (Goal g : goals) {
            goalLines.getChildren().add(line(g.isDeadlock()
                    ? "Make the agents deadlock: leave them waiting for each other forever."
                    : "Schedule the agents so that the outcome includes", "challenge-goal"));
            if (!g.isDeadlock()) {
                goalLines.getChildren().add(line(g.text(), "challenge-outcome"));
            }
        }
        hint.setText("");
        hintFor = null;
    }

    private static Label line(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static String steps(int n) {
        return n + (n == 1 ? " step" : " steps");
    }

    /**
     * Searches on a daemon thread from the state on screen; the answer shows if the run is still there.
     * Does nothing without a challenge, or while the card waits for the challenge's model.
     */
    public void askForHint() {
        Stepper run = session.primary();
        List<Goal> goals = goals();
        if (run == null || goals.isEmpty() || hintButton.isDisabled()) {
            return;
        }
        cancelSearch();
        Machine from = run.history().current();
        Goal goal = goals.get(0);
        hintFor = from;
        hint.setText("Looking for a way…");
        Task<GoalSearch.Answer> task = new Task<>() {
            @Override
            protected GoalSearch.Answer call() {
                // Cancelled (the run moved on): the explorer stops at its next progress report.
                return GoalSearch.from(from, goal, GoalSearch.MAX_STATES, (states, transitions) -> {
                    if (isCancelled()) {
                        throw new CancellationException("The hint is no longer wanted.");
                    }
                });
            }
        };
        task.setOnSucceeded(e -> {
            if (hintFor == from) {
                hint.setText(sentence(task.getValue()));
            }
        });
        task.setOnFailed(e -> {
            if (hintFor == from) {
                Throwable x = task.getException();
                hint.setText("No hint: the search failed (" + (x.getMessage() != null ? x.getMessage()
                        : x.getClass().getSimpleName()) + ").");
            }
        });
        search = task;
        HINTS.execute(task);
    }

    /** Whether a hint is being searched for (for tests). */
    public boolean isSearching() {
        return search != null && !search.isDone();
    }

    private void cancelSearch() {
        if (search != null) {
            search.cancel();
            search = null;
        }
    }

    static String sentence(GoalSearch.Answer a) {
        return switch (a.status()) {
            case REACHED -> "You are there already.";
            case REACHABLE -> a.path().size() == 1 ? "Next, take “" + a.next().label() + "”: that step reaches the goal."
                : "Next, take “" + a.next().label() + "”. The explorer's way on from there takes "
                + steps(a.path().size() - 1) + ".";
            case UNREACHABLE -> "From here the goal is out of reach: step back (F9) or reset (Ctrl+R) "
                + "and take another order.";
            case UNKNOWN -> "Too many ways on from here to search (" + String.format(Locale.ROOT, "%,d", a.states())
                + " states): take a few steps and ask again.";
        };
    }
}
