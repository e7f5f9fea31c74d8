package org.atomiscope.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads outcome lines back into {@link Outcome}s. The line format was made for people, so
 * reading it needs a few rules for console text that itself contains the separators:
 * <ul>
 *   <li>the statuses are the trailing run of bracketed groups that each start like a status
 *       ({@code [deadlock: }, {@code [livelock: }, {@code [step limit]}, {@code [name threw });
 *       brackets elsewhere (an array printed as {@code [ 1, 2 ]}) stay console text;</li>
 *   <li>a {@code "; "}-separated piece that does not start with {@code name: } belongs to the
 *       part before it (a console line that contained {@code "; "}).</li>
 * </ul>
 * Everything {@link Outcome#toString()} writes is read back to an equal outcome unless an
 * agent's console text mimics one of these shapes.
 */
final class OutcomeFormat {
    private OutcomeFormat() {}

    /** Agent names: anything without spaces or the characters the line format uses. */
    private static final String NAME = "[^\\s;:|\\[\\]]+";
    private static final Pattern STATUS_START =
            Pattern.compile("deadlock: |livelock: |step limit]|" + NAME + " threw ");
    private static final Pattern AGENT_PART = Pattern.compile("(" + NAME + "): (.*)", Pattern.DOTALL);
    private static final Pattern THREW = Pattern.compile("(" + NAME + ") threw (.*)", Pattern.DOTALL);
    /** Splits final entries before each token that has an {@code =} in it. */
    private static final Pattern FINAL_SPLIT = Pattern.compile(" (?=[^ =]+=)");

    static Outcome parse(String line) {
        List<Integer> groups = statusGroups(line);
        String base = groups.isEmpty() ? line : line.substring(0, Math.max(0, groups.get(0) - 1));
        Outcome.Builder b = Outcome.builder();
        parseBase(base, line, b);
        parseStatuses(groups, line, b);
        return b.build();
    }

    /**
     * Where the status groups start: the leftmost run of status-like brackets in which each
     * group closes with ']' right before the next one (or the end of the line) begins.
     * Empty when the line has no statuses.
     */
    private static List<Integer> statusGroups(String line) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = STATUS_START.matcher(line);
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '[' && (i == 0 || line.charAt(i - 1) == ' ')
                    && m.region(i + 1, line.length()).lookingAt()) {
                starts.add(i);
            }
        }
        for (int k = 0; k < starts.size(); k++) {
            boolean closed = true;
            for (int j = k; j < starts.size() && closed; j++) {
                closed = line.charAt(groupEnd(starts, j, line) - 1) == ']';
            }
            if (closed) {
                return starts.subList(k, starts.size());
            }
        }
        return List.of();
    }

    /** The index just after group {@code j}: before the space that precedes the next group. */
    private static int groupEnd(List<Integer> starts, int j, String line) {
        return j + 1 < starts.size() ? starts.get(j + 1) - 1 : line.length();
    }

    private static void parseBase(String base, String line, Outcome.Builder b) {
        if (base.isEmpty()) {
            return;
        }
        // name -> the text after "name: ", in line order.
        Map<String, StringBuilder> parts = new LinkedHashMap<>();
        StringBuilder finalPart = null;
        StringBuilder current = null;
        for (String piece : base.split("; ", -1)) {
            Matcher agent = AGENT_PART.matcher(piece);
            if (piece.startsWith("final: ")) {
                if (finalPart != null) {
                    throw new IllegalArgumentException("The outcome \"" + line + "\" has two final parts; write one.");
                }
                finalPart = new StringBuilder(piece.substring("final: ".length()));
                current = finalPart;
            } else if (agent.matches()) {
                String name = agent.group(1);
                if (parts.containsKey(name)) {
                    throw new IllegalArgumentException("The agent " + name + " appears twice in \"" + line
                            + "\"; write all its lines in one part, joined by \" | \".");
                }
                current = new StringBuilder(agent.group(2));
                parts.put(name, current);
            } else if (current != null) {
                current.append("; ").append(piece);
            } else {
                throw new IllegalArgumentException("\"" + piece + "\" is not an agent's output: write it as "
                        + "name: output, as in \"reader: 123456 191\", or as a status such as \"[deadlock: a, b]\".");
            }
        }
        parts.forEach((name, text) -> b.agent(name, List.of(text.toString().split(" \\| ", -1))));
        if (finalPart != null) {
            for (String entry : FINAL_SPLIT.split(finalPart, -1)) {
                int eq = entry.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("The final part of \"" + line + "\" has \"" + entry
                            + "\", which is not expr=value.");
                }
                b.finalValue(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
    }

    private static void parseStatuses(List<Integer> groups, String line, Outcome.Builder b) {
        for (int j = 0; j < groups.size(); j++) {
            String inner = line.substring(groups.get(j) + 1, groupEnd(groups, j, line) - 1);
            if (inner.startsWith("deadlock: ")) {
                b.deadlocked(names(inner.substring("deadlock: ".length()), line));
            } else if (inner.startsWith("livelock: ")) {
                b.livelocked(names(inner.substring("livelock: ".length()), line));
            } else if (inner.equals("step limit")) {
                b.stepLimit();
            } else {
                Matcher t = THREW.matcher(inner);
                if (!t.matches()) {
                    throw new IllegalArgumentException("\"[" + inner + "]\" in \"" + line + "\" is not a status.");
                }
                b.threw(t.group(1), t.group(2));
            }
        }
    }

    private static String[] names(String list, String line) {
        if (list.isBlank()) {
            throw new IllegalArgumentException("A status in \"" + line + "\" names no agents.");
        }
        return list.split(", ", -1);
    }
}
