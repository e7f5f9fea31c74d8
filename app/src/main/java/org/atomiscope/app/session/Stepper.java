package org.atomiscope.app.session;

import java.util.List;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Scheduler;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.stepper.History;

/**
 * One memory model's run of the open scenario: a {@link History} and the model it runs on. The
 * session owns one (or two, side by side); views read it after each change of
 * {@link Session#revisionProperty()}.
 */
public final class Stepper {
    private final MemoryModel model;
    private final History history;

    Stepper(MemoryModel model, Machine start) {
        this.model = model;
        this.history = new History(start);
    }

    public MemoryModel model() {
        return model;
    }

    public History history() {
        return history;
    }

    public Machine machine() {
        return history.current();
    }

    /**
     * What the Step button does: follow the recorded future after a step back, else what the default
     * schedule ({@code atomiscope run}'s) would pick: memory flushes at once, an agent keeps the turn for
     * {@value Scheduler#DEFAULT_QUANTUM} steps, then the next agent in creation order. The turn is
     * worked out from the recorded choices, so stepping back and on stays consistent with the command
     * line.
     */
    public Choice defaultChoice() {
        if (history.canForward()) {
            return history.choiceAt(history.position() + 1);
        }
        List<Choice> all = machine().choices();
        if (all.isEmpty()) {
            return null;
        }
        List<Choice> choices = Scheduler.withoutWaiting(all);
        for (Choice c : choices) {
            if (c.kind() == Choice.Kind.MEMORY) {
                return c;
            }
        }
        turn();
        if (used < Scheduler.DEFAULT_QUANTUM) {
            for (Choice c : choices) {
                if (c.agent() == current) {
                    return c;
                }
            }
        }
        for (Choice c : choices) {
            if (c.agent() > current) {
                return c;
            }
        }
        return choices.get(0);
    }

    /** The round-robin turn at the cursor: whose turn it is and how many of its steps it has used. */
    private int current = -1;
    private int used;
    private int turnAt;
    /** The machine the turn was worked out at: another one there means the run forked since. */
    private Machine turnMachine;

    private void turn() {
        int p = history.position();
        if (turnAt > p || turnMachine != null && history.machineAt(turnAt) != turnMachine) {
            current = -1;
            used = 0;
            turnAt = 0;
        }
        for (int i = turnAt + 1; i <= p; i++) {
            Choice c = history.choiceAt(i);
            if (c.kind() == Choice.Kind.MEMORY) {
                continue;
            }
            if (c.agent() == current && used < Scheduler.DEFAULT_QUANTUM) {
                used++;
            } else {
                current = c.agent();
                used = 1;
            }
        }
        turnAt = p;
        turnMachine = history.current();
    }
}
