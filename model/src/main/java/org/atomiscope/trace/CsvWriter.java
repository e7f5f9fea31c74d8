package org.atomiscope.trace;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.atomiscope.machine.Event;

/**
 * Writes one row per event for spreadsheets and scripts, as RFC 4180 describes CSV: a header row,
 * CRLF line ends, and a field quoted when it holds a comma, a double quote, CR or LF (quotes inside
 * doubled). Columns without a value for an event are empty.
 */
final class CsvWriter {
    private CsvWriter() {}

    static final List<String> COLUMNS = List.of("index", "step", "agent", "kind", "file", "line", "column", "text",
        "block", "byte", "size", "type", "target", "element", "order", "value", "stored", "reads_from",
        "synchronizes_with");

    private static final String EOL = "\r\n";

    static void write(Trace trace, Writer out) throws IOException {
        Links links = Links.of(trace);
        row(out, COLUMNS);
        List<Event> events = trace.events();
        List<String> cells = new ArrayList<>(COLUMNS.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            cells.clear();
            cells.add(Integer.toString(i));
            cells.add(Long.toString(e.step()));
            cells.add(e.agentName());
            cells.add(e.kind().name());
            cells.add(e.pos() == null ? "" : e.pos().file());
            cells.add(e.pos() == null ? "" : Integer.toString(e.pos().line()));
            cells.add(e.pos() == null ? "" : Integer.toString(e.pos().column()));
            cells.add(e.text());
            Event.Access a = e.access();
            if (a == null) {
                for (int k = 0; k < 9; k++) {
                    cells.add("");
                }
            } else {
                cells.add(Integer.toString(a.block()));
                cells.add(Integer.toString(a.byteIndex()));
                cells.add(Integer.toString(a.byteSize()));
                cells.add(a.type().constructorName());
                cells.add(a.target());
                cells.add(Integer.toString(a.index()));
                cells.add(NativeWriter.order(a));
                cells.add(Numbers.format(a.value()));
                cells.add(a.writes() ? Numbers.format(a.stored()) : "");
            }
            cells.add(links.readsFrom(i) < 0 ? "" : Integer.toString(links.readsFrom(i)));
            StringBuilder sync = new StringBuilder();
            for (int s : links.synchronizesWith(i)) {
                sync.append(sync.length() == 0 ? "" : " ").append(s);
            }
            cells.add(sync.toString());
            row(out, cells);
        }
        out.flush();
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells.get(i)));
        }
        out.write(EOL);
    }

    /** RFC 4180 §2 (see {@link Csv#field}); a missing field is empty. */
    static String quoted(String field) {
        return field == null ? "" : Csv.field(field);
    }
}
