package org.atomiscope.litmus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.atomiscope.lang.Ast.Program;
import org.atomiscope.lang.Parser;
import org.atomiscope.lang.Pos;
import org.atomiscope.lang.ScenarioSyntaxError;
import org.atomiscope.litmus.Layout.Location;
import org.atomiscope.litmus.LitmusThread.Load;
import org.atomiscope.litmus.LitmusThread.Op;
import org.atomiscope.litmus.LitmusThread.Rmw;
import org.atomiscope.litmus.LitmusThread.Store;
import org.atomiscope.scenario.ScenarioSource;

/**
 * Exports a litmus-shaped scenario as a herd7 C litmus test, so that its outcomes can be compared
 * with herd's C11 model ({@code herd7 -model c11.cat}). A scenario is litmus-shaped when its main
 * file sets up one or more SharedArrayBuffers and typed-array views with constant arguments,
 * optionally writes initial values, and declares agents whose bodies are straight-line reads,
 * writes and Atomics operations on constant elements, ending in {@code console.log} of what they
 * read. See {@link MainReader} and {@link AgentReader} for the exact shapes.
 *
 * <p>JavaScript plain accesses become {@code memory_order_relaxed} atomics, not C plain accesses:
 * in JavaScript a data race gives some value (ECMA-262 §29), in C it is undefined behaviour, and
 * herd's C11 model would report nothing but the race. {@code Atomics.*} are SeqCst in JavaScript,
 * so they become {@code memory_order_seq_cst}. The match is not exact: C's relaxed atomics are
 * coherent per location, JavaScript's plain accesses are not (compare scenarios 35 and 43), so
 * herd can forbid an outcome of plain accesses that Atomiscope's relaxed model allows.
 */
public final class Litmus {
    private static final int COMMENT_WIDTH = 100;

    private Litmus() {}

    /**
     * The scenario as a herd7 C litmus test.
     *
     * @throws NotLitmusShaped with the position and a sentence, when the scenario is not litmus-shaped,
     *                          or does not parse (the syntax error's position and sentence)
     */
    public static String export(ScenarioSource source) throws NotLitmusShaped {
        Program program;
        try {
            program = Parser.parse(source.mainFile(), source.mainSource());
        } catch (ScenarioSyntaxError e) {
            throw new NotLitmusShaped(e.pos(), e.sentence());
        }
        Pos start = program.body().isEmpty() ? source.header().end() : program.body().get(0).pos();
        if (source.files().size() > 1) {
            Pos worker = Shapes.firstWorker(program);
            throw new NotLitmusShaped(worker != null ? worker : start, "The scenario starts workers from separate files; "
                    + "only single-file scenarios whose agents are declared with agent(name, () => ...) export as litmus tests.");
        }
        if (!source.header().isolated()) {
            throw new NotLitmusShaped(source.header().end(), "The scenario runs without SharedArrayBuffer (@isolated false), "
                    + "so it has no shared memory to export as a litmus test.");
        }
        MainReader main = MainReader.read(program);
        if (main.threads().isEmpty()) {
            throw new NotLitmusShaped(start, "The scenario declares no agents with agent(name, () => ...); "
                    + "a litmus test needs at least one thread.");
        }
        Condition condition = Condition.of(source.header(), main.layout(), main.threads());
        List<Location> locations = main.layout().nameLocations();
        return write(source, locations, main.threads(), condition);
    }

    private static String write(ScenarioSource source, List<Location> locations, List<LitmusThread> threads,
                                Condition condition) {
        StringBuilder out = new StringBuilder();
        out.append("C ").append(testName(source.name())).append('\n');
        out.append(comment(source, locations, threads, condition)).append('\n');
        List<String> init = new ArrayList<>();
        List<String> params = new ArrayList<>();
        for (Location loc : locations) {
            init.add("[" + loc.cName + "] = " + loc.initial + ";");
            params.add("atomic_int* " + loc.cName);
        }
        out.append("{ ").append(String.join(" ", init)).append(init.isEmpty() ? "}" : " }").append("\n\n");
        for (int t = 0; t < threads.size(); t++) {
            out.append('P').append(t).append('(').append(String.join(", ", params)).append(") {\n");
            for (Op op : threads.get(t).ops()) {
                out.append("  ").append(statement(op)).append('\n');
            }
            out.append("}\n\n");
        }
        out.append(condition.text()).append('\n');
        return out.toString();
    }

    private static String statement(Op op) {
        if (op instanceof Load l) {
            return "int r" + l.register() + " = atomic_load_explicit(" + l.loc().cName + ", " + order(l.atomic()) + ");";
        }
        if (op instanceof Store s) {
            return "atomic_store_explicit(" + s.loc().cName + ", " + s.value() + ", " + order(s.atomic()) + ");";
        }
        Rmw r = (Rmw) op;
        String call = r.function() + "(" + r.loc().cName + ", " + r.value() + ", " + order(true) + ");";
        return r.register() < 0 ? call : "int r" + r.register() + " = " + call;
    }

    private static String order(boolean atomic) {
        return atomic ? "memory_order_seq_cst" : "memory_order_relaxed";
    }

    private static String comment(ScenarioSource source, List<Location> locations, List<LitmusThread> threads,
                                  Condition condition) {
        List<String> sentences = new ArrayList<>();
        sentences.add("Exported by Atomiscope from " + source.name() + ": \"" + source.title() + "\".");
        sentences.add("JavaScript plain accesses are exported as memory_order_relaxed atomics: in JavaScript a race "
                + "gives some value rather than undefined behaviour. Atomics.* are memory_order_seq_cst.");
        sentences.add("C's relaxed atomics are coherent and JavaScript's plain accesses are not, so herd may forbid "
                + "an outcome of plain accesses (as in CoRR) that Atomiscope's relaxed model allows.");
        List<String> names = new ArrayList<>();
        for (int t = 0; t < threads.size(); t++) {
            names.add("P" + t + " is " + threads.get(t).agent());
        }
        sentences.add("Threads: " + String.join(", ", names) + ".");
        List<String> locs = new ArrayList<>();
        for (Location loc : locations) {
            locs.add(loc.cName + " is " + loc.mention + " (" + loc.type.constructorName() + ")");
        }
        sentences.add("Locations, each an atomic_int: " + (locs.isEmpty() ? "none" : String.join(", ", locs)) + ".");
        sentences.add(condition.expectation() == null
                ? "The scenario has no @expect to export as a condition, so the condition is true and herd lists every outcome."
                : "Condition: " + condition.expectation());
        List<String> lines = new ArrayList<>();
        for (String sentence : sentences) {
            lines.addAll(wrap(sentence.replace("(*", "( *").replace("*)", "* )")));
        }
        return "(* " + String.join("\n   ", lines) + " *)";
    }

    /** Splits a sentence into lines of at most {@value #COMMENT_WIDTH} characters, at spaces. */
    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            if (line.length() > 0 && line.length() + 1 + word.length() > COMMENT_WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * A herd-style test name: {@code 53-litmus-mp-plain} becomes {@code MP+plain},
     * {@code 62-litmus-2plus2w-plain} {@code 2+2W+plain}, {@code 65-litmus-corr-plain} {@code CoRR+plain};
     * other scenarios keep their name without the course number.
     */
    static String testName(String scenario) {
        String name = scenario.replaceFirst("^\\d+[-_ ]*", "");
        if (name.startsWith("litmus-")) {
            String[] parts = name.substring("litmus-".length()).split("-");
            String shape = parts[0].toUpperCase(Locale.ROOT).replace("PLUS", "+");
            if (shape.startsWith("CO")) {
                shape = "Co" + shape.substring(2);
            }
            parts[0] = shape;
            name = String.join("+", parts);
        }
        name = name.replaceAll("\\s+", "_");
        return name.isEmpty() ? "Atomiscope" : name;
    }
}
