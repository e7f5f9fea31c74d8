package org.atomiscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.atomiscope.analysis.ScenarioAnalysis;
import org.atomiscope.explore.Explorer;
import org.atomiscope.explore.OutcomeTable;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.machine.Step;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.Models;
import org.atomiscope.scenario.Expectation;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.trace.Trace;
import org.atomiscope.trace.TraceFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code atomiscope explore}: every reachable outcome of a scenario under one or all memory
 * models, as a table like herd's summary: one row per outcome, one column per model with
 * {@code never} or how many terminal states reach it.
 */
@Command(name = "explore", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Explores every execution of a scenario and tabulates its outcomes per memory model.",
        footer = ExitCode.HELP)
final class ExploreCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "<scenario>", description = "A library name or a path to a .js file or scenario folder.")
    private String scenario;

    @Option(names = "--model", paramLabel = "sc|tso|relaxed|all", defaultValue = "all",
            description = "Which memory model(s) to explore (default: ${DEFAULT-VALUE}).")
    private String model;

    @Option(names = "--max-states", paramLabel = "N", description = "Stop after N distinct states per model (default: "
        + Explorer.DEFAULT_MAX_STATES + ").")
    private long maxStates = Explorer.DEFAULT_MAX_STATES;

    @Option(names = "--witness", paramLabel = "<outcome>",
            description = "Print, step by step, a schedule that reaches an outcome with these parts, e.g. \"reader: 123456 191\".")
    private String witness;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    @Option(names = "--csv", description = "Print the outcome table as CSV (with the @expect verdicts).")
    private boolean csv;

    @Option(names = "--markdown", description = "Print the outcome table as a Markdown table (with the @expect verdicts).")
    private boolean markdown;

    @Option(names = "--trace", paramLabel = "<file>",
            description = "With --witness: write the witness execution's trace to this file (the first model that reaches it).")
    private Path trace;

    @Option(names = "--format", paramLabel = "json|chrome|csv", defaultValue = "json",
            description = "The trace's format (default: ${DEFAULT-VALUE}); see 'atomiscope run --help'.")
    private String format;

    @Option(names = "--random-runs", paramLabel = "N", defaultValue = "8",
            description = "Seeded random runs per model the analyses examine besides the default run and each outcome's witness "
                + "(default: ${DEFAULT-VALUE}).")
    private int randomRuns;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<MemoryModel> models;
        try {
            models = Models.parse(model);
        } catch (IllegalArgumentException e) {
            err.println("atomiscope: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (maxStates <= 0) {
            err.println("atomiscope: --max-states must be a positive number of states.");
            return ExitCode.USAGE;
        }
        if ((json ? 1 : 0) + (csv ? 1 : 0) + (markdown ? 1 : 0) > 1) {
            err.println("atomiscope: choose one of --json, --csv and --markdown.");
            return ExitCode.USAGE;
        }
        if (trace != null && witness == null) {
            err.println("atomiscope: --trace needs --witness \"<outcome>\": it writes the execution that reaches that outcome.");
            return ExitCode.USAGE;
        }
        if (randomRuns < 0) {
            err.println("atomiscope: --random-runs must be 0 or more.");
            return ExitCode.USAGE;
        }
        Expectation wanted = null;
        if (witness != null) {
            try {
                wanted = Expectation.of(witness, Map.of(), null);
            } catch (IllegalArgumentException e) {
                err.println("atomiscope: --witness: " + e.getMessage());
                return ExitCode.USAGE;
            }
        }
        try {
            TraceFormat traceFormat = Traces.format(format, err);
            ScenarioSource source = Loading.source(scenario, err);
            Map<MemoryModel, Explorer.Result> results = new LinkedHashMap<>();
            Map<MemoryModel, Long> millis = new LinkedHashMap<>();
            for (MemoryModel m : models) {
                Program program = Loading.program(source, m, err);
                long t0 = System.nanoTime();
                Explorer.Result r = Explorer.explore(program, maxStates,
                    (states, transitions) -> err.printf("exploring %s under %s: %,d states, %,d transitions so far…%n",
                        source.name(), m.id(), states, transitions));
                millis.put(m, (System.nanoTime() - t0) / 1_000_000);
                results.put(m, r);
            }
            Map<String, Explorer.Result> byId = new LinkedHashMap<>();
            results.forEach((m, r) -> byId.put(m.id(), r));
            if (csv || markdown) {
                out.print(csv ? OutcomeTable.csv(source, byId) : OutcomeTable.markdown(source, byId));
            } else {
                ScenarioAnalysis.Report analysis = ScenarioAnalysis.analyze(source, models, byId, randomRuns);
                if (json) {
                    // JSON output stays JSON: every outcome already carries its witness.
                    printJson(out, source, results, millis, analysis);
                } else {
                    printTable(out, source, results, millis);
                    Analyses.print(out, analysis, null);
                    if (wanted != null) {
                        printWitnesses(out, source, results, wanted);
                    }
                }
            }
            out.flush();
            if (trace != null && !writeWitnessTrace(out, err, source, results, wanted, traceFormat)) {
                return ExitCode.CANNOT_WRITE; // unwritable, or no execution to write: either way no file
            }
            boolean complete = results.values().stream().allMatch(Explorer.Result::complete);
            return complete ? ExitCode.COMPLETED : ExitCode.STEP_LIMIT;
        } catch (Loading.Failed f) {
            return f.status;
        }
    }

    private static void printTable(PrintWriter out, ScenarioSource source, Map<MemoryModel, Explorer.Result> results,
                                   Map<MemoryModel, Long> millis) {
        LinkedHashSet<String> rows = new LinkedHashSet<>();
        for (Explorer.Result r : results.values()) {
            for (Explorer.Found f : r.outcomes()) {
                rows.add(f.outcome().toString());
            }
        }
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("outcome");
        results.keySet().forEach(m -> header.add(m.id()));
        table.add(header);
        for (String row : rows) {
            List<String> line = new ArrayList<>();
            line.add(row.isEmpty() ? "(no output)" : row);
            for (Explorer.Result r : results.values()) {
                Explorer.Found f = r.find(row);
                line.add(f == null ? "never" : String.format("%,d", f.count()));
            }
            table.add(line);
        }
        table.add(List.of());
        table.add(summary("states", results, r -> String.format("%,d", r.states())));
        table.add(summary("transitions", results, r -> String.format("%,d", r.transitions())));
        table.add(summary("complete", results, r -> r.complete() ? "yes" : "NO"));
        List<String> time = new ArrayList<>();
        time.add("time");
        millis.values().forEach(ms -> time.add(String.format("%,d ms", ms)));
        table.add(time);
        out.println("Outcomes of " + source.name() + " (" + String.join(", ", results.keySet().stream().map(MemoryModel::id).toList())
            + "): terminal states reaching each outcome, or never");
        out.println();
        int[] widths = new int[header.size()];
        for (List<String> line : table) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : table) {
            StringBuilder sb = new StringBuilder("  ");
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                sb.append(i == 0 ? String.format("%-" + widths[0] + "s", cell) : String.format("  %" + widths[i] + "s", cell));
            }
            out.println(sb.toString().stripTrailing());
        }
        for (Map.Entry<MemoryModel, Explorer.Result> e : results.entrySet()) {
            if (!e.getValue().complete()) {
                out.println();
                out.println("Exploration under " + e.getKey().id() + " " + e.getValue().stopReason()
                    + ": the table shows what was found so far, not every outcome.");
            }
        }
    }

    private static List<String> summary(String name, Map<MemoryModel, Explorer.Result> results,
                                        java.util.function.Function<Explorer.Result, String> f) {
        List<String> line = new ArrayList<>();
        line.add(name);
        results.values().forEach(r -> line.add(f.apply(r)));
        return line;
    }

    /** The trace of the first model's witness for the wanted outcome; false when none was written. */
    private boolean writeWitnessTrace(PrintWriter out, PrintWriter err, ScenarioSource source,
                                      Map<MemoryModel, Explorer.Result> results, Expectation wanted, TraceFormat format) {
        for (Map.Entry<MemoryModel, Explorer.Result> e : results.entrySet()) {
            Explorer.Found found = witnessFor(e.getValue(), wanted);
            if (found != null) {
                return Traces.write(trace, format, Trace.record(source, e.getKey(), found.witness()), out, err);
            }
        }
        err.println("atomiscope: no model reaches an outcome with \"" + wanted.text() + "\", so no trace was written.");
        return false;
    }

    private static Explorer.Found witnessFor(Explorer.Result result, Expectation wanted) {
        for (Explorer.Found f : result.outcomes()) {
            if (wanted.matches(f.outcome())) {
                return f;
            }
        }
        return null;
    }

    private static void printJson(PrintWriter out, ScenarioSource source, Map<MemoryModel, Explorer.Result> results,
                                  Map<MemoryModel, Long> millis, ScenarioAnalysis.Report analysis) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("scenario", source.name());
        ObjectNode models = root.putObject("models");
        for (Map.Entry<MemoryModel, Explorer.Result> e : results.entrySet()) {
            Explorer.Result r = e.getValue();
            ObjectNode m = models.putObject(e.getKey().id());
            m.put("states", r.states());
            m.put("transitions", r.transitions());
            m.put("complete", r.complete());
            if (!r.complete()) {
                m.put("stopped", r.stopReason());
            }
            m.put("millis", millis.get(e.getKey()));
            ArrayNode outcomes = m.putArray("outcomes");
            for (Explorer.Found f : r.outcomes()) {
                ObjectNode o = outcomes.addObject();
                o.put("outcome", f.outcome().toString());
                o.put("terminalStates", f.count());
                ArrayNode w = o.putArray("witness");
                f.witness().forEach(c -> w.add(c.label()));
            }
        }
        Analyses.json(root.putObject("analysis"), analysis);
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void printWitnesses(PrintWriter out, ScenarioSource source, Map<MemoryModel, Explorer.Result> results,
                                       Expectation wanted) {
        for (Map.Entry<MemoryModel, Explorer.Result> e : results.entrySet()) {
            out.println();
            Explorer.Found found = witnessFor(e.getValue(), wanted);
            if (found == null) {
                out.println("No execution under " + e.getKey().id() + " reaches an outcome with \"" + wanted.text() + "\""
                    + (e.getValue().complete() ? "" : " among the states explored")
                    + " (each part names an agent's whole output, as in the table).");
                continue;
            }
            out.println("Witness under " + e.getKey().id() + " for \"" + wanted.text() + "\" (outcome: " + found.outcome() + "):");
            printSchedule(out, source, e.getKey(), found.witness());
        }
    }

    /** Replays a schedule and prints each step with what it did. */
    static void printSchedule(PrintWriter out, ScenarioSource source, MemoryModel model, List<Choice> schedule) {
        Machine m = Machine.initial(Program.compile(source, model));
        int n = 1;
        for (Choice c : schedule) {
            Step s = m.take(c);
            List<String> did = new ArrayList<>();
            for (Event ev : s.events()) {
                switch (ev.kind()) {
                    case IDLE, START -> { }
                    case CONSOLE -> did.add("prints " + ev.text());
                    default -> did.add(ev.text());
                }
            }
            out.printf("  %3d. %s%s%n", n++, c.label(), did.isEmpty() ? "" : "   [" + String.join("; ", did) + "]");
            m = s.machine();
        }
    }
}
