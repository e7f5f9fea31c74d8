package org.atomiscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.js.JsNumbers;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.machine.Run;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.trace.Csv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code atomiscope heatmap}: what the app's heatmap counts, per element of each shared buffer, for
 * one run: reads, writes, read-modify-writes, atomic and plain accesses, the agents that touched
 * it, its last writer and final value. Only elements the run touched get a row, so a 256 MiB buffer
 * with three busy cells gives three rows.
 */
@Command(name = "heatmap", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs a scenario once and prints per-element access counts of its shared buffers.",
        footer = ExitCode.HELP)
final class HeatmapCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "<scenario>", description = "A library name or a path to a .js file or scenario folder.")
    private String scenario;

    @Mixin
    private RunOptions options;

    @Option(names = "--type", paramLabel = "Int32Array|Uint8Array|…",
            description = "Count elements of this view type (default: per buffer, the type most of its accesses use).")
    private String type;

    @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
            description = "Aligned columns for reading, or CSV for a spreadsheet (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--out", paramLabel = "<file>", description = "Write to this file instead of the terminal.")
    private Path file;

    /** One element's counts. */
    private static final class Cell {
        int reads;
        int writes;
        int rmws;
        int atomic;
        int plain;
        final TreeSet<String> agents = new TreeSet<>();
        String lastWriter = "";
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("table") && !format.equals("csv")) {
            err.println("atomiscope: unknown format '" + format + "': use table or csv.");
            return ExitCode.USAGE;
        }
        ElementType fixed = null;
        if (type != null) {
            fixed = ElementType.byConstructorName(type).or(() -> ElementType.byConstructorName(type + "Array")).orElse(null);
            if (fixed == null) {
                err.println("atomiscope: unknown view type '" + type + "': use a typed-array name such as Int32Array or Uint8Array.");
                return ExitCode.USAGE;
            }
        }
        Program program;
        try {
            MemoryModel model = options.check(err);
            program = Loading.program(Loading.source(scenario, err), model, err);
        } catch (Loading.Failed f) {
            return f.status;
        }
        List<Event.Access> accesses = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        Run.Result r = Run.run(Machine.initial(program), options.scheduler(), options.limit(program), e -> {
            if (e.access() != null && e.kind() != Event.Kind.MEMORY) {
                accesses.add(e.access());
                events.add(e);
            }
        });
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("block", "type", "element", "byte", "reads", "writes", "rmw", "atomic", "plain", "agents", "last_writer",
            "final"));
        Map<Integer, ElementType> types = typePerBlock(accesses, fixed);
        Map<Integer, TreeMap<Integer, Cell>> cells = new TreeMap<>();
        for (Event e : events) {
            Event.Access a = e.access();
            ElementType t = types.get(a.block());
            int size = t.byteSize();
            // An access counts for every element of the chosen type that its bytes touch.
            // With --type, a buffer whose length is no multiple of the width ends in a partial element: left out.
            int length = blockLength(r.last(), a.block());
            for (int element = a.byteIndex() / size; element * size < a.byteIndex() + a.byteSize()
                    && (element + 1) * size <= length; element++) {
                Cell c = cells.computeIfAbsent(a.block(), k -> new TreeMap<>()).computeIfAbsent(element, k -> new Cell());
                switch (e.kind()) {
                    case RMW -> c.rmws++;
                    case WRITE -> c.writes++;
                    default -> c.reads++;
                }
                if (a.atomic()) {
                    c.atomic++;
                } else {
                    c.plain++;
                }
                c.agents.add(e.agentName());
                if (a.writes()) {
                    c.lastWriter = e.agentName();
                }
            }
        }
        Machine last = r.last();
        for (var block : cells.entrySet()) {
            ElementType t = types.get(block.getKey());
            for (var entry : block.getValue().entrySet()) {
                Cell c = entry.getValue();
                int element = entry.getKey();
                List<String> finals = new ArrayList<>();
                for (long raw : last.memory().finalValues(block.getKey(), t, element * t.byteSize())) {
                    finals.add(JsNumbers.toJsString(t.fromRaw(raw)));
                }
                rows.add(List.of(String.valueOf(block.getKey()), t.constructorName(), String.valueOf(element),
                    String.valueOf(element * t.byteSize()), String.valueOf(c.reads), String.valueOf(c.writes),
                    String.valueOf(c.rmws), String.valueOf(c.atomic), String.valueOf(c.plain), String.join(" ", c.agents),
                    c.lastWriter, String.join(" or ", finals)));
            }
        }
        String text = format.equals("csv") ? Csv.of(rows) : table(rows, program, r);
        if (file != null) {
            if (!Traces.writeText(file, text, err)) {
                return ExitCode.CANNOT_WRITE;
            }
            out.println("heatmap: " + (rows.size() - 1) + " elements, written to " + file + ".");
        } else {
            out.print(text);
        }
        out.flush();
        return ExitCode.COMPLETED;
    }

    private static int blockLength(Machine m, int block) {
        return block < m.blockCount() ? m.blockLength(block) : Integer.MAX_VALUE;
    }

    /** Per block, the fixed type or the type most accesses to the block use (ties: the wider). */
    private static Map<Integer, ElementType> typePerBlock(List<Event.Access> accesses, ElementType fixed) {
        Map<Integer, Map<ElementType, Integer>> uses = new HashMap<>();
        for (Event.Access a : accesses) {
            uses.computeIfAbsent(a.block(), k -> new HashMap<>()).merge(a.type(), 1, Integer::sum);
        }
        Map<Integer, ElementType> out = new HashMap<>();
        uses.forEach((block, count) -> out.put(block, fixed != null ? fixed : count.entrySet().stream()
            .max((x, y) -> x.getValue().equals(y.getValue()) ? Integer.compare(x.getKey().byteSize(), y.getKey().byteSize())
                : Integer.compare(x.getValue(), y.getValue()))
            .orElseThrow().getKey()));
        return out;
    }

    private static String table(List<List<String>> rows, Program program, Run.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Accesses per element in one run of ").append(program.source.name()).append(" under ").append(program.model.id())
            .append(" (").append(r.schedule().size()).append(" steps; elements nobody touched are left out)\n\n");
        if (rows.size() == 1) {
            return sb.append("  No shared memory was accessed.\n").toString();
        }
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < row.size(); i++) {
                boolean text = i == 1 || i >= 9;
                line.append(' ').append(text ? String.format("%-" + widths[i] + "s", row.get(i))
                    : String.format("%" + widths[i] + "s", row.get(i)));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
