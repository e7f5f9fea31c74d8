package org.atomiscope.app.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.atomiscope.analysis.Finding;
import org.atomiscope.analysis.RunAnalysis;
import org.atomiscope.lang.ScenarioSyntaxError;
import org.atomiscope.machine.AgentState;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.machine.Step;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.ScModel;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.stepper.Lockstep;

/**
 * The open scenario and its runs: what every view shows and every control drives. FX thread only.
 *
 * <p>The primary run uses the chosen model. Side by side adds a reference run on SC that follows the
 * same schedule in lockstep ({@link Lockstep}); positions are joint steps, each moving one run or
 * both, so stepping back and scrubbing move the two together. Views listen to
 * {@link #revisionProperty()}, which changes after every change, and read the state then.
 */
public final class Session {
    private final ReadOnlyObjectWrapper<ScenarioSource> scenario = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<MemoryModel> model = new SimpleObjectProperty<>(ScModel.INSTANCE);
    private final BooleanProperty sideBySide = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Stepper> primary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Stepper> reference = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final Appearance appearance = new Appearance();
    private Program program;
    /** Bumps whenever the runs are rebuilt, so a long step's late result for an old run is dropped. */
    private long generation;
    /** Set while {@link #open(ScenarioSource, MemoryModel)} changes the model: the old scenario is not rebuilt. */
    private boolean choosingModelToOpen;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /** A step that takes longer than this many milliseconds goes on in the background. */
    public static final long LONG_STEP_MILLIS = 120;

    private static final ExecutorService STEPS = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "atomiscope-step");
        t.setDaemon(true);
        return t;
    });
    private final List<Problem> compileProblems = new ArrayList<>();
    private final List<Problem> explorationProblems = new ArrayList<>();

    /** Joint history: after joint step k the primary run is at primaryAt[k], the reference at referenceAt[k]. */
    private final List<Integer> primaryAt = new ArrayList<>();
    private final List<Integer> referenceAt = new ArrayList<>();
    private final List<List<Lockstep.Difference>> differences = new ArrayList<>();
    private int joint;

    public Session() {
        model.addListener((o, was, now) -> {
            if (!choosingModelToOpen) {
                rebuild(true);
            }
        });
        sideBySide.addListener((o, was, now) -> rebuild(true));
    }

    // ------------------------------------------------------------------ properties

    public Appearance appearance() {
        return appearance;
    }

    public ReadOnlyObjectProperty<ScenarioSource> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public ScenarioSource scenario() {
        return scenario.get();
    }

    public ObjectProperty<MemoryModel> modelProperty() {
        return model;
    }

    public BooleanProperty sideBySideProperty() {
        return sideBySide;
    }

    /** The run on the chosen model; null when no scenario is open or it does not compile. */
    public ReadOnlyObjectProperty<Stepper> primaryProperty() {
        return primary.getReadOnlyProperty();
    }

    public Stepper primary() {
        return primary.get();
    }

    /** The SC run beside the primary one, when side by side is on and the chosen model is not SC. */
    public ReadOnlyObjectProperty<Stepper> referenceProperty() {
        return reference.getReadOnlyProperty();
    }

    public Stepper reference() {
        return reference.get();
    }

    /** The runs shown: the primary, then the reference if any. */
    public List<Stepper> steppers() {
        List<Stepper> out = new ArrayList<>();
        if (primary() != null) {
            out.add(primary());
        }
        if (reference() != null) {
            out.add(reference());
        }
        return out;
    }

    /** Changes (to a new value) after anything a view shows has changed. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public Program program() {
        return program;
    }

    // ------------------------------------------------------------------ opening

    /**
     * Opens a scenario: compiles it for the chosen model and starts at step 0. A syntax error leaves no
     * run and one problem with its position; the previous scenario is closed either way.
     */
    public void open(ScenarioSource source) {
        scenario.set(source);
        program = null;
        compileProblems.clear();
        explorationProblems.clear();
        try {
            program = Program.compile(source, model.get());
        } catch (ScenarioSyntaxError e) {
            compileProblems.add(new Problem(Problem.Kind.ERROR, e.sentence(), e.pos()));
        } catch (RuntimeException e) {
            compileProblems.add(new Problem(Problem.Kind.ERROR, "Cannot run this scenario: " + e.getMessage(), null));
        }
        rebuild(false);
    }

    /**
     * Opens a scenario under a model chosen for it (a challenge's {@code @model}): the model changes
     * without first running the previous scenario again under it.
     */
    public void open(ScenarioSource source, MemoryModel under) {
        choosingModelToOpen = true;
        try {
            model.set(under);
        } finally {
            choosingModelToOpen = false;
        }
        open(source);
    }

    /** Closes the scenario's runs (after a failed edit the window shows the error instead). */
    private void rebuild(boolean keepSchedule) {
        generation++;
        busy.set(false);
        List<Choice> schedule = keepSchedule && primary() != null ? List.copyOf(primary().history().schedule()) : List.of();
        if (program == null) {
            primary.set(null);
            reference.set(null);
            resetJoint();
            changed();
            return;
        }
        Program p = program.withModel(model.get());
        program = p;
        primary.set(new Stepper(model.get(), Machine.initial(p)));
        boolean twin = sideBySide.get() && !ScModel.INSTANCE.id().equals(model.get().id());
        reference.set(twin ? new Stepper(ScModel.INSTANCE, Machine.initial(p.withModel(ScModel.INSTANCE))) : null);
        resetJoint();
        // A new model replays what can be replayed of the old schedule, so switching keeps the place.
        // The replay is computed away from the window (the primes' first step alone takes a second);
        // a short one lands at once.
        replayFromHere(schedule);
    }

    /** How long the window waits for a replay before it goes on and lets the replay land later. */
    static final long LONG_REPLAY_MILLIS = 400;

    /** A step of a replay, computed: the choice taken and its result in both runs. */
    private record Planned(Choice choice, Taken taken) {}

    private void replayFromHere(List<Choice> schedule) {
        if (schedule.isEmpty()) {
            changed();
            return;
        }
        Machine a = primary().machine();
        Machine b = reference() == null ? null : reference().machine();
        offWindow(() -> plan(a, b, schedule), LONG_REPLAY_MILLIS, e -> List.of(), this::landAll);
    }

    /**
     * The steps a schedule takes from machines {@code a} (and, side by side, {@code b}): each choice
     * as this model has it, up to the first it does not have; a store-buffer flush, which exists under
     * TSO only, is passed over.
     */
    private static List<Planned> plan(Machine a, Machine b, List<Choice> schedule) {
        List<Planned> out = new ArrayList<>();
        for (Choice c : schedule) {
            Choice mine = matching(c, a);
            if (mine == null && c.kind() == Choice.Kind.MEMORY) {
                continue;
            }
            if (mine == null) {
                break;
            }
            Taken t = compute(a, b, mine);
            if (t.failure() != null) {
                break;
            }
            out.add(new Planned(mine, t));
            a = t.mine().machine();
            b = t.theirs() != null ? t.theirs().machine() : b;
        }
        return out;
    }

    /** Records planned steps; returns how many landed. */
    private int landAll(List<Planned> steps) {
        int landed = 0;
        for (Planned st : steps) {
            if (!land(primary(), reference(), st.choice(), st.taken(), false)) {
                break;
            }
            landed++;
        }
        changed();
        return landed;
    }

    /**
     * Runs work away from the window. If it ends within {@code waitMillis} its result lands at once;
     * otherwise the window goes on ({@link #busyProperty()} set) and the result lands when done,
     * unless the runs were rebuilt meanwhile (then it has no place, and the rebuild cleared busy).
     */
    private <T> void offWindow(Callable<T> work, long waitMillis, Function<Exception, T> failed, Consumer<T> land) {
        Future<T> result = STEPS.submit(work);
        try {
            land.accept(result.get(waitMillis, TimeUnit.MILLISECONDS));
            return;
        } catch (TimeoutException e) {
            // long: let the window breathe
        } catch (InterruptedException | ExecutionException e) {
            land.accept(failed.apply(e));
            return;
        }
        long run = generation;
        busy.set(true);
        changed();
        Thread waiter = new Thread(() -> {
            T value;
            try {
                value = result.get();
            } catch (InterruptedException | ExecutionException e) {
                value = failed.apply(e);
            }
            T done = value;
            Platform.runLater(() -> {
                if (run == generation) {
                    busy.set(false);
                    land.accept(done);
                }
            });
        }, "atomiscope-step-wait");
        waiter.setDaemon(true);
        waiter.start();
    }

    private static Choice matching(Choice c, Machine m) {
        for (Choice x : m.choices()) {
            if (x.equals(c)) {
                return x;
            }
        }
        return Lockstep.counterpart(c, m).orElse(null);
    }

    private void resetJoint() {
        primaryAt.clear();
        referenceAt.clear();
        differences.clear();
        primaryAt.add(0);
        referenceAt.add(0);
        differences.add(List.of());
        joint = 0;
    }

    // ------------------------------------------------------------------ stepping

    /** Steps the primary run by the default choice (see {@link Stepper#defaultChoice}); false at the end. */
    public boolean step() {
        boolean moved = stepQuietly();
        if (moved) {
            changed();
        }
        return moved;
    }

    /** As {@link #step()}, without telling the views (a run shows the state between slices of steps). */
    public boolean stepQuietly() {
        Stepper s = primary();
        if (s == null) {
            return false;
        }
        if (joint < primaryAt.size() - 1) {
            joint++;
            primary().history().moveTo(primaryAt.get(joint));
            if (reference() != null) {
                reference().history().moveTo(referenceAt.get(joint));
            }
            return true;
        }
        Choice c = s.defaultChoice();
        if (c == null) {
            return false;
        }
        take(s, c, false);
        return true;
    }

    /** Takes a choice of the primary run (and its counterpart in the reference run). */
    public void take(Choice c) {
        take(primary(), c, true);
    }

    /** Takes a choice of either run; the other run takes the matching choice if it has one. */
    public void take(Stepper in, Choice c, boolean notify) {
        if (accepts(in)) {
            Stepper other = other(in);
            land(in, other, c, compute(in.machine(), other == null ? null : other.machine(), c), notify);
        }
    }

    /**
     * As {@link #take(Stepper, Choice, boolean)}, for the window: a step that takes longer than
     * {@value #LONG_STEP_MILLIS} ms (the primes sieve in main's first step) goes on in the background
     * while the window stays live and shows {@link #busyProperty()}; it lands when done. Machines are
     * immutable, so the background work touches nothing the window shows.
     */
    public void takeLive(Stepper in, Choice c) {
        takeLive(in, c, true);
    }

    private boolean takeLive(Stepper in, Choice c, boolean notify) {
        if (!accepts(in)) {
            return false;
        }
        Stepper other = other(in);
        Machine a = in.machine();
        Machine b = other == null ? null : other.machine();
        boolean[] landed = {true};
        boolean[] late = {false};
        // A step that lands late is an event of its own: the views are told whatever notify says.
        offWindow(() -> compute(a, b, c), LONG_STEP_MILLIS,
            e -> new Taken(a, null, null, null, "The step could not be computed: " + e.getMessage()),
            t -> landed[0] = land(in, other, c, t, notify || late[0]));
        late[0] = true;
        return landed[0];
    }

    /**
     * Whether a step may be taken in {@code in} now; if so the recorded steps after the current one
     * are dropped (the run forks here).
     */
    private boolean accepts(Stepper in) {
        if (busy.get() || in == null || !steppers().contains(in)) {
            return false; // a control made for a run that has since been replaced, or a step underway
        }
        if (joint < primaryAt.size() - 1) {
            truncateJoint();
        }
        return true;
    }

    private Stepper other(Stepper in) {
        return in == primary() ? reference() : primary();
    }

    /**
     * Steps the primary run by its default choice, as {@link #takeLive} does; false at the end or while
     * busy. Without {@code notify} the views are not told (a run tells them between slices).
     */
    public boolean stepLive(boolean notify) {
        if (busy.get() || primary() == null) {
            return false;
        }
        if (joint < primaryAt.size() - 1) {
            return notify ? step() : stepQuietly();
        }
        Choice c = primary().defaultChoice();
        if (c == null) {
            return false;
        }
        return takeLive(primary(), c, notify);
    }

    /** Whether a long step is being computed in the background (controls wait for it). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean busy() {
        return busy.get();
    }

    /** A step computed away from the window: each run's step, or what went wrong. */
    private record Taken(Machine from, Step mine, Choice match, Step theirs, String failure) {}

    private static Taken compute(Machine a, Machine b, Choice c) {
        try {
            Step mine = a.take(c);
            Choice match = b == null ? null : Lockstep.counterpart(c, b).orElse(null);
            return new Taken(a, mine, match, match == null ? null : b.take(match), null);
        } catch (RuntimeException | Error e) {
            // A bug of ours, not the scenario's (scenario errors are JavaScript exceptions in the run).
            return new Taken(a, null, null, null, "Atomiscope could not take this step (" + (e.getMessage() != null
                ? e.getMessage() : e.getClass().getSimpleName()) + "); this is a bug, please report it with the scenario.");
        }
    }

    /** Records a computed step in both runs; false when it failed or no longer fits the run. */
    private boolean land(Stepper in, Stepper other, Choice c, Taken t, boolean notify) {
        if (t.failure() != null) {
            Problem p = new Problem(Problem.Kind.ERROR, t.failure(), null);
            if (!explorationProblems.contains(p)) {
                explorationProblems.add(p);
            }
            changed();
            return false;
        }
        if (!steppers().contains(in) || in.machine() != t.from()) {
            return false; // computed from a machine this run has left
        }
        in.history().record(c, t.mine());
        List<Event> mine = in.history().lastEvents();
        List<Event> theirs = List.of();
        if (t.match() != null) {
            other.history().record(t.match(), t.theirs());
            theirs = other.history().lastEvents();
        }
        primaryAt.add(primary().history().position());
        referenceAt.add(reference() == null ? 0 : reference().history().position());
        List<Event> p = in == primary() ? mine : theirs;
        List<Event> r = in == primary() ? theirs : mine;
        differences.add(other != null && t.match() != null ? Lockstep.differences(p, r) : List.of());
        joint++;
        if (notify) {
            changed();
        }
        return true;
    }

    private void truncateJoint() {
        primary().history().moveTo(primaryAt.get(joint));
        primary().history().truncate();
        if (reference() != null) {
            reference().history().moveTo(referenceAt.get(joint));
            reference().history().truncate();
        }
        primaryAt.subList(joint + 1, primaryAt.size()).clear();
        referenceAt.subList(joint + 1, referenceAt.size()).clear();
        differences.subList(joint + 1, differences.size()).clear();
    }

    /** Back one (joint) step; false at the start. */
    public boolean back() {
        if (joint == 0) {
            return false;
        }
        moveTo(joint - 1);
        return true;
    }

    /** Moves both runs to joint step {@code position} (0 .. {@link #length()}). */
    public void moveTo(int position) {
        if (position < 0 || position > length() || busy.get()) {
            return;
        }
        joint = position;
        primary().history().moveTo(primaryAt.get(position));
        if (reference() != null) {
            reference().history().moveTo(referenceAt.get(position));
        }
        changed();
    }

    /** Back to step 0, forgetting the recorded steps. */
    public void reset() {
        rebuild(false);
    }

    /** Resets and takes a schedule (an explored outcome's witness); stops where a choice is not enabled. */
    /**
     * As {@link #replay}, for the window: a long replay (a witness through the primes sieve) is
     * computed in the background while the window stays live, and lands when done.
     */
    public void replayLive(List<Choice> schedule) {
        rebuild(false);
        if (primary() != null) {
            replayFromHere(schedule);
        }
    }

    /** Switches to a model and replays a schedule found under it (an outcome's or a finding's witness). */
    public void replayLive(MemoryModel under, List<Choice> schedule) {
        model.set(under);
        replayLive(schedule);
    }

    public int replay(List<Choice> schedule) {
        rebuild(false);
        if (primary() == null) {
            return 0;
        }
        return landAll(plan(primary().machine(), reference() == null ? null : reference().machine(), schedule));
    }

    /** The current joint step. */
    public int position() {
        return joint;
    }

    /** Joint steps recorded. */
    public int length() {
        return primaryAt.size() - 1;
    }

    /** Where the two runs differed at joint step {@code position} (empty without side by side). */
    public List<Lockstep.Difference> differencesAt(int position) {
        return differences.get(position);
    }

    /** Whether the last step taken made the runs differ. */
    public List<Lockstep.Difference> differences() {
        return differences.get(joint);
    }

    /** Every joint step up to the current one whose runs differ, for marking timelines. */
    public List<Integer> divergentSteps(Stepper s) {
        List<Integer> out = new ArrayList<>();
        List<Integer> at = s == primary() ? primaryAt : referenceAt;
        for (int k = 1; k <= joint; k++) {
            if (!differences.get(k).isEmpty()) {
                out.add(at.get(k));
            }
        }
        return out;
    }

    public boolean atEnd() {
        return primary() == null || (joint == length() && primary().machine().isTerminal());
    }

    /**
     * Errors of the current state after any compile error, then what the analyses find in the run so
     * far (races, lost updates, deadlock, a blocking main thread), then what exploring found.
     */
    private void refreshProblems() {
        List<Problem> out = new ArrayList<>(compileProblems);
        Stepper s = primary();
        if (s != null) {
            runtimeProblems(s.machine(), out);
            for (Finding f : runFindings(s)) {
                Problem p = Findings.problem(f, false);
                if (out.stream().noneMatch(p::sameFinding)) {
                    out.add(p);
                }
            }
        }
        for (Problem p : explorationProblems) {
            // What the explorer found in some schedule, unless the run on screen shows it already.
            if (out.stream().noneMatch(q -> q.sameFinding(p) || q.kind() == p.kind() && q.message().equals(p.message()))) {
                out.add(p);
            }
        }
        if (!out.equals(problems)) {
            problems.setAll(out);
        }
    }

    /** The analysis of the primary run, fed only the events added since the last look. */
    private RunAnalysis.Tracker tracker;
    private Stepper tracked;
    private int trackedEvents;
    private Event lastTracked;

    /**
     * What the analyses find in the run up to the cursor. Stepping forward adds the new events to the
     * tracker (100,000 events take about 100 ms to analyse from scratch, too slow for each step);
     * anything else (a step back, another run, a changed past) starts it again.
     */
    private List<Finding> runFindings(Stepper s) {
        List<Event> events = s.history().events();
        boolean samePast = tracked == s && trackedEvents <= events.size()
            && (trackedEvents == 0 || events.get(trackedEvents - 1) == lastTracked);
        if (!samePast) {
            tracker = new RunAnalysis.Tracker(s.machine().program().source.mainFile());
            tracked = s;
            trackedEvents = 0;
        }
        for (int i = trackedEvents; i < events.size(); i++) {
            tracker.add(events.get(i));
        }
        trackedEvents = events.size();
        lastTracked = trackedEvents == 0 ? null : events.get(trackedEvents - 1);
        return tracker.findings(s.machine());
    }

    /** Problems the explorer found (livelocks, deadlocks reachable by some schedule), shown until the next open. */
    public void setExplorationProblems(List<Problem> found) {
        explorationProblems.clear();
        explorationProblems.addAll(found);
        refreshProblems();
    }

    private static void runtimeProblems(Machine m, List<Problem> problems) {
        for (AgentState a : m.agents()) {
            if (a.status() == AgentState.Status.THREW) {
                problems.add(new Problem(Problem.Kind.ERROR, a.name() + " threw " + a.error(), a.errorPos()));
            } else if (a.status() == AgentState.Status.HUNG) {
                problems.add(new Problem(Problem.Kind.LIMIT, a.name() + " " + a.error(), a.errorPos()));
            }
        }
        // A deadlock is one of the run analysis' findings, with where each agent waits.
    }

    /** Tells every view to look again. */
    public void changed() {
        refreshProblems();
        revision.set(revision.get() + 1);
    }
}
