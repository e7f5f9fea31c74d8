package org.atomiscope.vm;

import org.atomiscope.js.HeapCell;
import org.atomiscope.js.JsArray;
import org.atomiscope.js.JsTypedArray;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;

/**
 * An iteration in progress (for-of, spread, destructuring). Immutable: advancing yields a new
 * iterator, because iterators sit on operand stacks that kept machines share.
 */
public sealed interface Iter {
    record Next(Iter iter, Object value) {}

    /** The next value, or null when done. Shared typed-array elements are peeked here. */
    Next advance(Operations ops);

    /** Arrays and typed arrays, by index, re-reading the length each time as the spec does. */
    record Indexed(Ref target, int index) implements Iter {
        @Override
        public Next advance(Operations ops) {
            HeapCell c = ops.heap.get(target);
            int length = c instanceof JsArray a ? a.length : ((JsTypedArray) c).length;
            if (index >= length) {
                return null;
            }
            Object v = ops.get(target, (double) index);
            return new Next(new Indexed(target, index + 1), v == Undefined.HOLE ? Undefined.UNDEFINED : v);
        }
    }

    /** A fixed list: string code points, for-in keys. */
    record Items(Object[] items, int index) implements Iter {
        @Override
        public Next advance(Operations ops) {
            return index < items.length ? new Next(new Items(items, index + 1), items[index]) : null;
        }
    }

    /** A user-defined iterator object with next(). */
    record Protocol(Object iterator) implements Iter {
        @Override
        public Next advance(Operations ops) {
            Object result = ops.call(ops.get(iterator, "next"), iterator);
            if (Values.truthy(ops.get(result, "done"))) {
                return null;
            }
            return new Next(this, ops.get(result, "value"));
        }
    }
}
