package org.atomiscope.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomiscope.scenario.Expectation;
import org.atomiscope.scenario.Outcome;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.scenario.Verdict;
import org.atomiscope.trace.Csv;

/**
 * The outcome table of {@code atomiscope explore} as CSV (RFC 4180) or Markdown, for reports and
 * spreadsheets. Reporting is separate from exploring, as in jcstress: this class only formats
 * {@link Explorer.Result}s it is given.
 *
 * <p>Columns: {@code outcome}; per model (in the map's order) how many terminal states reach the
 * outcome, or {@code never}; {@code expected}, the verdicts of every {@code @expect} line matching
 * the outcome; {@code agrees}, whether exploring found what they say: {@code ✓}, or {@code ✗} with
 * what differs, or {@code ?} when an incomplete exploration cannot tell. Rows are the outcomes in
 * the order first seen (model by model), then each {@code @expect} that matched no outcome, so an
 * expected-never outcome still shows up as found never.
 *
 * <p>A verdict is graded as {@code atomiscope check} grades it: over the distinct outcomes a model
 * reached, how many the expectation matches ({@link Verdict#holds}).
 */
public final class OutcomeTable {
    /** The outcome cell for an execution that printed nothing and observed nothing. */
    public static final String NO_OUTPUT = "(no output)";

    private OutcomeTable() {}

    /** The table as CSV: a header row, then one record per row, CRLF line ends, fields quoted when needed. */
    public static String csv(ScenarioSource source, Map<String, Explorer.Result> byModel) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : table(source, byModel)) {
            List<String> fields = new ArrayList<>();
            for (String cell : row) {
                fields.add(Csv.field(cell));
            }
            out.append(String.join(",", fields)).append("\r\n");
        }
        return out.toString();
    }

    /**
     * The table as Markdown: a {@code ##} title, a pipe table (outcomes as code spans, {@code |}
     * escaped), and a line for each model whose exploration stopped early.
     */
    public static String markdown(ScenarioSource source, Map<String, Explorer.Result> byModel) {
        List<List<String>> table = table(source, byModel);
        StringBuilder out = new StringBuilder();
        out.append("## Outcomes of ").append(source.name()).append(" — ").append(source.title()).append("\n\n");
        List<String> header = table.get(0);
        out.append("| ").append(String.join(" | ", header.stream().map(OutcomeTable::mdCell).toList())).append(" |\n");
        out.append("|---|");
        for (int i = 1; i < header.size() - 2; i++) {
            out.append("---:|");
        }
        out.append("---|---|\n");
        for (List<String> row : table.subList(1, table.size())) {
            List<String> cells = new ArrayList<>();
            cells.add(row.get(0).equals(NO_OUTPUT) ? NO_OUTPUT : codeSpan(row.get(0)));
            row.subList(1, row.size()).forEach(c -> cells.add(mdCell(c)));
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        boolean first = true;
        for (Map.Entry<String, Explorer.Result> e : byModel.entrySet()) {
            if (!e.getValue().complete()) {
                out.append(first ? "\n" : "").append(e.getKey()).append(": exploration ").append(e.getValue().stopReason())
                        .append("; the table shows what was found so far, not every outcome.\n");
                first = false;
            }
        }
        return out.toString();
    }

    /** Header row, then outcome rows, then rows for expectations that matched nothing. */
    static List<List<String>> table(ScenarioSource source, Map<String, Explorer.Result> byModel) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Explorer.Result r : byModel.values()) {
            for (Explorer.Found f : r.outcomes()) {
                outcomes.putIfAbsent(f.outcome().toString(), f.outcome());
            }
        }
        List<Expectation> expects = source.header().expects();
        List<String> grades = new ArrayList<>();
        for (Expectation e : expects) {
            grades.add(grade(e, byModel));
        }
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("outcome");
        header.addAll(byModel.keySet());
        header.add("expected");
        header.add("agrees");
        table.add(header);
        boolean[] matchedSome = new boolean[expects.size()];
        for (Map.Entry<String, Outcome> o : outcomes.entrySet()) {
            List<String> row = new ArrayList<>();
            row.add(o.getKey().isEmpty() ? NO_OUTPUT : o.getKey());
            for (Explorer.Result r : byModel.values()) {
                Explorer.Found f = r.find(o.getKey());
                row.add(f == null ? "never" : Long.toString(f.count()));
            }
            List<String> expected = new ArrayList<>();
            List<String> agrees = new ArrayList<>();
            for (int i = 0; i < expects.size(); i++) {
                if (expects.get(i).matches(o.getValue())) {
                    matchedSome[i] = true;
                    expected.add(verdicts(expects.get(i), o.getKey()));
                    agrees.add(grades.get(i));
                }
            }
            row.add(String.join("; ", expected));
            row.add(String.join("; ", agrees));
            table.add(row);
        }
        for (int i = 0; i < expects.size(); i++) {
            if (!matchedSome[i]) {
                List<String> row = new ArrayList<>();
                row.add(expects.get(i).text());
                byModel.keySet().forEach(m -> row.add("never"));
                row.add(verdicts(expects.get(i), expects.get(i).text()));
                row.add(grades.get(i));
                table.add(row);
            }
        }
        return table;
    }

    /**
     * An expectation's verdicts, {@code sc: never, tso: never, relaxed: sometimes}, preceded by its
     * text in quotes when it names only part of the row's outcome.
     */
    private static String verdicts(Expectation e, String outcome) {
        List<String> parts = new ArrayList<>();
        e.verdicts().forEach((model, v) -> parts.add(model + ": " + v.word()));
        String list = String.join(", ", parts);
        return e.text().equals(outcome) ? list : "\"" + e.text() + "\" " + list;
    }

    /**
     * Whether exploring agrees with an expectation, over the models both name: {@code ✓}; {@code ✗ (...)}
     * with each model that disagrees; {@code ? (...)} when only an incomplete exploration keeps it
     * open (a witness found so far settles {@code sometimes}, nothing settles the others). Empty
     * when no model it names was explored.
     */
    private static String grade(Expectation e, Map<String, Explorer.Result> byModel) {
        List<String> wrong = new ArrayList<>();
        List<String> open = new ArrayList<>();
        boolean checked = false;
        for (Map.Entry<String, Verdict> v : e.verdicts().entrySet()) {
            Explorer.Result r = byModel.get(v.getKey());
            if (r == null) {
                continue;
            }
            checked = true;
            long matching = r.outcomes().stream().filter(f -> e.matches(f.outcome())).count();
            long total = r.outcomes().size();
            boolean holds = v.getValue().holds(matching, total);
            if (!r.complete() && !(holds && v.getValue() == Verdict.SOMETIMES)) {
                open.add(v.getKey() + ": exploration incomplete");
            } else if (!holds) {
                wrong.add(v.getKey() + ": expected " + v.getValue().word() + ", found " + Verdict.of(matching, total).word());
            }
        }
        if (!checked) {
            return "";
        }
        if (!wrong.isEmpty()) {
            wrong.addAll(open);
            return "✗ (" + String.join(", ", wrong) + ")";
        }
        return open.isEmpty() ? "✓" : "? (" + String.join(", ", open) + ")";
    }

    /** A plain table cell: pipes escaped (GitHub Markdown), line breaks as spaces. */
    private static String mdCell(String cell) {
        return cell.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    /**
     * An outcome as a code span, so Markdown does not read its text as emphasis or links. In a
     * GitHub table a pipe must be escaped even inside a code span; the table removes the backslash.
     */
    private static String codeSpan(String text) {
        String fence = text.contains("`") ? "``" : "`";
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text.replace("|", "\\|").replace("\r", " ").replace("\n", " ") + pad + fence;
    }
}
