package org.atomiscope.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atomiscope.machine.Scenarios.run;
import static org.atomiscope.machine.Scenarios.withWorker;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Structured clone (HTML §2.7) as postMessage and agent(name, fn) do it: values are copied into the
 * receiver's heap, a SharedArrayBuffer travels as its memory (not its wrapper object), functions
 * cannot travel, and agent(name, fn) copies what fn captured at the moment agent() is called.
 */
class StructuredCloneTest {

    @Test
    void primitivesArriveUnchanged() {
        Scenarios.Ran r = withWorker("""
            const w = new Worker('worker.js');
            w.postMessage(['str', 5, -0, NaN, true, null, undefined, 1.5e300, '']);
            """, """
            onmessage = (e) => {
              const d = e.data;
              console.log(d.length, d[0], d[1], 1 / d[2], d[3] !== d[3], d[4], d[5], d[6], d[7], d[8] === '');
              console.log(typeof d[0], typeof d[1], typeof d[4], typeof d[5], typeof d[6]);
            };
            """);
        assertThat(r.outcome()).isEqualTo(
            "worker: 9 str 5 -Infinity true true null undefined 1.5e+300 true | string number boolean object undefined");
    }

    @Test
    void eachPrimitiveCanBeTheWholeMessage() {
        Scenarios.Ran r = withWorker("""
            const w = new Worker('worker.js');
            w.postMessage('hi'); w.postMessage(42); w.postMessage(false); w.postMessage(null); w.postMessage(undefined); w.postMessage();
            """, "onmessage = (e) => console.log(typeof e.data, String(e.data));");
        assertThat(r.lines("worker")).containsExactly("string hi", "number 42", "boolean false", "object null",
            "undefined undefined", "undefined undefined");
    }

    @Test
    void nestedObjectsAndArraysAreDeepCopies() {
        Scenarios.Ran r = withWorker("""
            const w = new Worker('worker.js');
            const msg = {a: 1, b: [1, 'two', {c: null, d: undefined}], e: {f: {g: 'deep'}}};
            w.postMessage(msg);
            msg.a = 2; msg.b[0] = 'changed';
            w.onmessage = (e) => console.log(msg.e.f.g, e.data.e.f.g, msg.a);
            """, """
            onmessage = (e) => {
              const d = e.data;
              console.log(d.a, d.b.length, d.b[0], d.b[1], d.b[2].c, d.b[2].d, 'd' in d.b[2], Array.isArray(d.b), d.e.f.g);
              d.e.f.g = 'worker';
              postMessage(d);
            };
            """);
        assertThat(r.outcome()).isEqualTo("main: deep worker 2; worker: 1 3 1 two null undefined true true deep");
    }

    @Test
    void cyclesAndSharedReferencesSurvive() {
        Scenarios.Ran r = withWorker("""
            const w = new Worker('worker.js');
            const o = {name: 'o'}; o.self = o; const arr = [o, o]; arr.push(arr);
            w.postMessage(arr);
            """, """
            onmessage = (e) => { const d = e.data; console.log(d[0] === d[1], d[0].self === d[0], d[0].name, d[2] === d, d.length); };
            """);
        assertThat(r.outcome()).isEqualTo("worker: true true o true 3");
    }

    @Test
    void arrayHolesArePreserved() {
        Scenarios.Ran r = withWorker("new Worker('worker.js').postMessage([, 1, , 3]);",
            "onmessage = (e) => console.log(e.data.length, 0 in e.data, 1 in e.data, 2 in e.data, e.data[3]);");
        assertThat(r.outcome()).isEqualTo("worker: 4 false true false 3");
    }

    @Test
    void aClassInstanceArrivesAsAPlainObject() {
        Scenarios.Ran r = withWorker("""
            class P { constructor() { this.x = 1; } m() { return 'm'; } }
            new Worker('worker.js').postMessage(new P());
            """, "onmessage = (e) => console.log(e.data.x, typeof e.data.m, Object.getPrototypeOf(e.data) === Object.prototype);");
        assertThat(r.outcome()).isEqualTo("worker: 1 undefined true");
    }

    @Test
    void aGetterIsClonedAsItsValue() {
        Scenarios.Ran r = withWorker("new Worker('worker.js').postMessage({get g() { return 'gv'; }, a: 1});",
            "onmessage = (e) => console.log(e.data.g, e.data.a, Object.keys(e.data).join());");
        assertThat(r.outcome()).isEqualTo("worker: gv 1 g,a");
    }

    // ------------------------------------------------------------------ buffers

    @Test
    void aSharedArrayBufferStaysSharedButItsWrapperDoesNot() {
        // The book's example: the worker sets a property on the SharedArrayBuffer object it got;
        // main's object is another wrapper of the same memory, so the property is not there.
        Scenarios.Ran r = withWorker("""
            const w = new Worker('worker.js');
            const sab = new SharedArrayBuffer(16); const ia = new Int32Array(sab);
            sab.mine = 'main only';
            ia[1] = 7;
            w.onmessage = (e) => { console.log('prop', sab.prop, ia[0], e.data === sab, e.data.prop, new Int32Array(e.data)[0]); };
            w.postMessage(sab);
            """, """
            onmessage = ({data: buffer}) => {
              console.log(buffer instanceof SharedArrayBuffer, buffer.byteLength, buffer.mine, new Int32Array(buffer)[1]);
              buffer.prop = 'set in worker';
              new Int32Array(buffer)[0] = 42;
              console.log('prop', buffer.prop);
              postMessage(buffer);
            };
            """);
        assertThat(r.outcome()).isEqualTo("main: prop undefined 42 false undefined 42; worker: true 16 undefined 7 | prop set in worker");
    }

    @Test
    void aTypedArrayOverASharedBufferArrivesAsAViewOfTheSameMemory() {
        Scenarios.Ran r = withWorker("""
            const w = new Worker('worker.js');
            const sab = new SharedArrayBuffer(8); const s8 = new Uint8Array(sab, 2, 3);
            w.postMessage(s8);
            w.onmessage = () => console.log('main sees', new Uint8Array(sab)[2], s8[0]);
            """, """
            onmessage = (e) => {
              const d = e.data;
              console.log(d instanceof Uint8Array, d.length, d.byteOffset, d.buffer.byteLength, d.buffer instanceof SharedArrayBuffer);
              d[0] = 77;
              postMessage('x');
            };
            """);
        assertThat(r.outcome()).isEqualTo("main: main sees 77 77; worker: true 3 2 8 true");
    }

    @Test
    void twoViewsOfOneBufferArriveOverOneBuffer() {
        Scenarios.Ran r = withWorker("""
            const ab = new ArrayBuffer(8);
            const a = new Uint8Array(ab); const b = new Uint16Array(ab, 2);
            new Worker('worker.js').postMessage({a, b});
            """, "onmessage = (e) => { const {a, b} = e.data; b[0] = 0x0102; console.log(a.buffer === b.buffer, a[2], a[3], b.byteOffset); };");
        assertThat(r.outcome()).isEqualTo("worker: true 2 1 2");
    }

    @Test
    void aPlainArrayBufferIsCopied() {
        Scenarios.Ran r = withWorker("""
            const w = new Worker('worker.js');
            const ab = new ArrayBuffer(8); const u8 = new Uint8Array(ab); u8[0] = 1;
            w.postMessage(u8);
            w.onmessage = (e) => console.log('main', u8[1], new Uint8Array(e.data)[1], e.data === ab);
            """, """
            onmessage = (e) => {
              const d = e.data;
              console.log(d instanceof Uint8Array, d.length, d[0], d.buffer instanceof ArrayBuffer);
              d[1] = 5;
              postMessage(d.buffer);
            };
            """);
        assertThat(r.outcome()).isEqualTo("main: main 0 5 false; worker: true 8 1 true");
    }

    @Test
    void aWriteAfterPostingIsNotSeenByTheReceiver() {
        Scenarios.Ran r = withWorker("""
            const w = new Worker('worker.js');
            const ab = new ArrayBuffer(8); const u8 = new Uint8Array(ab); u8[0] = 1;
            w.postMessage(ab);
            u8[0] = 2;
            console.log(u8[0]);
            """, "onmessage = (e) => console.log(new Uint8Array(e.data)[0]);");
        assertThat(r.outcome()).isEqualTo("main: 2; worker: 1");
    }

    // ------------------------------------------------------------------ what cannot be cloned

    @Test
    void functionsCannotBeCloned() {
        Scenarios.Ran r = withWorker("""
            const w = new Worker('worker.js');
            try { w.postMessage({f() {}}) } catch (e) { console.log(e.message, e instanceof Error) }
            try { w.postMessage(function foo() {}) } catch (e) { console.log(e.message) }
            try { w.postMessage([1, () => 1]) } catch (e) { console.log(e.message) }
            try { w.postMessage(w) } catch (e) { console.log(e.message) }
            """, "onmessage = (e) => console.log('never');");
        assertThat(r.outcome()).isEqualTo("main: function f could not be cloned true | function foo could not be cloned | "
            + "function could not be cloned | a Worker object could not be cloned");
        assertThat(r.events(Event.Kind.SEND)).extracting(Event::text).containsExactly("creates agent worker");
    }

    @Test
    void theCloneErrorIsADataCloneError() {
        Scenarios.Ran r = withWorker("""
            const w = new Worker('worker.js');
            try { w.postMessage(() => 1) } catch (e) { console.log(e.name) }
            w.postMessage(function foo() {});
            """, "1;");
        assertThat(r.outcome()).isEqualTo("main: DataCloneError [main threw DataCloneError: function foo could not be cloned]");
    }

    @Test
    void errorsCloneAsErrors() {
        Scenarios.Ran r = withWorker("""
            class E2 extends Error { constructor(m) { super(m); this.name = 'E2'; } }
            new Worker('worker.js').postMessage([new TypeError('bad'), new RangeError('r'), new Error('e'), new E2('x'), new SyntaxError()]);
            """, """
            onmessage = (e) => {
              const [t, r, x, custom, s] = e.data;
              console.log(t instanceof TypeError, t.name, t.message, String(t));
              console.log(r instanceof RangeError, x instanceof Error, x.name, custom instanceof Error, custom.name, custom.message);
              console.log(s instanceof SyntaxError, s.message === '');
            };
            """);
        assertThat(r.outcome()).isEqualTo("worker: true TypeError bad TypeError: bad | true true Error true Error x | true true");
    }

    // ------------------------------------------------------------------ agent(name, fn)

    @Test
    void agentClonesWhatItsFunctionCapturesAtThatMoment() {
        Scenarios.Ran r = run("""
            let x = 1;
            const sab = new SharedArrayBuffer(8); const ia = new Int32Array(sab);
            const obj = {v: 'before'};
            function helper(n) { return n * 10; }
            agent('a', () => {
              for (let i = 0; i < 30; i++) Atomics.load(ia, 1);
              console.log(x, obj.v, helper(4), ia[0]);
              ia[1] = 5; obj.v = 'agent-changed'; x = 99;
            });
            x = 2; obj.v = 'after'; ia[0] = 9;
            setTimeout(() => console.log('main', x, obj.v, ia[1]), 10);
            """);
        assertThat(r.outcome()).isEqualTo("main: main 2 after 5; a: 1 before 40 9");
        assertThat(r.ending()).isEqualTo(Run.Ending.COMPLETED);
    }

    @Test
    void eachAgentGetsItsOwnCopy() {
        Scenarios.Ran r = run("""
            const counter = {n: 0};
            const sab = new SharedArrayBuffer(4); const ia = new Int32Array(sab);
            for (const name of ['a', 'b', 'c']) {
              agent(name, () => { counter.n++; Atomics.add(ia, 0, 1); console.log(name, counter.n); });
            }
            setTimeout(() => console.log(counter.n, Atomics.load(ia, 0)), 1);
            """);
        assertThat(r.outcome()).isEqualTo("main: 0 3; a: a 1; b: b 1; c: c 1");
    }

    @Test
    void agentFunctionsCanUseTopLevelFunctionsAndClasses() {
        Scenarios.Ran r = run("""
            const ia = new Int32Array(new SharedArrayBuffer(8));
            function lock() { while (Atomics.compareExchange(ia, 0, 0, 1) !== 0) {} }
            function unlock() { Atomics.store(ia, 0, 0); }
            class Counter { constructor() { this.n = 0; } inc() { return ++this.n; } }
            agent('a', () => { lock(); const c = new Counter(); c.inc(); console.log(c.inc(), c instanceof Counter); unlock(); });
            """);
        assertThat(r.outcome()).isEqualTo("a: 2 true");
    }

    @Test
    void anAgentCanCaptureAWorkerObject() {
        Scenarios.Ran r = Scenarios.runFolder("""
            const w = new Worker('worker.js');
            agent('a', () => { w.postMessage('from a'); });
            """, "worker.js", "onmessage = (e) => console.log(e.data);");
        // A Worker object can travel into an agent's closure: it still names the same worker.
        assertThat(r.outcome()).isEqualTo("worker: from a");
    }
}
