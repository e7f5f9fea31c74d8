package org.atomiscope.litmus;

import java.util.ArrayList;
import java.util.List;
import org.atomiscope.lang.Ast.Expr;
import org.atomiscope.lang.Ast.Index;
import org.atomiscope.lang.Parser;
import org.atomiscope.lang.Pos;
import org.atomiscope.lang.ScenarioSyntaxError;
import org.atomiscope.litmus.Layout.Location;
import org.atomiscope.litmus.Layout.View;
import org.atomiscope.scenario.Expectation;
import org.atomiscope.scenario.Outcome;
import org.atomiscope.scenario.ScenarioHeader;
import org.atomiscope.scenario.Verdict;

/**
 * The litmus test's final condition, from one {@code @expect} line. A litmus test asks about one
 * interesting outcome; the interesting one is the outcome SC forbids (the "relaxed" outcome the
 * scenario is about), so the first {@code @expect} that is {@code never} under sc is used, else the
 * first {@code @expect}. Each printed value becomes {@code thread:register=value}, each
 * {@code final:} entry {@code [location]=value}.
 *
 * <p>Without an {@code @expect} the condition is {@code exists (true)} and a {@code locations}
 * line lists every printed register, so that herd still lists every outcome it finds.
 *
 * @param expectation the {@code @expect} the condition comes from, or null
 * @param atoms       the conjuncts; empty for {@code exists (true)}
 * @param shown       registers for a {@code locations} line, e.g. {@code 0:r0}; empty for none
 */
record Condition(Expectation expectation, List<Atom> atoms, List<String> shown) {

    /** {@code register=value} ({@code 1:r0=1}) or, when register is null, {@code [location]=value}. */
    record Atom(String register, Location location, int value) {
        String text() {
            return (register != null ? register : "[" + location.cName + "]") + "=" + value;
        }
    }

    Condition {
        atoms = List.copyOf(atoms);
        shown = List.copyOf(shown);
    }

    static Condition of(ScenarioHeader header, Layout layout, List<LitmusThread> threads) throws NotLitmusShaped {
        Expectation chosen = header.expects().stream()
                .filter(e -> e.verdict("sc").orElse(null) == Verdict.NEVER).findFirst()
                .orElse(header.expects().isEmpty() ? null : header.expects().get(0));
        if (chosen == null) {
            List<String> registers = new ArrayList<>();
            for (int t = 0; t < threads.size(); t++) {
                for (List<Integer> line : threads.get(t).prints()) {
                    for (int r : line) {
                        String name = t + ":r" + r;
                        if (!registers.contains(name)) {
                            registers.add(name);
                        }
                    }
                }
            }
            return new Condition(null, List.of(), registers);
        }
        Pos pos = chosen.pos() != null ? chosen.pos() : header.end();
        Outcome expected = Outcome.parse(chosen.text());
        String quoted = "The @expect \"" + chosen.text() + "\"";
        if (!expected.clean()) {
            throw new NotLitmusShaped(pos, quoted + " names a status (" + String.join(" ", expected.statuses())
                    + "), which a litmus condition cannot express.");
        }
        List<Atom> atoms = new ArrayList<>();
        for (Outcome.AgentLines part : expected.agents()) {
            int t = indexOf(threads, part.agent());
            if (t < 0) {
                throw new NotLitmusShaped(pos, quoted + " names " + part.agent() + ", which is not an agent declared with "
                        + "agent(...) in this scenario.");
            }
            List<List<Integer>> prints = threads.get(t).prints();
            if (prints.size() != part.lines().size()) {
                throw new NotLitmusShaped(pos, quoted + " gives " + part.agent() + " " + part.lines().size()
                        + " line(s), but it calls console.log " + prints.size() + " time(s).");
            }
            for (int i = 0; i < prints.size(); i++) {
                String line = part.lines().get(i);
                List<String> values = line.isEmpty() ? List.of() : List.of(line.split(" ", -1));
                if (values.size() != prints.get(i).size()) {
                    throw new NotLitmusShaped(pos, quoted + " gives " + part.agent() + " the line \"" + line
                            + "\", but its console.log prints " + prints.get(i).size() + " value(s) there.");
                }
                for (int v = 0; v < values.size(); v++) {
                    atoms.add(new Atom(t + ":r" + prints.get(i).get(v), null, integer(values.get(v), pos, quoted)));
                }
            }
        }
        for (String entry : expected.finalValues()) {
            int eq = entry.lastIndexOf('=');
            Location loc = observed(entry.substring(0, eq), layout, pos, quoted);
            atoms.add(new Atom(null, loc, integer(entry.substring(eq + 1), pos, quoted)));
        }
        return new Condition(chosen, atoms, List.of());
    }

    /** The constraint lines: an optional {@code locations [...]} line and {@code exists (...)}. */
    String text() {
        String locations = shown.isEmpty() ? "" : "locations [" + String.join("; ", shown) + ";]\n";
        String prop = atoms.isEmpty() ? "true" : String.join(" /\\ ", atoms.stream().map(Atom::text).toList());
        return locations + "exists (" + prop + ")";
    }

    private static int indexOf(List<LitmusThread> threads, String agent) {
        for (int t = 0; t < threads.size(); t++) {
            if (threads.get(t).agent().equals(agent)) {
                return t;
            }
        }
        return -1;
    }

    private static int integer(String value, Pos pos, String quoted) throws NotLitmusShaped {
        try {
            // As JavaScript prints integers: no sign on 0, no leading zeros.
            if (!value.matches("0|-?[1-9][0-9]*")) {
                throw new NumberFormatException(value);
            }
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new NotLitmusShaped(pos, quoted + " expects the value \"" + value
                    + "\", but a litmus register or location holds only integers.");
        }
    }

    /** The element an {@code @observe} expression such as {@code x[0]} reads. */
    private static Location observed(String expr, Layout layout, Pos pos, String quoted) throws NotLitmusShaped {
        Expr e;
        try {
            e = Parser.parseExpression("@observe", expr);
        } catch (ScenarioSyntaxError x) {
            e = null;
        }
        View view = e instanceof Index ix && !ix.optional() ? layout.view(ix.object()) : null;
        if (view == null) {
            throw new NotLitmusShaped(pos, quoted + " checks the final value of " + expr
                    + ", which is not an element of a typed-array view such as x[0].");
        }
        return layout.element(view, ((Index) e).index(), pos, "@observe");
    }
}
