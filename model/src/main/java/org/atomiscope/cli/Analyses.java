package org.atomiscope.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import org.atomiscope.analysis.Finding;
import org.atomiscope.analysis.ScenarioAnalysis;
import org.atomiscope.analysis.Site;
import org.atomiscope.scenario.ScenarioSource;

/** Printing the analyses' findings, for {@code explore} and {@code analyze}. */
final class Analyses {
    private Analyses() {}

    /** A section after explore's table, or analyze's whole output (then with each witness step by step). */
    static void print(PrintWriter out, ScenarioAnalysis.Report report, ScenarioSource withWitnesses) {
        out.println();
        out.println("Analysis: " + report.summary());
        int n = 1;
        for (Finding f : report.findings()) {
            out.println();
            out.println("  " + n++ + ". " + (f.modelId() != null ? "[" + f.modelId() + "] " : "") + f.sentence());
            if (withWitnesses != null && !f.witness().isEmpty() && f.modelId() != null) {
                out.println("     A schedule that shows it:");
                ExploreCommand.printSchedule(out, withWitnesses, org.atomiscope.memory.Models.byId(f.modelId()).orElseThrow(),
                    f.witness());
            }
        }
    }

    static void json(ObjectNode node, ScenarioAnalysis.Report report) {
        node.put("executions", report.executions());
        node.put("raceFree", report.raceFree());
        node.put("summary", report.summary());
        ArrayNode findings = node.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode o = findings.addObject();
            o.put("kind", f.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            o.put("sentence", f.sentence());
            if (f.modelId() != null) {
                o.put("model", f.modelId());
            }
            ArrayNode sites = o.putArray("sites");
            for (Site s : f.sites()) {
                ObjectNode so = sites.addObject();
                so.put("agent", s.agentName());
                if (s.pos() != null) {
                    so.put("position", s.pos().toString());
                }
                so.put("what", s.what());
            }
            ArrayNode w = o.putArray("witness");
            f.witness().forEach(c -> w.add(c.label()));
        }
    }
}
