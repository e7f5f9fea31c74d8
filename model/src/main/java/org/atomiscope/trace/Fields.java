package org.atomiscope.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Optional;

/**
 * Typed access to the fields of one JSON object of a trace, refusing a missing or ill-typed field
 * with a sentence that names the file, the object ("event 17", "schedule step 3") and the field.
 */
final class Fields {
    private final String file;
    private final JsonNode node;
    /** What the object is, for messages; null for the top-level object. */
    private final String owner;

    Fields(String file, JsonNode node, String owner) {
        this.file = file;
        this.node = node;
        this.owner = owner;
    }

    /** The fields of an object found in field {@code name}, named {@code owner} in messages. */
    Fields object(String name, String owner) throws TraceException {
        JsonNode n = required(name);
        if (!n.isObject()) {
            throw wrong(name, "an object", n);
        }
        return new Fields(file, n, owner);
    }

    Optional<Fields> optionalObject(String name, String owner) throws TraceException {
        return has(name) ? Optional.of(object(name, owner)) : Optional.empty();
    }

    JsonNode array(String name) throws TraceException {
        JsonNode n = required(name);
        if (!n.isArray()) {
            throw wrong(name, "a list", n);
        }
        return n;
    }

    JsonNode objectNode(String name) throws TraceException {
        JsonNode n = required(name);
        if (!n.isObject()) {
            throw wrong(name, "an object", n);
        }
        return n;
    }

    String string(String name) throws TraceException {
        JsonNode n = required(name);
        if (!n.isTextual()) {
            throw wrong(name, "a string", n);
        }
        return n.textValue();
    }

    Optional<String> optionalString(String name) throws TraceException {
        return has(name) ? Optional.of(string(name)) : Optional.empty();
    }

    int integer(String name) throws TraceException {
        JsonNode n = required(name);
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw wrong(name, "a whole number", n);
        }
        return n.intValue();
    }

    long longInteger(String name) throws TraceException {
        JsonNode n = required(name);
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw wrong(name, "a whole number", n);
        }
        return n.longValue();
    }

    boolean bool(String name) throws TraceException {
        JsonNode n = required(name);
        if (!n.isBoolean()) {
            throw wrong(name, "true or false", n);
        }
        return n.booleanValue();
    }

    /** An element value: a number, or "NaN", "Infinity", "-Infinity", "-0". */
    double value(String name) throws TraceException {
        JsonNode n = required(name);
        if (n.isNumber()) {
            return n.doubleValue();
        }
        Double special = n.isTextual() ? Numbers.special(n.textValue()) : null;
        if (special == null) {
            throw wrong(name, "a number (or \"NaN\", \"Infinity\", \"-Infinity\", \"-0\")", n);
        }
        return special;
    }

    <E extends Enum<E>> E oneOf(String name, Class<E> type) throws TraceException {
        String s = string(name);
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw wrong(name, "one of " + String.join(", ",
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()), node.get(name));
        }
    }

    boolean has(String name) {
        JsonNode n = node.get(name);
        return n != null && !n.isNull();
    }

    private JsonNode required(String name) throws TraceException {
        if (!has(name)) {
            throw new TraceException(owner == null
                ? "In " + file + ", the field \"" + name + "\" is missing."
                : "In " + file + ", " + owner + " has no field \"" + name + "\".");
        }
        return node.get(name);
    }

    private TraceException wrong(String name, String expected, JsonNode found) {
        String shown = found.toString();
        if (shown.length() > 40) {
            shown = shown.substring(0, 37) + "…";
        }
        return new TraceException(owner == null
            ? "In " + file + ", the field \"" + name + "\" should be " + expected + ", not " + shown + "."
            : "In " + file + ", the field \"" + name + "\" of " + owner + " should be " + expected + ", not " + shown + ".");
    }
}
