package org.atomiscope.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of one execution, as one line of text:
 * <pre>
 * main: now 0 | later 2; worker: updated in worker; final: ia[0]=2 [deadlock: a, b] [c threw TypeError: m]
 * </pre>
 * For each agent that printed, in start order ({@code main} first), its name and its console
 * lines joined by {@code " | "}; the parts are joined by {@code "; "}; then, when the scenario
 * observes values, {@code final: } and the {@code expr=value} entries joined by spaces; then the
 * statuses, each in brackets, in a fixed order: deadlock, livelock, each uncaught exception,
 * step limit.
 *
 * <p>An outcome is a value: two executions with the same text have equal outcomes, which is
 * what the explorer counts. {@link #parts()} is what expectations match against.
 *
 * @param agents      agents that printed, in start order; agents without lines are dropped
 * @param finalValues {@code expr=value} entries read by the observer; empty when nothing is observed
 * @param deadlocked  agents blocked forever in {@code Atomics.wait}
 * @param livelocked  agents that spin forever without the state changing
 * @param threw       uncaught exceptions, in the order they happened
 * @param stepLimit   whether the execution was cut off by the step limit
 */
public record Outcome(List<AgentLines> agents, List<String> finalValues, List<String> deadlocked,
                      List<String> livelocked, List<Threw> threw, boolean stepLimit) {

    /** One agent's console output. */
    public record AgentLines(String agent, List<String> lines) {
        public AgentLines {
            lines = List.copyOf(lines);
        }

        /** The part as it appears in an outcome line: {@code name: line | line}. */
        public String part() {
            return agent + ": " + String.join(" | ", lines);
        }
    }

    /** An uncaught exception: {@code error} is e.g. {@code "TypeError: message"}. */
    public record Threw(String agent, String error) {
        public String part() {
            return "[" + agent + " threw " + error + "]";
        }
    }

    public static final Outcome EMPTY = new Outcome(List.of(), List.of(), List.of(), List.of(), List.of(), false);

    public Outcome {
        // Agents that printed nothing are not part of the outcome line, so they are not
        // part of the value either: equal lines must mean equal outcomes.
        agents = agents.stream().filter(a -> !a.lines().isEmpty()).toList();
        finalValues = List.copyOf(finalValues);
        deadlocked = List.copyOf(deadlocked);
        livelocked = List.copyOf(livelocked);
        threw = List.copyOf(threw);
    }

    /**
     * Reads an outcome line back: the inverse of {@link #toString()}. Also reads the partial
     * outcomes written in {@code @expect} (any subset of parts, in any order).
     *
     * @throws IllegalArgumentException with a sentence when a part is neither an agent's
     *                                  output, a final part, nor a status
     */
    public static Outcome parse(String line) {
        return OutcomeFormat.parse(line);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The {@code final: ...} part, or the empty string when nothing is observed. */
    public String finalPart() {
        return finalValues.isEmpty() ? "" : "final: " + String.join(" ", finalValues);
    }

    /** The bracketed statuses in their fixed order, each as written in the line. */
    public List<String> statuses() {
        List<String> out = new ArrayList<>();
        if (!deadlocked.isEmpty()) {
            out.add("[deadlock: " + String.join(", ", deadlocked) + "]");
        }
        if (!livelocked.isEmpty()) {
            out.add("[livelock: " + String.join(", ", livelocked) + "]");
        }
        threw.forEach(t -> out.add(t.part()));
        if (stepLimit) {
            out.add("[step limit]");
        }
        return out;
    }

    /**
     * Every part of the line, in line order: each agent's {@code name: lines}, the
     * {@code final: ...} part, and each status as written ({@code [deadlock: a, b]}).
     */
    public Set<String> parts() {
        Set<String> parts = new LinkedHashSet<>();
        agents.forEach(a -> parts.add(a.part()));
        if (!finalValues.isEmpty()) {
            parts.add(finalPart());
        }
        parts.addAll(statuses());
        return Collections.unmodifiableSet(parts);
    }

    /** The console lines of one agent, empty when it printed nothing. */
    public List<String> linesOf(String agent) {
        return agents.stream().filter(a -> a.agent().equals(agent)).findFirst()
                .map(AgentLines::lines).orElse(List.of());
    }

    /** Whether the execution ended normally: no deadlock, livelock, exception or step limit. */
    public boolean clean() {
        return statuses().isEmpty();
    }

    @Override
    public String toString() {
        List<String> base = agents.stream().map(AgentLines::part).collect(Collectors.toCollection(ArrayList::new));
        if (!finalValues.isEmpty()) {
            base.add(finalPart());
        }
        String head = String.join("; ", base);
        String tail = String.join(" ", statuses());
        if (head.isEmpty() || tail.isEmpty()) {
            return head + tail;
        }
        return head + " " + tail;
    }

    /** Collects an outcome while an execution runs, or in tests. */
    public static final class Builder {
        private final List<AgentLines> agents = new ArrayList<>();
        private final List<String> finalValues = new ArrayList<>();
        private final List<String> deadlocked = new ArrayList<>();
        private final List<String> livelocked = new ArrayList<>();
        private final List<Threw> threw = new ArrayList<>();
        private boolean stepLimit;

        private Builder() {}

        /** Adds an agent's lines; call in start order, {@code main} first. */
        public Builder agent(String name, List<String> lines) {
            agents.add(new AgentLines(name, lines));
            return this;
        }

        public Builder agent(String name, String... lines) {
            return agent(name, List.of(lines));
        }

        /** Adds an observed {@code expr=value} entry. */
        public Builder finalValue(String expr, String value) {
            finalValues.add(expr + "=" + value);
            return this;
        }

        /** Adds observed entries already written as {@code expr=value}. */
        public Builder finalValues(List<String> entries) {
            finalValues.addAll(entries);
            return this;
        }

        public Builder deadlocked(String... names) {
            deadlocked.addAll(List.of(names));
            return this;
        }

        public Builder livelocked(String... names) {
            livelocked.addAll(List.of(names));
            return this;
        }

        /** {@code error} is the exception as JavaScript names it, e.g. {@code "TypeError: message"}. */
        public Builder threw(String agent, String error) {
            threw.add(new Threw(agent, error));
            return this;
        }

        public Builder stepLimit() {
            stepLimit = true;
            return this;
        }

        public Outcome build() {
            return new Outcome(agents, finalValues, deadlocked, livelocked, threw, stepLimit);
        }
    }
}
