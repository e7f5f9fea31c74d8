package org.atomiscope.stepper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.atomiscope.js.JsNumbers;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;

/**
 * Running one schedule on two memory models at once (the app's side by side): which choice of the
 * other machine matches a choice taken in one, and where the two runs' steps differ.
 *
 * <p>Choices match by kind and agent: "writer steps" is the same transition under every model.
 * Where the other machine offers several ways (a relaxed read's candidate writes) the match is
 * option 0, the newest write, so the relaxed run behaves like SC until the user picks a stale
 * value. Memory's own transitions (a TSO flush) exist in one model only and have no match.
 */
public final class Lockstep {
    private Lockstep() {
    }

    /** The choice of {@code other} that does what {@code choice} does, if it has one. */
    public static Optional<Choice> counterpart(Choice choice, Machine other) {
        if (choice.kind() == Choice.Kind.MEMORY) {
            return Optional.empty();
        }
        Choice first = null;
        for (Choice c : other.choices()) {
            if (c.kind() == choice.kind() && c.agent() == choice.agent()) {
                if (choice.kind() == Choice.Kind.TIMER) {
                    if (c.option() == choice.option()) {
                        return Optional.of(c); // the same timer, by id; another timer is no match
                    }
                    continue;
                }
                if (first == null) {
                    first = c;
                }
            }
        }
        return Optional.ofNullable(first);
    }

    /** A place where the same step went differently: what each side's event said. */
    public record Difference(int agent, String agentName, String left, String right) {
        public String sentence(String leftModel, String rightModel) {
            return agentName + ": " + leftModel + " " + left + ", " + rightModel + " " + right;
        }
    }

    /**
     * Where two runs of the same step differ: a read or read-modify-write that saw another value,
     * a write of another value, or events one side has and the other has not. Console lines are
     * compared too, since a value read usually shows there first.
     */
    public static List<Difference> differences(List<Event> left, List<Event> right) {
        List<Event> a = visible(left);
        List<Event> b = visible(right);
        List<Difference> out = new ArrayList<>();
        int n = Math.max(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            Event x = i < a.size() ? a.get(i) : null;
            Event y = i < b.size() ? b.get(i) : null;
            if (x != null && y != null && x.agent() == y.agent() && x.kind() == y.kind() && same(x, y)) {
                continue;
            }
            Event some = x != null ? x : y;
            out.add(new Difference(some.agent(), some.agentName(), describe(x), describe(y)));
        }
        return out;
    }

    /** Memory flushes belong to one model only; everything else is compared. */
    private static List<Event> visible(List<Event> events) {
        return events.stream().filter(e -> e.kind() != Event.Kind.MEMORY).toList();
    }

    private static boolean same(Event x, Event y) {
        if (x.access() != null && y.access() != null) {
            return sameNumber(x.access().value(), y.access().value()) && sameNumber(x.access().stored(), y.access().stored());
        }
        return x.text().equals(y.text());
    }

    private static boolean sameNumber(double p, double q) {
        return Double.compare(p, q) == 0 || p == q;
    }

    private static String describe(Event e) {
        if (e == null) {
            return "did nothing";
        }
        if (e.access() != null && e.kind() == Event.Kind.READ) {
            return "read " + e.access().target() + "[" + e.access().index() + "] = " + JsNumbers.toJsString(e.access().value());
        }
        if (e.kind() == Event.Kind.CONSOLE) {
            return "printed \"" + e.text() + "\"";
        }
        return e.text();
    }
}
