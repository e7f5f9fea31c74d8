package org.atomiscope.litmus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.lang.Ast.Expr;
import org.atomiscope.lang.Ast.Ident;
import org.atomiscope.lang.Ast.NumberLit;
import org.atomiscope.lang.Ast.Unary;
import org.atomiscope.lang.Pos;

/**
 * What the main agent sets up, as a litmus test sees it: shared buffers, typed-array views over
 * them, named number constants, and the elements the test touches. An element is identified by
 * its bytes (buffer and byte offset), not by the view that names it, so two views that alias the
 * same element give one location.
 */
final class Layout {

    record View(String name, ElementType type, int buffer, long byteOffset, long length) {}

    /** One element the test reads or writes: a herd location. */
    static final class Location {
        final int buffer;
        final long byteOffset;
        final ElementType type;
        /** How the scenario first named it, e.g. {@code ia[37]}. */
        final String mention;
        final String view;
        final long index;
        long initial;
        /** Its name in the litmus test, given by {@link #nameLocations()}. */
        String cName;

        Location(int buffer, long byteOffset, ElementType type, String view, long index) {
            this.buffer = buffer;
            this.byteOffset = byteOffset;
            this.type = type;
            this.view = view;
            this.index = index;
            this.mention = view + "[" + index + "]";
        }
    }

    /** The element types that fit a C {@code int}; the others (floats, BigInts, clamped) do not export. */
    private static final Set<ElementType> INTEGER_TYPES = Set.of(ElementType.INT8, ElementType.UINT8,
            ElementType.INT16, ElementType.UINT16, ElementType.INT32, ElementType.UINT32);

    /**
     * Names a location may not take: C and herd keywords, and names herd reads as threads
     * ({@code P0}) or that would be shadowed by a register ({@code r0}).
     */
    private static final Set<String> RESERVED = Set.of("int", "char", "long", "void", "struct", "volatile", "if",
            "else", "while", "exists", "forall", "true", "false", "locations", "filter", "final", "with", "observed",
            "lock", "unlock", "atomic_int", "atomic_t", "spinlock_t", "mtx_t");

    private final List<Long> bufferLengths = new ArrayList<>();
    private final Map<String, Integer> buffers = new HashMap<>();
    private final Map<String, View> views = new HashMap<>();
    private final Map<String, Long> constants = new HashMap<>();
    private final Map<String, Location> locations = new LinkedHashMap<>();

    int addBuffer(String name, long byteLength) {
        bufferLengths.add(byteLength);
        if (name != null) {
            buffers.put(name, bufferLengths.size() - 1);
        }
        return bufferLengths.size() - 1;
    }

    Integer buffer(String name) {
        return buffers.get(name);
    }

    long bufferLength(int buffer) {
        return bufferLengths.get(buffer);
    }

    void addView(View view) {
        views.put(view.name(), view);
    }

    void addConstant(String name, long value) {
        constants.put(name, value);
    }

    static boolean exportable(ElementType type) {
        return INTEGER_TYPES.contains(type);
    }

    /** The view an expression names, or null. */
    View view(Expr e) {
        return e instanceof Ident id ? views.get(id.name()) : null;
    }

    /** The integer an expression is, when it is a number literal, a negated one, or a named constant; else null. */
    Long constant(Expr e) {
        if (e instanceof NumberLit n) {
            double v = n.value();
            return v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1L << 53 ? (long) v : null;
        }
        if (e instanceof Unary u && (u.op().equals("-") || u.op().equals("+"))) {
            Long inner = constant(u.operand());
            return inner == null ? null : u.op().equals("-") ? -inner : inner;
        }
        if (e instanceof Ident id) {
            return constants.get(id.name());
        }
        return null;
    }

    /**
     * The location of {@code view[index]}.
     *
     * @param where "the agent t1" or "the main agent", for messages
     */
    Location element(View view, Expr index, Pos pos, String where) throws NotLitmusShaped {
        Long i = constant(index);
        if (i == null) {
            throw new NotLitmusShaped(index.pos(), "The index into " + view.name() + " in " + where
                    + " is computed; a litmus test names each location, so indexes must be constant numbers.");
        }
        if (i < 0 || i >= view.length()) {
            throw new NotLitmusShaped(index.pos(), "The index " + i + " is outside " + view.name() + ", which has "
                    + view.length() + " element" + (view.length() == 1 ? "" : "s") + ".");
        }
        long offset = view.byteOffset() + i * view.type().byteSize();
        String key = view.buffer() + ":" + offset;
        Location known = locations.get(key);
        if (known != null) {
            if (known.type != view.type()) {
                throw mixed(pos, view.name() + "[" + i + "]", view.type(), known);
            }
            return known;
        }
        for (Location other : locations.values()) {
            if (other.buffer == view.buffer() && offset < other.byteOffset + other.type.byteSize()
                    && other.byteOffset < offset + view.type().byteSize()) {
                throw mixed(pos, view.name() + "[" + i + "]", view.type(), other);
            }
        }
        Location loc = new Location(view.buffer(), offset, view.type(), view.name(), i);
        locations.put(key, loc);
        return loc;
    }

    private static NotLitmusShaped mixed(Pos pos, String mention, ElementType type, Location other) {
        return new NotLitmusShaped(pos, mention + " (" + type.constructorName() + ") shares bytes with " + other.mention
                + " (" + other.type.constructorName() + "); mixed-size and mixed-type accesses do not export as a litmus test.");
    }

    /** Checks that a constant fits the element type, so that storing it does not wrap and C sees the same number. */
    static int fit(long value, ElementType type, Pos pos, String what) throws NotLitmusShaped {
        long min;
        long max;
        switch (type) {
            case INT8 -> { min = Byte.MIN_VALUE; max = Byte.MAX_VALUE; }
            case UINT8 -> { min = 0; max = 255; }
            case INT16 -> { min = Short.MIN_VALUE; max = Short.MAX_VALUE; }
            case UINT16 -> { min = 0; max = 65_535; }
            case INT32 -> { min = Integer.MIN_VALUE; max = Integer.MAX_VALUE; }
            // A Uint32 element above 2^31 - 1 would print differently from a C int.
            default -> { min = 0; max = Integer.MAX_VALUE; }
        }
        if (value < min || value > max) {
            throw new NotLitmusShaped(pos, "The value " + value + " written to " + what + " does not fit a "
                    + type.constructorName() + " element as a C int (" + min + " to " + max
                    + "); only values stored without wrapping export.");
        }
        return (int) value;
    }

    /** The locations in memory order (buffer, then byte offset), each named. */
    List<Location> nameLocations() {
        List<Location> inMentionOrder = new ArrayList<>(locations.values());
        Set<String> taken = new java.util.HashSet<>();
        for (Location loc : inMentionOrder) {
            // JavaScript names may hold $ and non-ASCII letters; C names may not.
            String name = (loc.index == 0 ? loc.view : loc.view + loc.index).replaceAll("[^A-Za-z0-9_]", "_");
            if (name.startsWith("_")) {
                name = "v" + name;
            }
            while (RESERVED.contains(name) || name.matches("[Pr]\\d+") || name.startsWith("atomic_")
                    || name.startsWith("memory_order") || taken.contains(name)) {
                name = name + "_";
            }
            taken.add(name);
            loc.cName = name;
        }
        List<Location> sorted = new ArrayList<>(inMentionOrder);
        sorted.sort(Comparator.comparingInt((Location l) -> l.buffer).thenComparingLong(l -> l.byteOffset));
        return sorted;
    }
}
