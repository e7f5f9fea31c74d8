package org.atomiscope.machine;

import java.util.List;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.buffer.PagedBytes;
import org.atomiscope.compile.Code;

/**
 * A value in transit between agents: a self-contained, immutable graph made at the moment of
 * sending (HTML's StructuredSerialize), turned into objects in the receiver's heap on arrival. Nodes
 * refer to each other by index ({@link NodeRef}); primitives are stored as themselves.
 */
public record Cloned(List<Object> nodes, Object root) {
    /** The SharedArrayBuffer blocks this value makes reachable to its receiver. */
    public java.util.Set<Integer> sharedBlocks() {
        java.util.Set<Integer> blocks = new java.util.TreeSet<>();
        for (Object n : nodes) {
            if (n instanceof SharedBuffer sb) {
                blocks.add(sb.block());
            }
        }
        return blocks;
    }

    public record NodeRef(int index) {}

    /** A plain object; {@code proto} is kept only when cloning for agent(name, fn) (null: Object.prototype). */
    public record Obj(String className, List<String> keys, List<Object> values, List<Byte> flags, Object proto) {}

    public record Arr(List<Object> elements, int length) {}

    public record Err(String type, String message) {}

    public record SharedBuffer(int block, int byteLength) {}

    public record Buffer(PagedBytes bytes, int byteLength) {}

    public record View(ElementType type, Object buffer, int byteOffset, int length) {}

    /** A built-in object every agent has at the same heap id. */
    public record Builtin(int id) {}

    /** A closure (only for agent(name, fn)): its code, scope and lexical this. */
    public record Closure(Code code, Object scope, Object capturedThis, Object homeObject, Obj own) {}

    public record ScopeNode(Object parent, List<Object> slots, List<String> names) {}

    public record Worker(int agent) {}

    /** A getter/setter pair of a cloned class or object (agent cloning only). */
    public record Accessor(Object getter, Object setter) {}
}
