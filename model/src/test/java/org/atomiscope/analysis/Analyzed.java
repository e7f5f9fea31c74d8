package org.atomiscope.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.explore.Explorer;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.Models;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;

/** Test support: a library scenario explored under every model and analysed with the explorer's witnesses. */
final class Analyzed {
    private Analyzed() {}

    static final ScenarioLibrary LIBRARY = ScenarioLibrary.fromClasspath();

    static Map<String, Explorer.Result> explore(ScenarioSource s, List<MemoryModel> models) {
        Map<String, Explorer.Result> out = new LinkedHashMap<>();
        for (MemoryModel m : models) {
            out.put(m.id(), Explorer.explore(Program.compile(s, m), Explorer.DEFAULT_MAX_STATES, null));
        }
        return out;
    }

    static ScenarioAnalysis.Report library(String name) {
        ScenarioSource s = LIBRARY.find(name);
        return ScenarioAnalysis.analyze(s, Models.ALL, explore(s, Models.ALL), 4);
    }

    static List<Finding> of(ScenarioAnalysis.Report r, Finding.Kind kind) {
        return r.findings().stream().filter(f -> f.kind() == kind).toList();
    }

    /** Whether any site of the finding concerns the element, e.g. "x[0]". */
    static boolean on(Finding f, String element) {
        return f.sites().stream().anyMatch(s -> s.what().endsWith(" " + element));
    }
}
