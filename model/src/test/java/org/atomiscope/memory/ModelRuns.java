package org.atomiscope.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.atomiscope.explore.Explorer;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.machine.Run;
import org.atomiscope.scenario.Outcome;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;

/**
 * Test support for the memory models and the explorer: compiles a scenario text (named {@code t.js})
 * or a library scenario under a model, explores it, and drives a machine step by step by the labels
 * a student would click, failing with the labels on offer when the wanted one is not there.
 */
public final class ModelRuns {
    private ModelRuns() {}

    public static final MemoryModel SC = ScModel.INSTANCE;
    public static final MemoryModel TSO = TsoModel.INSTANCE;
    public static final MemoryModel RELAXED = RelaxedModel.INSTANCE;

    public static Program program(String src, MemoryModel model) {
        return Program.compile(ScenarioSource.ofSingleFile("t.js", src), model);
    }

    public static Program library(String name, MemoryModel model) {
        ScenarioSource s = ScenarioLibrary.fromClasspath().named(name)
            .orElseThrow(() -> new AssertionError("no library scenario named " + name));
        return Program.compile(s, model);
    }

    public static Explorer.Result explore(Program p) {
        return Explorer.explore(p, Explorer.DEFAULT_MAX_STATES, null);
    }

    public static Explorer.Result explore(String src, MemoryModel model) {
        return explore(program(src, model));
    }

    /** The outcome lines found, in the order the explorer found them. */
    public static List<String> outcomes(Explorer.Result r) {
        return r.outcomes().stream().map(f -> f.outcome().toString()).toList();
    }

    public static Set<String> outcomeSet(Explorer.Result r) {
        return new LinkedHashSet<>(outcomes(r));
    }

    public static Machine start(String src, MemoryModel model) {
        return Machine.initial(program(src, model));
    }

    public static List<String> labels(Machine m) {
        return m.choices().stream().map(Choice::label).toList();
    }

    /** Labels of the choices of one kind. */
    public static List<String> labels(Machine m, Choice.Kind kind) {
        return m.choices().stream().filter(c -> c.kind() == kind).map(Choice::label).toList();
    }

    /** The one choice whose label is exactly {@code label}. */
    public static Choice choice(Machine m, String label) {
        List<Choice> found = m.choices().stream().filter(c -> c.label().equals(label)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " choices labelled \"" + label + "\"; on offer: " + labels(m));
        }
        return found.get(0);
    }

    /** Takes the choices labelled so, in order. */
    public static Machine step(Machine m, String... labels) {
        for (String l : labels) {
            m = m.take(choice(m, l)).machine();
        }
        return m;
    }

    /** Replays a schedule from the program's initial machine. */
    public static Machine replay(Program p, List<Choice> schedule) {
        Machine m = Machine.initial(p);
        for (Choice c : schedule) {
            m = m.take(c).machine();
        }
        return m;
    }

    /** The outcome lines of a finished machine. */
    public static List<String> finished(Machine m) {
        return Run.outcomes(m, false).stream().map(Outcome::toString).toList();
    }

    /**
     * Visits every reachable machine once (depth first, equal states merged as the explorer does);
     * for small programs only.
     */
    public static int forEachState(Program p, Consumer<Machine> visit) {
        Map<Integer, List<Machine>> seen = new HashMap<>();
        ArrayDeque<Machine> work = new ArrayDeque<>();
        Machine start = Machine.initial(p);
        seen.computeIfAbsent(start.stateHash(), h -> new ArrayList<>()).add(start);
        work.push(start);
        int count = 1;
        while (!work.isEmpty()) {
            Machine m = work.pop();
            visit.accept(m);
            for (Choice c : m.choices()) {
                Machine n = m.take(c).machine();
                List<Machine> bucket = seen.computeIfAbsent(n.stateHash(), h -> new ArrayList<>());
                if (bucket.stream().noneMatch(s -> s.sameState(n))) {
                    if (++count > 50_000) {
                        throw new AssertionError("too many states for forEachState");
                    }
                    bucket.add(n);
                    work.push(n);
                }
            }
        }
        return count;
    }
}
