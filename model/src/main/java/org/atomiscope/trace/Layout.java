package org.atomiscope.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The layout of the JSON files a trace is written as, chosen so that two traces diff line by line:
 * the top object and its members' contents one per line (a schedule step, an event, a Chrome trace
 * entry per line), and everything deeper on that line, with a space after each colon and comma.
 * Nested objects directly inside a member object (the scenario's files) get a line each too.
 */
final class Layout implements PrettyPrinter {
    private static final String INDENT = "  ";

    /** Per open container: whether its entries go on lines of their own. */
    private final Deque<Boolean> multiline = new ArrayDeque<>();
    /** Per open container: whether it is an object. */
    private final Deque<Boolean> objects = new ArrayDeque<>();

    private void open(JsonGenerator g, boolean object) throws IOException {
        int depth = multiline.size();
        boolean parentIsObject = !objects.isEmpty() && objects.peek();
        multiline.push(depth <= 1 || (depth == 2 && object && parentIsObject));
        objects.push(object);
        g.writeRaw(object ? '{' : '[');
    }

    private void close(JsonGenerator g, char c, int entries) throws IOException {
        boolean m = multiline.pop();
        objects.pop();
        if (m && entries > 0) {
            newline(g);
        }
        g.writeRaw(c);
        if (multiline.isEmpty()) {
            g.writeRaw('\n');
        }
    }

    private void newline(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < multiline.size(); i++) {
            g.writeRaw(INDENT);
        }
    }

    private void separator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (multiline.peek()) {
            newline(g);
        } else {
            g.writeRaw(' ');
        }
    }

    private void first(JsonGenerator g) throws IOException {
        if (multiline.peek()) {
            newline(g);
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        open(g, true);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        close(g, '}', entries);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        separator(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        open(g, false);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        close(g, ']', values);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        separator(g);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        first(g);
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        first(g);
    }
}
