package org.atomiscope.trace;

import java.util.List;

/** Comma-separated values as RFC 4180 has them: a field with a comma, quote or line break is quoted. */
public final class Csv {
    private Csv() {}

    public static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** One line, ended by CRLF as the RFC asks. */
    public static String row(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(fields.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    public static String of(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
            sb.append(row(r));
        }
        return sb.toString();
    }
}
