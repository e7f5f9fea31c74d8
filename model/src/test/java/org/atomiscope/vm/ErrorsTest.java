package org.atomiscope.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atomiscope.machine.Scenarios.run;

import org.atomiscope.lang.ScenarioSyntaxError;
import org.atomiscope.machine.AgentState;
import org.atomiscope.machine.Event;
import org.atomiscope.machine.Run;
import org.atomiscope.machine.Scenarios;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of error a scenario can meet, with its exact message: uncaught exceptions in the
 * outcome line ({@code [main threw TypeError: ...]}) and in the run's message with their position,
 * syntax errors before the first step, runaway recursion and endless loops. None may surface as a
 * Java exception.
 */
class ErrorsTest {

    /** The error an uncaught exception leaves in the outcome line of a one-line scenario. */
    private static String uncaught(String src) {
        Scenarios.Ran r = run(src);
        assertThat(r.ending()).as(src).isEqualTo(Run.Ending.THREW);
        assertThat(r.agent("main").status()).isEqualTo(AgentState.Status.THREW);
        return r.outcome();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "undefinedFn();                                  | ReferenceError: undefinedFn is not defined",
        "console.log(nope);                              | ReferenceError: nope is not defined",
        "console.log(x); let x = 1;                      | ReferenceError: Cannot access 'x' before initialization",
        "const w = {}; w.postMessage('x');               | TypeError: w.postMessage is not a function",
        "const obj = {a: 1}; obj.method();               | TypeError: obj.method is not a function",
        "const arr = [1]; arr[0]();                      | TypeError: arr[0] is not a function",
        "const n = 5; n();                               | TypeError: n is not a function",
        "const o = {a: {}}; o.a.b();                     | TypeError: o.a.b is not a function",
        "const f = () => 1; new f();                     | TypeError: f is not a constructor",
        "let u; u.x;                                     | TypeError: Cannot read properties of undefined (reading 'x')",
        "let u = null; u.x;                              | TypeError: Cannot read properties of null (reading 'x')",
        "const o = {}; o.a.b.c;                          | TypeError: Cannot read properties of undefined (reading 'b')",
        "let u = null; u.foo = 1;                        | TypeError: Cannot set properties of null (setting 'foo')",
        "let u; u.foo = 1;                               | TypeError: Cannot set properties of undefined (setting 'foo')",
        "class C {} C();                                 | TypeError: Class constructor C cannot be invoked without 'new'",
        "const c = 1; c = 2;                             | TypeError: Assignment to constant variable 'c'",
        "({}) instanceof 5;                              | TypeError: Right-hand side of 'instanceof' is not callable",
        "'a' in 'abc';                                   | TypeError: Cannot use 'in' operator to search for 'a' in abc",
        "for (const x of 5) {}                           | TypeError: 5 is not iterable",
        "const [a] = null;                               | TypeError: null is not iterable",
        "class A extends 5 {}                            | TypeError: Class extends value 5 is not a constructor or null",
        "class A {} class B extends A { constructor() { this.y = 1; } } new B(); | ReferenceError: Must call super constructor in derived class before accessing 'this'",
        "new Array(-1);                                  | RangeError: Invalid array length",
        "'ab'.repeat(1e9);                               | RangeError: Invalid string length",
        "(1).toFixed(101);                               | RangeError: toFixed() digits argument must be between 0 and 100",
        "function f() { return f() + 1; } f();           | RangeError: Maximum call stack size exceeded",
        "throw new Error('plain');                       | Error: plain",
        "throw new TypeError();                          | TypeError",
        "throw 42;                                       | 42",
        "throw 'text';                                   | text",
        "throw {toString() { return 'custom' }};         | custom",
        "class E2 extends Error { constructor(m) { super(m); this.name = 'E2'; } } throw new E2('mine'); | E2: mine",
    })
    void uncaughtErrorsAppearInTheOutcome(String src, String error) {
        assertThat(uncaught(src)).isEqualTo("[main threw " + error + "]");
    }

    @Test
    void theMessageCarriesTheFileLineColumnAndAgent() {
        Scenarios.Ran r = run("const w = {};\nconsole.log('before');\n  w.postMessage('x');");
        assertThat(r.outcome()).isEqualTo("main: before [main threw TypeError: w.postMessage is not a function]");
        assertThat(r.message()).isEqualTo("t.js:3:3: main threw TypeError: w.postMessage is not a function.");
        Event threw = r.events(Event.Kind.THREW).get(0);
        assertThat(threw.text()).isEqualTo("threw TypeError: w.postMessage is not a function");
        assertThat(threw.pos().line()).isEqualTo(3);
        assertThat(r.agent("main").errorPos().toString()).isEqualTo("t.js:3:3");
    }

    @Test
    void errorsInAWorkerNameTheWorkerAndItsFile() {
        Scenarios.Ran r = Scenarios.withWorker("new Worker('worker.js');", "\nundefinedThing();");
        assertThat(r.outcome()).isEqualTo("[worker threw ReferenceError: undefinedThing is not defined]");
        assertThat(r.message()).isEqualTo("worker.js:2:1: worker threw ReferenceError: undefinedThing is not defined.");
    }

    @Test
    void twoAgentsThrowing() {
        Scenarios.Ran r = run("""
            agent('a', () => { null.x; });
            agent('b', () => { throw new RangeError('b broke'); });
            """);
        assertThat(r.outcome()).isEqualTo("[a threw TypeError: Cannot read properties of null (reading 'x')] [b threw RangeError: b broke]");
        assertThat(r.message()).isEqualTo("t.js:1:20: a threw TypeError: Cannot read properties of null (reading 'x'); "
            + "t.js:2:20: b threw RangeError: b broke.");
    }

    @Test
    void caughtErrorsCarryNameAndMessage() {
        assertThat(Scenarios.main("""
            try { undefinedFn(); } catch (e) { console.log(e instanceof ReferenceError, e.name, e.message, String(e)); }
            try { null.f(); } catch (e) { console.log(e instanceof TypeError, e.constructor === TypeError); }
            """)).isEqualTo("true ReferenceError undefinedFn is not defined ReferenceError: undefinedFn is not defined | true true");
    }

    // ------------------------------------------------------------------ runaway programs

    @Test
    void runawayRecursionIsARangeErrorNotAJavaStackOverflow() {
        for (String src : new String[] {
            "function f() { return f() + 1; } f();",
            "function f() { try { return f(); } finally { } } f();",
            "const o = {valueOf() { return o + 1 }}; o + 1;",
            "const o = {}; Object.defineProperty(o, 'x', {get() { return this.x; }}); o.x;",
            "class A { constructor() { return new A(); } } new A();",
            "const o = {toString() { return `${o}`; }}; String(o);",
            "const f = (n) => [n].map(f); f(1);",
        }) {
            assertThat(run(src).outcome()).as(src).isEqualTo("[main threw RangeError: Maximum call stack size exceeded]");
        }
    }

    @Test
    void aCaughtStackOverflowLeavesTheAgentWorking() {
        assertThat(Scenarios.main("""
            function f() { try { f(); } catch (e) { throw e; } }
            try { f() } catch (e) { console.log(e.name, e.message) }
            console.log('still fine');
            """)).isEqualTo("RangeError Maximum call stack size exceeded | still fine");
    }

    @Test
    void deepDataInBuiltinsIsARangeError() {
        for (String src : new String[] {
            "let a = []; for (let i = 0; i < 100000; i++) a = [a]; String(a);",
            "let a = {}; for (let i = 0; i < 100000; i++) a = {a}; JSON.stringify(a);",
            "let a = {}; for (let i = 0; i < 100000; i++) a = {a}; agent('x', () => { console.log(typeof a) });",
        }) {
            assertThat(run(src).outcome()).as(src).isEqualTo("[main threw RangeError: Maximum call stack size exceeded]");
        }
    }

    @Test
    void deepDataErrorsHaveAPosition() {
        Scenarios.Ran r = run("let a = [];\nfor (let i = 0; i < 100000; i++) a = [a];\nString(a);");
        assertThat(r.message()).isEqualTo("t.js:3:1: main threw RangeError: Maximum call stack size exceeded.");
        assertThat(r.agent("main").errorPos()).isNotNull();
    }

    @Test
    void aHugeConcatenatedStringIsARangeError() {
        Scenarios.Ran r = run("let s = 'x'; for (let i = 0; i < 40; i++) s = s + s; console.log(s.length);");
        assertThat(r.outcome()).isEqualTo("[main threw RangeError: Invalid string length]");
    }

    @Test
    void theRunMessageHasOnePeriod() {
        assertThat(run("const c = 1; c = 2;").message()).doesNotEndWith("..");
    }

    @Test
    void anEndlessLocalLoopEndsAsHung() {
        Scenarios.Ran r = Scenarios.runWithBudget("let count = 0;\nwhile (true) { count++; }", 100_000);
        assertThat(r.ending()).isEqualTo(Run.Ending.HUNG);
        assertThat(r.outcome()).isEqualTo("[step limit]");
        assertThat(r.message()).isEqualTo("main ran 100,000 loop iterations without touching shared memory (an endless loop?) at t.js:2:16.");
        assertThat(r.agent("main").status()).isEqualTo(AgentState.Status.HUNG);
        assertThat(r.texts(Event.Kind.HUNG)).containsExactly(
            "ran 100,000 loop iterations without touching shared memory (an endless loop?)");
    }

    @Test
    void anEndlessLoopInAnAgentHangsOnlyThatAgent() {
        Scenarios.Ran r = Scenarios.runWithBudget("""
            agent('spin', () => { for (;;) {} });
            console.log('main ran');
            setTimeout(() => console.log('timer ran'), 5);
            """, 100_000);
        assertThat(r.outcome()).isEqualTo("main: main ran | timer ran [step limit]");
        assertThat(r.ending()).isEqualTo(Run.Ending.HUNG);
        assertThat(r.message()).isEqualTo("spin ran 100,000 loop iterations without touching shared memory (an endless loop?) at t.js:1:32.");
    }

    @Test
    void aSpinOnSharedMemoryStopsAtTheStepLimit() {
        Scenarios.Ran r = Scenarios.run(ScenarioSource.ofSingleFile("t.js", """
            const ia = new Int32Array(new SharedArrayBuffer(4));
            agent('peer', () => { ia; });   // now another agent can reach ia: each load is a step
            while (Atomics.load(ia, 0) === 0) {}
            """), "default", 0, Limits.DEFAULT_STEP_INSTRUCTIONS, 50);
        assertThat(r.ending()).isEqualTo(Run.Ending.STEP_LIMIT);
        assertThat(r.outcome()).isEqualTo("[step limit]");
        assertThat(r.message()).isEqualTo("Stopped after 50 steps (the step limit); raise it with --max-steps if the scenario needs more.");
        assertThat(r.result().schedule()).hasSize(50);
    }

    // ------------------------------------------------------------------ syntax errors come before the first step

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "let x = ;                 | t.js:1:9: Unexpected token ';'.",
        "const s = 'unterminated;  | t.js:1:11: Unterminated string literal.",
        "let a = 1; let a = 2;     | t.js:1:16: 'a' has already been declared in this scope.",
        "with ({}) {}              | t.js:1:1: not supported in scenarios: with statements",
        "async function f() {}     | t.js:1:1: not supported in scenarios: async functions and await",
        "function* g() {}          | t.js:1:1: not supported in scenarios: generators and yield",
        "const r = /ab+c/;         | t.js:1:11: not supported in scenarios: regular expression literals",
        "break;                    | t.js:1:1: 'break' is only allowed inside a loop or a switch statement.",
    })
    void syntaxErrorsAreReportedAtCompileTime(String src, String message) {
        assertThatThrownBy(() -> run(src)).isInstanceOf(ScenarioSyntaxError.class).hasMessage(message);
    }

    @Test
    void aSyntaxErrorInAWorkerFileIsReportedBeforeAnythingRuns() {
        assertThatThrownBy(() -> Scenarios.withWorker("console.log('never');", "let = ;\n"))
            .isInstanceOf(ScenarioSyntaxError.class)
            .hasMessageStartingWith("worker.js:1:");
    }
}
