package org.atomiscope.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atomiscope.machine.Scenarios.main;
import static org.atomiscope.machine.Scenarios.run;

import org.atomiscope.machine.Run;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The scenario language's JavaScript semantics, run on the machine: scopes and closures, hoisting
 * and the temporal dead zone, parameters and patterns, classes, control flow through finally, and
 * the operators the teaching examples use.
 */
class LanguageTest {

    @Test
    void closuresKeepTheirOwnVariables() {
        assertThat(main("""
            function counter() { let c = 0; return { inc: () => ++c, get: () => c }; }
            const k = counter(); const k2 = counter();
            k.inc(); k.inc(); k2.inc();
            console.log(k.get(), k2.get());
            const adders = [1, 2, 3].map(n => x => x + n);
            console.log(adders[0](10), adders[2](10));
            """)).isEqualTo("2 1 | 11 13");
    }

    @Test
    void letInAForLoopIsPerIterationVarIsNot() {
        assertThat(main("""
            const fs = []; for (let i = 0; i < 3; i++) { fs.push(() => i); }
            const gs = []; for (var j = 0; j < 3; j++) { gs.push(() => j); }
            const hs = []; for (const x of ['a', 'b']) { hs.push(() => x); }
            console.log(fs[0](), fs[1](), fs[2](), gs[0](), gs[2](), hs[0](), hs[1]());
            const ws = []; let w = 0; while (w < 2) { let c = w; ws.push(() => c); w++; }
            console.log(ws[0](), ws[1]());
            """)).isEqualTo("0 1 2 3 3 a b | 0 1");
    }

    @Test
    void aLoopBodyCanChangeItsPerIterationCopy() {
        assertThat(main("""
            const fs = [];
            for (let i = 0; i < 6; i++) { fs.push(() => i); i++; }
            console.log(fs.length, fs[0](), fs[1](), fs[2]());
            """)).isEqualTo("3 1 3 5");
    }

    @Test
    void varAndFunctionDeclarationsAreHoisted() {
        assertThat(main("""
            console.log(typeof hoisted, hoisted); var hoisted = 5; console.log(hoisted);
            console.log(fdecl()); function fdecl() { return 'decl'; }
            function shadow() { var x = 3; if (true) { var x = 4; } return x; } console.log(shadow());
            let y = 1; { let y = 2; console.log(y); } console.log(y);
            """)).isEqualTo("undefined undefined | 5 | decl | 4 | 2 | 1");
    }

    @Test
    void theTemporalDeadZone() {
        assertThat(run("""
            try { console.log(x); let x = 1; } catch (e) { console.log(e.name + ': ' + e.message) }
            try { y = 2; const y = 1; } catch (e) { console.log(e.name + ': ' + e.message) }
            try { new K(); class K {} } catch (e) { console.log(e.name + ': ' + e.message) }
            try { typeof z; let z; } catch (e) { console.log(e.name + ': ' + e.message) }
            function f() { return v; }
            try { f() } catch (e) { console.log(e.name + ': ' + e.message) }
            let v = 'now';
            console.log(f());
            """).lines("main")).containsExactly(
            "ReferenceError: Cannot access 'x' before initialization",
            "ReferenceError: Cannot access 'y' before initialization",
            "ReferenceError: Cannot access 'K' before initialization",
            "ReferenceError: Cannot access 'z' before initialization",
            "ReferenceError: Cannot access 'v' before initialization",
            "now");
    }

    @Test
    void parametersDefaultsRestAndPatterns() {
        assertThat(main("""
            const f = ({data: buffer}, [a, b = 2] = [], ...rest) => `${buffer}-${a}-${b}-${rest.length}`;
            console.log(f({data: 'B'}), f({data: 1}, [7, 8], 9, 10));
            function g(a, b = a * 2, {c = 3, d} = {}) { return `${a} ${b} ${c} ${d}`; }
            console.log(g(1)); console.log(g(1, undefined, {d: 4})); console.log(g(1, null));
            const {p, q: {r = 'deflt'} = {}, ...others} = {p: 1, s: 2, t: 3};
            const [first, , third = 't', ...tail] = [1, 2, undefined, 4, 5];
            console.log(p, r, others.s, others.t, first, third, tail.length, tail[1]);
            let m = 1, n = 2; [m, n] = [n, m]; console.log(m, n);
            """)).isEqualTo("B-undefined-2-0 1-7-8-2 | 1 2 3 undefined | 1 2 3 4 | 1 null 3 undefined | 1 deflt 2 3 1 t 2 5 | 2 1");
    }

    @Test
    void theBookExamplesDestructuredHandlerParameter() {
        assertThat(main("""
            const handler = ({data: buffer}) => buffer.length;
            const handler2 = function ({data}) { return data; };
            console.log(handler({data: [1, 2, 3]}), handler2({data: 'x'}));
            """)).isEqualTo("3 x");
    }

    @Test
    void spreadInCallsArraysAndObjects() {
        assertThat(main("""
            const arr = [1, 2, 3];
            function three(a, b, c) { return a + b + c; }
            const merged = {...{a: 1, b: 2}, b: 3};
            const copy = [...arr, ...'ab'];
            console.log(three(...arr), copy.length, copy[3], copy[4], merged.a, merged.b, Math.max(...arr, 0));
            """)).isEqualTo("6 5 a b 1 3 3");
    }

    @Test
    void templateLiterals() {
        assertThat(main("""
            const o = {toString() { return 'O' }};
            console.log(`x${1 + 1}y${'z'}${[1, 2]}${o}${null}${undefined}`);
            console.log(`multi
            line`.length, `a\\`b`, `${`nested ${1}`}!`);
            """)).isEqualTo("x2yz1,2Onullundefined | 10 a`b nested 1!");
    }

    @Test
    void classesWithExtendsSuperGettersSettersAndStatics() {
        assertThat(run("""
            class Animal {
              constructor(n) { this.n = n; }
              speak() { return this.n + ' makes a sound'; }
              get upper() { return this.n.toUpperCase(); }
              set upper(v) { this.n = v.toLowerCase(); }
              static create(n) { return new this(n); }
            }
            class Dog extends Animal {
              constructor(n) { super(n); this.legs = 4; }
              speak() { return super.speak() + ' (woof)'; }
              static kind = 'dog';
            }
            const d = Dog.create('rex');
            console.log(d.speak(), d.upper, d instanceof Dog, d instanceof Animal, Dog.kind, typeof Dog, d.legs);
            d.upper = 'MAX'; console.log(d.n, Object.getPrototypeOf(d) === Dog.prototype);
            class Plain {} console.log(typeof new Plain(), new Plain() instanceof Plain);
            """).lines("main")).containsExactly("rex makes a sound (woof) REX true true dog function 4", "max true", "object true");
    }

    @Test
    void errorSubclasses() {
        assertThat(main("""
            class E2 extends Error { constructor(m) { super(m); this.name = 'E2'; } }
            try { throw new E2('custom') } catch (e) { console.log(e instanceof E2, e instanceof Error, e.name, e.message, String(e)) }
            for (const C of [Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError]) {
              const x = new C('q'); console.log(x.name, x instanceof Error, String(x));
            }
            console.log(String(new Error()), new Error().message === '', Error('without new').message);
            """)).isEqualTo("true true E2 custom E2: custom | Error true Error: q | TypeError true TypeError: q | "
                + "RangeError true RangeError: q | ReferenceError true ReferenceError: q | SyntaxError true SyntaxError: q | "
                + "EvalError true EvalError: q | URIError true URIError: q | Error true without new");
    }

    @Test
    void finallyRunsOnBreakContinueAndReturn() {
        assertThat(run("""
            function t1() {
              for (let i = 0; i < 3; i++) {
                try { if (i === 1) continue; if (i === 2) break; console.log('body', i); }
                finally { console.log('fin', i); }
              }
              return 'end';
            }
            console.log(t1());
            function t2() { try { return 'try'; } finally { console.log('fin2'); } }
            console.log(t2());
            function t3() { try { throw new Error('x'); } catch (e) { return 'caught ' + e.message; } finally { console.log('fin3'); } }
            console.log(t3());
            function t4() { try { return 1; } finally { return 2; } }
            console.log(t4());
            function t5() { let r = ''; for (const x of [1, 2, 3]) { try { try { if (x === 2) throw x; r += x; } finally { r += 'f'; } } catch (e) { r += 'c' + e; } } return r; }
            console.log(t5());
            function t6() { outer: for (let i = 0; i < 2; i++) { try { try { continue outer; } finally { console.log('inner fin', i); } } finally { console.log('outer fin', i); } } return 'done'; }
            console.log(t6());
            function t7() { try { throw new Error('lost'); } finally { return 'finally wins'; } }
            console.log(t7());
            """).lines("main")).containsExactly("body 0", "fin 0", "fin 1", "fin 2", "end", "fin2", "try", "fin3", "caught x", "2",
                "1ffc23f", "inner fin 0", "outer fin 0", "inner fin 1", "outer fin 1", "done", "finally wins");
    }

    @Test
    void labelledBreakAndContinue() {
        assertThat(main("""
            outer: for (let i = 0; i < 3; i++) {
              for (let j = 0; j < 3; j++) { if (j === 1) continue outer; if (i === 2) break outer; console.log(i, j); }
            }
            blk: { console.log('in'); break blk; console.log('never'); }
            console.log('after');
            let n = 0; loop: while (true) { do { n++; if (n > 3) break loop; } while (true); }
            console.log(n);
            """)).isEqualTo("0 0 | 1 0 | in | after | 4");
    }

    @Test
    void switchFallsThrough() {
        assertThat(main("""
            function sw(x) {
              let out = '';
              switch (x) {
                case 1: out += 'one,';
                case 2: out += 'two,'; break;
                case '3': out += 'str3,'; break;
                default: out += 'def,';
                case 4: out += 'four,';
              }
              return out;
            }
            console.log(sw(1), sw(2), sw(3), sw('3'), sw(4), sw(9));
            """)).isEqualTo("one,two, two, def,four, str3, four, def,four,");
    }

    @Test
    void typeofAndInstanceof() {
        assertThat(main("""
            console.log(typeof 1, typeof 'a', typeof null, typeof undefined, typeof {}, typeof [], typeof (() => 1),
              typeof class {}, typeof true, typeof NaN, typeof notDeclared, typeof SharedArrayBuffer, typeof Atomics);
            console.log([] instanceof Array, [] instanceof Object, new TypeError('x') instanceof Error, ({}) instanceof Array,
              new Int32Array(1) instanceof Int32Array, new Int32Array(1) instanceof Uint32Array);
            """)).isEqualTo("number string object undefined object object function function boolean number undefined function object | "
                + "true true true false true false");
    }

    @Test
    void optionalChainingNullishAndLogicalAssignment() {
        assertThat(main("""
            const o = {a: {b: null}, f: null, g() { return 'g'; }};
            console.log(o?.a?.b?.c, o.x?.y.z, o.f?.(), o.a?.['b'], (void 0)?.x, o.g?.(), o.missing?.());
            let n = null; n ??= 5; let z = 0; z ||= 7; let t = 1; t &&= 9; let q = 0; q ??= 3;
            console.log(n, z, t, q, null ?? 'd', 0 ?? 'd', '' || 'e', 0 && 'x', undefined ?? null);
            let calls = 0; const side = () => { calls++; return 1; };
            let keep = 2; keep ||= side(); let none = null; none &&= side();
            console.log(keep, none, calls);
            """)).isEqualTo("undefined undefined undefined null undefined g undefined | 5 7 9 0 d 0 e 0 null | 2 null 0");
    }

    @Test
    void exceptionsCrossFunctionCalls() {
        assertThat(main("""
            function thrower() { throw new RangeError('deep'); }
            function mid() { try { thrower(); } finally { console.log('mid fin'); } }
            try { mid(); } catch (e) { console.log(e.name, e.message, e instanceof RangeError); }
            try { throw 'str' } catch (e) { console.log(typeof e, e) }
            try { throw {code: 42} } catch ({code}) { console.log(code) }
            try { null.f() } catch { console.log('optional catch binding') }
            const cb = () => { [1, 2].forEach(x => { if (x === 2) throw new Error('from callback ' + x); }); };
            try { cb(); } catch (e) { console.log(e.message); }
            """)).isEqualTo("mid fin | RangeError deep true | string str | 42 | optional catch binding | from callback 2");
    }

    @Test
    void operatorsAndCoercions() {
        assertThat(main("""
            console.log(1 == '1', 1 === '1', null == undefined, null === undefined, NaN == NaN, 'b' > 'a', '10' < '9', 10 < 9);
            console.log([] + [], 1 + '2', '3' * '4', true + 1, 7 / 2 | 0, -7 >>> 28);
            console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 31, -1 >>> 0, -16 >> 2, 2 ** 10, 7 % 3, -5 % 3, (1, 2));
            console.log(0.1 + 0.2, 1 / 3, 1e21, 1e-7, 2 ** 53, 123456789012345680000, 1 / 0, -1 / 0, 0 / 0);
            let s = 0; for (let i = 0, j = 10; i < j; i += 2, j--) s += i; console.log(s);
            let i = 0; do { i++; } while (i < 5); console.log(i);
            let keys = ''; for (const k in {p: 1, q: 2}) keys += k; console.log(keys);
            """)).isEqualTo("true false true false false true true false |  12 12 2 3 15 | 1 7 6 -6 -2147483648 4294967295 -4 1024 1 -2 2 | "
                + "0.30000000000000004 0.3333333333333333 1e+21 1e-7 9007199254740992 123456789012345680000 Infinity -Infinity NaN | "
                + "12 | 5 | pq");
    }

    @Test
    void implicitGlobalsInSloppyScripts() {
        assertThat(main("x = 5; console.log(x, typeof x);")).isEqualTo("5 number");
    }

    @Test
    void deepButFiniteRecursionWorks() {
        assertThat(main("function f(n) { return n === 0 ? 0 : 1 + f(n - 1); } console.log(f(1000));\n"
            + "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } console.log(fib(20));")).isEqualTo("1000 | 6765");
    }

    @Test
    void anEndlessLocalLoopHangsWithASmallBudget() {
        var r = org.atomiscope.machine.Scenarios.runWithBudget("let count = 0;\nwhile (true) { count++; }", 100_000);
        assertThat(r.ending()).isEqualTo(Run.Ending.HUNG);
        assertThat(r.outcome()).isEqualTo("[step limit]");
        assertThat(r.message()).isEqualTo(
            "main ran 100,000 loop iterations without touching shared memory (an endless loop?) at t.js:2:16.");
    }

    @Test
    void namedFunctionExpressionsSeeTheirOwnName() {
        assertThat(main("""
            const fact = function f2(n) { return n ? n * f2(n - 1) : 1; };
            const g = function named() { return typeof named; };
            console.log(fact(5), g(), typeof named, typeof f2);
            """)).isEqualTo("120 function undefined undefined");
    }

    @Test
    void aWorkersTopLevelOnmessageFunctionIsItsHandler() {
        assertThat(org.atomiscope.machine.Scenarios.withWorker("new Worker('worker.js').postMessage('go');",
            "function onmessage(e) { console.log('got', e.data); }").outcome()).isEqualTo("worker: got go");
    }

    @Disabled("bug: top-level var and function declarations do not become properties of the global object (self.gv is undefined)")
    @Test
    void topLevelDeclarationsAreGlobalProperties() {
        assertThat(main("var gv = 1; function gf() {} console.log(self.gv, typeof self.gf, globalThis.gv);")).isEqualTo("1 function 1");
    }

    @Test
    void argumentsIsSupportedOrClearlyUnsupported() {
        String src = "function f() { return arguments.length; } console.log(f(1, 2, 3));";
        try {
            assertThat(main(src)).isEqualTo("3");
        } catch (org.atomiscope.lang.ScenarioSyntaxError e) {
            assertThat(e.getMessage()).contains("not supported in scenarios").contains("arguments");
        }
    }
}
