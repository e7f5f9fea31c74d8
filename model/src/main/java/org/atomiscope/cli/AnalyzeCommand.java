package org.atomiscope.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.atomiscope.analysis.ScenarioAnalysis;
import org.atomiscope.explore.Explorer;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.Models;
import org.atomiscope.scenario.ScenarioSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code atomiscope analyze}: the findings a teacher points at (data races, lost updates, deadlocks,
 * livelocks, a blocking main thread), each with a schedule that shows it. It explores every model
 * asked for, so each outcome's witness is examined, plus the default and seeded random runs.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Finds data races, lost updates, deadlocks, livelocks and a blocking main thread, with witnesses.",
        footer = ExitCode.HELP)
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "<scenario>", description = "A library name or a path to a .js file or scenario folder.")
    private String scenario;

    @Option(names = "--model", paramLabel = "sc|tso|relaxed|all", defaultValue = "all",
            description = "Which memory model(s) to examine (default: ${DEFAULT-VALUE}).")
    private String model;

    @Option(names = "--max-states", paramLabel = "N", description = "Explore at most N distinct states per model (default: "
        + Explorer.DEFAULT_MAX_STATES + "; 0 examines runs only).")
    private long maxStates = Explorer.DEFAULT_MAX_STATES;

    @Option(names = "--random-runs", paramLabel = "N", defaultValue = "16",
            description = "Seeded random runs per model besides the default run (default: ${DEFAULT-VALUE}).")
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
        if (maxStates < 0 || randomRuns < 0) {
            err.println("atomiscope: --max-states and --random-runs must be 0 or more.");
            return ExitCode.USAGE;
        }
        try {
            ScenarioSource source = Loading.source(scenario, err);
            Map<String, Explorer.Result> explored = new LinkedHashMap<>();
            for (MemoryModel m : models) {
                org.atomiscope.machine.Program program = Loading.program(source, m, err);
                if (maxStates > 0) {
                    Explorer.Result r = Explorer.explore(program, maxStates, null);
                    explored.put(m.id(), r);
                    if (!r.complete()) {
                        err.println("atomiscope: exploring under " + m.id() + " " + r.stopReason()
                            + "; the analysis examines the executions found so far.");
                    }
                }
            }
            ScenarioAnalysis.Report report = ScenarioAnalysis.analyze(source, models, explored, randomRuns);
            out.println(source.name() + (source.title().isEmpty() ? "" : ": " + source.title()));
            Analyses.print(out, report, source);
            out.flush();
            return ExitCode.COMPLETED;
        } catch (Loading.Failed f) {
            return f.status;
        }
    }
}
