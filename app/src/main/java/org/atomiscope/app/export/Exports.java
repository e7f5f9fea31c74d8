package org.atomiscope.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.atomiscope.app.heatmap.HeatmapView;
import org.atomiscope.app.outcomes.OutcomesView;
import org.atomiscope.app.session.Session;
import org.atomiscope.app.session.Stepper;
import org.atomiscope.app.timeline.TimelineView;
import org.atomiscope.explore.Explorer;
import org.atomiscope.explore.OutcomeTable;
import org.atomiscope.litmus.Litmus;
import org.atomiscope.litmus.NotLitmusShaped;
import org.atomiscope.trace.AtomicFiles;
import org.atomiscope.trace.Trace;
import org.atomiscope.trace.TraceFile;
import org.atomiscope.trace.TraceFormat;

/**
 * Everything the window exports, each to a file written whole or not at all. Every method returns
 * the sentence the status line shows, or throws {@link Refused} (nothing to export yet, not
 * litmus-shaped) or {@link IOException} (the file could not be written; the old one is intact).
 */
public final class Exports {
    private final Session session;
    private final TimelineView timeline;
    private final HeatmapView heatmap;
    private final OutcomesView outcomes;

    /** An export that cannot be made now; the message says why and what to do. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** What can be exported, in menu order. */
    public enum Kind {
        TRACE_JSON("Trace (Atomiscope JSON)…", "trace.json", "Atomiscope trace", "*.json"),
        TRACE_CHROME("Trace for Perfetto (Chrome JSON)…", "chrome.json", "Chrome trace", "*.json"),
        TRACE_CSV("Trace as CSV…", "trace.csv", "CSV", "*.csv"),
        TIMELINE_PNG("Timeline as PNG…", "timeline.png", "PNG image", "*.png"),
        TIMELINE_SVG("Timeline as SVG…", "timeline.svg", "SVG image", "*.svg"),
        HEATMAP_PNG("Heatmap as PNG…", "heatmap.png", "PNG image", "*.png"),
        HEATMAP_SVG("Heatmap as SVG…", "heatmap.svg", "SVG image", "*.svg"),
        OUTCOMES_CSV("Outcomes as CSV…", "outcomes.csv", "CSV", "*.csv"),
        OUTCOMES_MARKDOWN("Outcomes as Markdown…", "outcomes.md", "Markdown", "*.md"),
        LITMUS("Scenario as herd litmus test…", "litmus", "herd C litmus test", "*.litmus");

        public final String menuName;
        /** The default file name's ending, after the scenario's name and a dot. */
        public final String suffix;
        public final String filterName;
        public final String pattern;

        Kind(String menuName, String suffix, String filterName, String pattern) {
            this.menuName = menuName;
            this.suffix = suffix;
            this.filterName = filterName;
            this.pattern = pattern;
        }
    }

    public Exports(Session session, TimelineView timeline, HeatmapView heatmap, OutcomesView outcomes) {
        this.session = session;
        this.timeline = timeline;
        this.heatmap = heatmap;
        this.outcomes = outcomes;
    }

    /** The file name a save dialog suggests: "19-reordering-123456-191.timeline.svg". */
    public String suggestedName(Kind kind) {
        String name = session.scenario() == null ? "atomiscope" : session.scenario().name();
        return name + "." + kind.suffix;
    }

    public String export(Kind kind, Path file) throws Refused, IOException {
        if (session.scenario() == null) {
            throw new Refused("Open a scenario first: there is nothing to export.");
        }
        return switch (kind) {
            case TRACE_JSON -> trace(TraceFormat.JSON, file);
            case TRACE_CHROME -> trace(TraceFormat.CHROME, file);
            case TRACE_CSV -> trace(TraceFormat.CSV, file);
            case TIMELINE_PNG -> {
                timeline.exportPng(file);
                yield "Saved the timeline as " + file + ".";
            }
            case TIMELINE_SVG -> {
                timeline.exportSvg(file);
                yield "Saved the timeline as " + file + ".";
            }
            case HEATMAP_PNG -> {
                heatmap.exportPng(file);
                yield "Saved the heatmap as " + file + ".";
            }
            case HEATMAP_SVG -> {
                heatmap.exportSvg(file);
                yield "Saved the heatmap as " + file + ".";
            }
            case OUTCOMES_CSV, OUTCOMES_MARKDOWN -> outcomes(kind, file);
            case LITMUS -> litmus(file);
        };
    }

    private String trace(TraceFormat format, Path file) throws Refused, IOException {
        Stepper s = session.primary();
        if (s == null) {
            throw new Refused("The scenario has an error, so there is no run to export; see Problems.");
        }
        if (session.busy()) {
            throw new Refused("A long step is still being computed; export when it has landed.");
        }
        Trace trace = Trace.of(session.scenario(), s.model(), s.history().schedule(), s.history().events(), s.machine());
        TraceFile.write(file, format, trace);
        return "Saved the trace (" + trace.schedule().size() + " steps, " + trace.events().size() + " events, "
            + s.model().displayName() + ") as " + file + ".";
    }

    private String outcomes(Kind kind, Path file) throws Refused, IOException {
        Map<String, Explorer.Result> results = outcomes.results();
        if (results.isEmpty()) {
            throw new Refused("Explore the outcomes first (Ctrl+E): the table is empty.");
        }
        String text = kind == Kind.OUTCOMES_CSV ? OutcomeTable.csv(session.scenario(), results)
            : OutcomeTable.markdown(session.scenario(), results);
        AtomicFiles.writeString(file, text);
        return "Saved the outcome table as " + file + ".";
    }

    private String litmus(Path file) throws Refused, IOException {
        String text;
        try {
            text = Litmus.export(session.scenario());
        } catch (NotLitmusShaped e) {
            throw new Refused("This scenario does not export as a litmus test: " + e.getMessage());
        }
        AtomicFiles.writeString(file, text);
        return "Saved the scenario as a herd litmus test: " + file + ".";
    }
}
