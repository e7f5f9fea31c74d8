package org.atomiscope.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/** Jackson generators laid out by {@link Layout}, and element values in the trace formats' number form. */
final class Json {
    private Json() {}

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** A generator that leaves {@code out} open (the caller owns it) and lays the file out line by line. */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new Layout());
        return g;
    }

    /** A value as a number, or as one of the strings "NaN", "Infinity", "-Infinity", "-0" (see {@link Numbers}). */
    static void value(JsonGenerator g, String field, double v) throws IOException {
        g.writeFieldName(field);
        if (Numbers.isNumber(v)) {
            g.writeNumber(Numbers.format(v));
        } else {
            g.writeString(Numbers.format(v));
        }
    }
}
