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
     * schedule would pick (an agent keeps the turn for {@value Scheduler#DEFAULT_QUANTUM} steps, memory
     * flushes happen at once), decided from the history so stepping back and forth stays consistent.
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
        int last = -1;
        int run = 0;
        for (int p = history.position(); p >= 1; p--) {
            Choice c = history.choiceAt(p);
            if (c.kind() == Choice.Kind.MEMORY) {
                continue;
            }
            if (last == -1) {
                last = c.agent();
            } else if (c.agent() != last) {
                break;
            }
            if (++run >= Scheduler.DEFAULT_QUANTUM) {
                break;
            }
        }
        if (last >= 0 && run < Scheduler.DEFAULT_QUANTUM) {
            for (Choice c : choices) {
                if (c.agent() == last) {
                    return c;
                }
            }
        }
        Choice best = null;
        for (Choice c : choices) {
            // The next agent after the last one, cyclically; equal agents keep the listed order.
            int key = Math.floorMod(c.agent() - last - 1, 1 << 16);
            if (best == null || key < Math.floorMod(best.agent() - last - 1, 1 << 16)) {
                best = c;
            }
        }
        return best;
    }
}
