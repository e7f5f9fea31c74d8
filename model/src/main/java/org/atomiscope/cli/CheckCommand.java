package org.atomiscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.atomiscope.explore.Explorer;
import org.atomiscope.explore.GoalSearch;
import org.atomiscope.lang.ScenarioSyntaxError;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.Models;
import org.atomiscope.scenario.Expectation;
import org.atomiscope.scenario.Goal;
import org.atomiscope.scenario.ScenarioHeader;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioLoadException;
import org.atomiscope.scenario.ScenarioLoader;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.scenario.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code atomiscope check}: explores every scenario under every model its {@code @expect} lines name
 * and checks each verdict, and checks that every {@code @goal} can be reached under the scenario's
 * {@code @model}. Ends with {@code N passed, M failed (K scenarios)}; exit status 1 on any failure.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks every @expect line of scenarios by exploring them under the models they name,",
            "and that every @goal can be reached under the scenario's @model."},
        footer = ExitCode.HELP)
final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "<path>", arity = "0..*",
            description = "Scenario files, folders, or directories to search (default: the whole library).")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--max-states", paramLabel = "N", description = "Per scenario and model (default: "
        + Explorer.DEFAULT_MAX_STATES + ").")
    private long maxStates = Explorer.DEFAULT_MAX_STATES;

    @Option(names = {"-q", "--quiet"}, description = "Print only failures and the summary.")
    private boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ScenarioSource> sources = new ArrayList<>();
        List<String> unloadable = new ArrayList<>();
        try {
            if (paths.isEmpty()) {
                sources.addAll(ScenarioLibrary.fromClasspath().list());
            }
            for (String p : paths) {
                if (!Files.exists(Path.of(p)) && ScenarioLibrary.fromClasspath().named(p).isPresent()) {
                    sources.add(ScenarioLibrary.fromClasspath().named(p).get()); // a library name, as run takes
                } else {
                    collect(Path.of(p), sources, unloadable);
                }
            }
        } catch (ScenarioLoadException | IOException e) {
            err.println("atomiscope: " + e.getMessage());
            return ExitCode.CANNOT_LOAD;
        }
        int passed = 0;
        int failed = unloadable.size();
        int gaps = 0;
        int withoutExpect = 0;
        for (String problem : unloadable) {
            out.println("FAIL  " + problem);
        }
        for (ScenarioSource s : sources) {
            try {
                Program.compile(s, Models.ALL.get(0)); // a syntax error fails the scenario, @expect or not
            } catch (ScenarioSyntaxError x) {
                failed++;
                out.println("FAIL  " + s.name() + ": " + x.getMessage());
                continue;
            }
            if (s.header().expects().isEmpty() && s.header().goals().isEmpty()) {
                withoutExpect++;
            }
            Map<String, Explorer.Result> explored = new HashMap<>();
            for (Expectation e : s.header().expects()) {
                for (Map.Entry<String, Verdict> v : e.verdicts().entrySet()) {
                    String problem;
                    String found;
                    try {
                        Explorer.Result r = explored.computeIfAbsent(v.getKey(), id -> explore(s, id));
                        long matching = r.outcomes().stream().filter(f -> e.matches(f.outcome())).count();
                        long total = r.outcomes().size();
                        found = matching + " of " + total + " outcome" + (total == 1 ? "" : "s");
                        problem = !r.complete() ? "exploration " + r.stopReason()
                            : v.getValue().holds(matching, total) ? null
                            : "expected " + v.getValue().word() + " but found " + found + " matching";
                    } catch (ScenarioSyntaxError x) {
                        found = "";
                        problem = x.getMessage();
                    }
                    String line = s.name() + "  \"" + e.text() + "\"  " + v.getKey() + ": " + v.getValue().word();
                    ScenarioHeader.KnownGap gap = gap(s, v.getKey(), e.text());
                    if (gap != null) {
                        if (problem == null) {
                            failed++;
                            out.println("FAIL  " + line + ": holds now, but the header calls it a known gap ("
                                + gap.reason() + "): remove the @known-gap line");
                        } else {
                            gaps++;
                            out.println("gap   " + line + ": known gap: " + gap.reason());
                        }
                        continue;
                    }
                    if (report(out, line, problem, found)) {
                        passed++;
                    } else {
                        failed++;
                    }
                }
            }
            for (Goal g : s.header().goals()) {
                String model = s.header().model();
                String line = s.name() + "  goal \"" + g.text() + "\"  " + model + ": reachable";
                String problem;
                String found = "";
                try {
                    Explorer.Result r = explored.computeIfAbsent(model, id -> explore(s, id));
                    GoalSearch.Answer a = GoalSearch.in(r, g);
                    int steps = a.path().size();
                    found = "witness of " + steps + " step" + (steps == 1 ? "" : "s");
                    problem = switch (a.status()) {
                        case REACHABLE, REACHED -> null;
                        case UNKNOWN -> "exploration " + r.stopReason();
                        case UNREACHABLE -> "no schedule reaches it among " + r.outcomes().size() + " outcome"
                            + (r.outcomes().size() == 1 ? "" : "s");
                    };
                } catch (ScenarioSyntaxError x) {
                    problem = x.getMessage();
                }
                if (report(out, line, problem, found)) {
                    passed++;
                } else {
                    failed++;
                }
            }
        }
        if (gaps > 0) {
            out.println(gaps + " known gap" + (gaps == 1 ? "" : "s") + " (see @known-gap in the scenarios named above)");
        }
        if (withoutExpect > 0) {
            out.println(withoutExpect + " scenario" + (withoutExpect == 1 ? " has" : "s have")
                    + " no @expect or @goal lines to check");
        }
        out.println(passed + " passed, " + failed + " failed (" + sources.size() + " scenario"
                + (sources.size() == 1 ? "" : "s") + ")");
        out.flush();
        return failed == 0 ? ExitCode.COMPLETED : ExitCode.AGENT_THREW;
    }

    /** Prints one checked line; true when it passed ({@code problem} is null). */
    private boolean report(PrintWriter out, String line, String problem, String found) {
        if (problem != null) {
            out.println("FAIL  " + line + ": " + problem);
            return false;
        }
        if (!quiet) {
            out.println("ok    " + line + "  (" + found + ")");
        }
        return true;
    }

    private static ScenarioHeader.KnownGap gap(ScenarioSource s, String model, String outcome) {
        for (ScenarioHeader.KnownGap g : s.header().knownGaps()) {
            if (g.model().equals(model) && g.outcome().equals(outcome)) {
                return g;
            }
        }
        return null;
    }

    private Explorer.Result explore(ScenarioSource s, String modelId) {
        MemoryModel model = Models.byId(modelId).orElseThrow();
        return Explorer.explore(Program.compile(s, model), maxStates, null);
    }

    /**
     * A scenario file or folder, a library folder (with index.txt), or a directory searched for them.
     * A scenario that cannot be loaded (a bad header) is reported and the others are still checked.
     */
    private static void collect(Path p, List<ScenarioSource> out, List<String> unloadable) throws IOException {
        if (!Files.exists(p)) {
            throw new ScenarioLoadException("There is no file or folder at " + p + ", and no library scenario of that name.");
        }
        if (Files.isRegularFile(p) || Files.exists(p.resolve(ScenarioLoader.MAIN))) {
            try {
                out.add(ScenarioLoader.load(p));
            } catch (ScenarioLoadException e) {
                unloadable.add(p + ": " + e.getMessage());
            }
            return;
        }
        if (Files.exists(p.resolve(ScenarioLibrary.INDEX))) {
            out.addAll(ScenarioLibrary.fromDirectory(p).list());
            return;
        }
        try (Stream<Path> children = Files.list(p)) {
            for (Path c : children.sorted().toList()) {
                String name = c.getFileName().toString();
                if (name.startsWith(".") || name.equals("target")) {
                    continue;
                }
                if (Files.isDirectory(c) || name.endsWith(".js")) {
                    collect(c, out, unloadable);
                }
            }
        }
    }
}
