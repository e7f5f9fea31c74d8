package org.atomiscope.machine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.buffer.Owner;
import org.atomiscope.compile.Code;
import org.atomiscope.compile.Compiler;
import org.atomiscope.js.Heap;
import org.atomiscope.js.JsFunction;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Scope;
import org.atomiscope.js.Undefined;
import org.atomiscope.lang.Parser;
import org.atomiscope.lang.ScenarioSyntaxError;
import org.atomiscope.vm.Frame;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.RefusingHost;
import org.atomiscope.vm.Request;
import org.atomiscope.vm.builtins.Inspect;

/**
 * Evaluates @observe expressions after an execution: an observer that has synchronized with every
 * agent reads shared memory through main's top-level bindings, changing nothing. Under a relaxed
 * model such a read may still have several answers (plain writes that no happens-before orders),
 * so {@link #all} enumerates every combination of them.
 */
final class Observer {
    private Observer() {}

    /** Combinations past this many are not enumerated (a scenario observes a few locations). */
    static final int MAX_COMBINATIONS = 64;

    /** Every distinct list of observed values (one entry per expression, formatted as console.log would). */
    static List<List<String>> all(Machine m, List<String> exprs) {
        AgentState main = m.agents[0];
        if (exprs.isEmpty()) {
            return List.of(List.of());
        }
        if (main.scriptScope() == null) {
            return List.of(exprs.stream().map(e -> "unavailable").toList());
        }
        List<Code> codes = new ArrayList<>();
        Scope scope = (Scope) main.heap().get(main.scriptScope().id);
        for (String e : exprs) {
            try {
                codes.add(Compiler.compileIn(Parser.parseExpression("@observe", e), scope.names));
            } catch (ScenarioSyntaxError err) {
                codes.add(null);
            }
        }
        LinkedHashSet<List<String>> results = new LinkedHashSet<>();
        Deque<int[]> prefixes = new ArrayDeque<>();
        prefixes.push(new int[0]);
        while (!prefixes.isEmpty() && results.size() < MAX_COMBINATIONS) {
            int[] prefix = prefixes.pop();
            Chooser ch = new Chooser(prefix);
            List<String> values = new ArrayList<>();
            for (Code c : codes) {
                values.add(c == null ? "(not an expression)" : evaluate(m, main, c, ch));
            }
            results.add(values);
            for (int d = ch.taken.size() - 1; d >= prefix.length; d--) {
                for (int i = 1; i < ch.branching.get(d); i++) {
                    int[] p = new int[d + 1];
                    for (int j = 0; j < d; j++) {
                        p[j] = ch.taken.get(j);
                    }
                    p[d] = i;
                    prefixes.push(p);
                }
            }
        }
        return List.copyOf(results);
    }

    /** Replays read choices from a prefix, then takes the first answer, remembering how many there were. */
    private static final class Chooser {
        final int[] prefix;
        final List<Integer> taken = new ArrayList<>();
        final List<Integer> branching = new ArrayList<>();

        Chooser(int[] prefix) {
            this.prefix = Arrays.copyOf(prefix, prefix.length);
        }

        long choose(List<Long> options) {
            int d = taken.size();
            int i = d < prefix.length ? Math.min(prefix[d], options.size() - 1) : 0;
            taken.add(i);
            branching.add(options.size());
            return options.get(i);
        }
    }

    private static String evaluate(Machine m, AgentState main, Code code, Chooser ch) {
        Owner owner = new Owner();
        Heap heap = main.heap().edit(owner);
        Ref fn = heap.alloc(JsFunction.closure(m.program.realm.functionProto, code, main.scriptScope(), Undefined.UNDEFINED));
        Interpreter.ShareReader finalMemory = new Interpreter.ShareReader() {
            @Override
            public long read(int block, ElementType type, int byteIndex) {
                return m.memory.finalValues(block, type, byteIndex).get(0);
            }

            @Override
            public void write(int block, ElementType type, int byteIndex, long raw) {
                throw new IllegalStateException("an observer does not write");
            }
        };
        Interpreter in = new Interpreter(heap, m.program.realm, new RefusingHost("@observe"), owner, new Frame[0],
            1_000_000, finalMemory);
        Interpreter.Result r = in.start(fn, m.program.realm.global, new Object[0]);
        while (r instanceof Interpreter.Suspended s && s.request() instanceof Request.Read read) {
            long raw = ch.choose(m.memory.finalValues(read.block(), read.type(), read.byteIndex()));
            in.resume(read.type().fromRaw(raw));
            r = in.run();
        }
        if (r instanceof Interpreter.Finished f) {
            return Inspect.formatLog(in, new Object[] {f.value()});
        }
        if (r instanceof Interpreter.Threw t) {
            return "(" + t.text() + ")";
        }
        return "(not observable)";
    }
}
