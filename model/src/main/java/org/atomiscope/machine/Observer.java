package org.atomiscope.machine;

import org.atomiscope.buffer.Owner;
import org.atomiscope.compile.Code;
import org.atomiscope.js.Heap;
import org.atomiscope.js.JsFunction;
import org.atomiscope.js.Ref;
import org.atomiscope.js.Undefined;
import org.atomiscope.vm.Frame;
import org.atomiscope.vm.Interpreter;
import org.atomiscope.vm.RefusingHost;
import org.atomiscope.vm.Request;
import org.atomiscope.vm.builtins.Inspect;

/**
 * Evaluates @observe expressions after an execution: an observer that reads the final contents of
 * shared memory through main's top-level bindings, changing nothing.
 */
final class Observer {
    private Observer() {}

    static String evaluate(Machine m, AgentState main, Code code) {
        Owner owner = new Owner();
        Heap heap = main.heap().edit(owner);
        Ref fn = heap.alloc(JsFunction.closure(m.program.realm.functionProto, code, main.scriptScope(), Undefined.UNDEFINED));
        Interpreter.ShareReader finalMemory = new Interpreter.ShareReader() {
            @Override
            public long read(int block, org.atomiscope.buffer.ElementType type, int byteIndex) {
                return m.memory.finalValue(block, type, byteIndex);
            }

            @Override
            public void write(int block, org.atomiscope.buffer.ElementType type, int byteIndex, long raw) {
                throw new IllegalStateException("an observer does not write");
            }
        };
        Interpreter in = new Interpreter(heap, m.program.realm, new RefusingHost("@observe"), owner, new Frame[0],
            1_000_000, finalMemory);
        Interpreter.Result r = in.start(fn, m.program.realm.global, new Object[0]);
        while (r instanceof Interpreter.Suspended s && s.request() instanceof Request.Read read) {
            in.resume(read.type().fromRaw(m.memory.finalValue(read.block(), read.type(), read.byteIndex())));
            r = in.run();
        }
        if (r instanceof Interpreter.Finished f) {
            return Inspect.formatLog(in, new Object[] {f.value()});
        }
        if (r instanceof Interpreter.Threw t) {
            return "(" + t.text() + ")";
        }
        return "(not observable)";
    }
}
