package org.atomiscope.machine;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Picks the next transition. Every scheduler takes time-advancing choices (timers, timeouts) only
 * when nothing else is enabled, so `setTimeout(f, 500)` runs after the other agents have done what
 * they can, as it would on a real machine. Schedulers are deterministic: the random one is seeded.
 */
public interface Scheduler {
    Choice pick(Machine machine, List<Choice> choices);

    /** The names accepted by {@link #named}. */
    List<String> NAMES = List.of("default", "round-robin", "random");

    static Scheduler named(String name, long seed) {
        return switch (name) {
            case "default" -> new RoundRobin(DEFAULT_QUANTUM);
            case "round-robin" -> new RoundRobin(1);
            case "random" -> new Random(seed);
            default -> throw new IllegalArgumentException("Unknown schedule '" + name + "': use one of " + String.join(", ", NAMES) + ".");
        };
    }

    /** Visible steps an agent takes in a row under the default schedule before the next agent's turn. */
    int DEFAULT_QUANTUM = 8;

    /** Choices that do not make time pass, or all of them when there are none. */
    static List<Choice> withoutWaiting(List<Choice> choices) {
        // The machine lists the time-advancing choice last, and at most one of them.
        int n = choices.size();
        if (n > 1 && choices.get(n - 1).advancesTime()) {
            return choices.subList(0, n - 1);
        }
        return choices;
    }

    /**
     * Agents take turns of {@code quantum} visible steps, in creation order, like threads time-sliced
     * on one core. Quantum 1 is strict round-robin; the default quantum lets short sequences run
     * together, so a scenario prints what a beginner expects unless it really races. Memory
     * transitions (store-buffer flushes) are taken as soon as they are enabled.
     */
    final class RoundRobin implements Scheduler {
        private final int quantum;
        private int current = -1;
        private int used;

        public RoundRobin(int quantum) {
            this.quantum = quantum;
        }

        @Override
        public Choice pick(Machine machine, List<Choice> all) {
            List<Choice> choices = withoutWaiting(all);
            for (Choice c : choices) {
                if (c.kind() == Choice.Kind.MEMORY) {
                    return c;
                }
            }
            if (used < quantum) {
                for (Choice c : choices) {
                    if (c.agent() == current) {
                        used++;
                        return c;
                    }
                }
            }
            Choice best = null;
            for (Choice c : choices) {
                if (c.agent() > current) {
                    best = c;
                    break;
                }
            }
            if (best == null) {
                best = choices.get(0);
            }
            current = best.agent();
            used = 1;
            return best;
        }
    }

    /** Uniformly random among the enabled choices, from a seed: the same seed gives the same run. */
    final class Random implements Scheduler {
        private final SplittableRandom random;

        public Random(long seed) {
            this.random = new SplittableRandom(seed);
        }

        @Override
        public Choice pick(Machine machine, List<Choice> all) {
            List<Choice> choices = withoutWaiting(all);
            return choices.get(random.nextInt(choices.size()));
        }
    }
}
