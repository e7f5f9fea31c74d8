package org.atomiscope.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.atomiscope.buffer.Owner;
import org.atomiscope.compile.Code;
import org.atomiscope.compile.Compiler;
import org.atomiscope.js.Heap;
import org.atomiscope.js.JsFunction;
import org.atomiscope.js.Ref;
import org.atomiscope.lang.Parser;
import org.junit.jupiter.api.Test;

/**
 * The built-ins in prelude.js run as ordinary code, so their reads and writes of shared memory are
 * visible events (each one stops the step), while console.log and string conversion only peek.
 */
class StdLibEventsTest {
    /** Runs a script, performing each shared-memory event at once; returns the events' kinds in order. */
    private static List<String> events(String source) {
        JsRunner host = new JsRunner();
        Realm realm = Realm.standard();
        Owner owner = new Owner();
        Heap heap = realm.image().edit(owner);
        Code code = Compiler.compileScript(Parser.parse("test.js", source));
        Ref fn = heap.alloc(JsFunction.closure(realm.functionProto, code, null, null));
        Interpreter in = new Interpreter(heap, realm, host, owner, new Frame[0], 10_000_000L, host);
        List<String> kinds = new ArrayList<>();
        Interpreter.Result r = in.start(fn, realm.global, new Object[0]);
        while (r instanceof Interpreter.Suspended s) {
            Request req = s.request();
            if (req instanceof Request.Read rd) {
                kinds.add("R" + rd.byteIndex());
                in.resume(rd.type().fromRaw(host.read(rd.block(), rd.type(), rd.byteIndex())));
            } else if (req instanceof Request.Write w) {
                kinds.add("W" + w.byteIndex());
                host.write(w.block(), w.type(), w.byteIndex(), w.raw());
                in.resume(w.result());
            } else {
                throw new AssertionError("unexpected " + req);
            }
            r = in.run();
        }
        assertThat(r).isInstanceOf(Interpreter.Finished.class);
        return kinds;
    }

    private static final String SHARED = "const ia = new Int32Array(new SharedArrayBuffer(12)); ";

    @Test
    void callbackMethodsReadEachElementAsAnEvent() {
        assertThat(events(SHARED + "let s = 0; ia.forEach(v => { s += v });")).containsExactly("R0", "R4", "R8");
        assertThat(events(SHARED + "ia.indexOf(5); ia.includes(0);")).containsExactly("R0", "R4", "R8", "R0");
        assertThat(events(SHARED + "ia.join(',');")).containsExactly("R0", "R4", "R8");
        assertThat(events(SHARED + "ia.reverse();")).containsExactly("R0", "R8", "W0", "W8");
    }

    @Test
    void callbacksMayThemselvesTouchSharedMemory() {
        assertThat(events(SHARED + "[1, 2].forEach(i => { ia[i] = i });")).containsExactly("W4", "W8");
        assertThat(events(SHARED + "new Map([[0, 1]]).forEach((v, k) => { Atomics.load(ia, k) });")).hasSize(1);
        assertThat(events(SHARED + "[2, 1].sort((a, b) => ia[0] + a - b);")).containsExactly("R0");
    }

    @Test
    void printingAndConversionOnlyPeek() {
        assertThat(events(SHARED + "ia[0] = 7; console.log(ia, String(ia), `${ia}`, JSON.stringify(ia));")).containsExactly("W0");
    }
}
