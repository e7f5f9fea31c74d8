package org.atomiscope.trace;

import java.util.ArrayList;
import java.util.List;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.machine.Step;

/**
 * Re-executes a schedule from the start. A choice is identified by (kind, agent, option), so the
 * schedule's entries are matched against the choices the machine enables at each step and the
 * enabled ones are kept: their labels are the ones this version of the engine makes.
 */
final class Replay {
    private Replay() {}

    /** How many enabled choices a refusal lists before "…". */
    private static final int LISTED = 6;

    record Result(Machine last, List<Choice> schedule, List<Event> events) {}

    /** A schedule entry that is not enabled where it comes; {@code step} is 1-based. */
    static final class NotPossible extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final int step;
        final String label;
        final transient List<Choice> enabled;

        NotPossible(int step, String label, List<Choice> enabled) {
            super(sentence(step, label, enabled));
            this.step = step;
            this.label = label;
            this.enabled = enabled;
        }

        /** The refusal without its capital letter and full stop, to go inside a longer sentence. */
        String clause() {
            String s = getMessage();
            return Character.toLowerCase(s.charAt(0)) + s.substring(1, s.length() - 1);
        }
    }

    static Result run(Program program, List<Choice> schedule) {
        Machine m = Machine.initial(program);
        List<Choice> taken = new ArrayList<>(schedule.size());
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < schedule.size(); i++) {
            Choice wanted = schedule.get(i);
            List<Choice> enabled = m.choices();
            int at = enabled.indexOf(wanted); // Choice equality is (kind, agent, option)
            if (at < 0) {
                throw new NotPossible(i + 1, wanted.label(), enabled);
            }
            Choice c = enabled.get(at);
            Step s = m.take(c);
            taken.add(c);
            events.addAll(s.events());
            m = s.machine();
        }
        return new Result(m, List.copyOf(taken), List.copyOf(events));
    }

    /** "Schedule step 12 (writer: ia[37] = 123456) is not possible at that point: the enabled choices are …." */
    private static String sentence(int step, String label, List<Choice> enabled) {
        StringBuilder sb = new StringBuilder("Schedule step ").append(step).append(" (").append(label)
            .append(") is not possible at that point: ");
        if (enabled.isEmpty()) {
            sb.append("the execution has already ended there");
        } else {
            sb.append(enabled.size() == 1 ? "the only enabled choice is " : "the enabled choices are ");
            for (int i = 0; i < Math.min(LISTED, enabled.size()); i++) {
                sb.append(i == 0 ? "" : "; ").append(enabled.get(i).label());
            }
            if (enabled.size() > LISTED) {
                sb.append("; and ").append(enabled.size() - LISTED).append(" more");
            }
        }
        return sb.append('.').toString();
    }
}
