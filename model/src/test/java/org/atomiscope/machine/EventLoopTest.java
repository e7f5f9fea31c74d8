package org.atomiscope.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atomiscope.machine.Scenarios.run;
import static org.atomiscope.machine.Scenarios.runFolder;
import static org.atomiscope.machine.Scenarios.withWorker;

import java.util.List;
import java.util.stream.Stream;
import org.atomiscope.vm.Limits;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Event loops, timers on virtual time, workers and their messages. Virtual time moves only when a
 * timer fires or a wait times out, and only when nothing else can run: a timer models "later", so
 * every scheduler lets the other agents do what they can first.
 */
class EventLoopTest {

    // ------------------------------------------------------------------ timers

    @Test
    void timersFireInOrderOfDelayThenCreation() {
        Scenarios.Ran r = run("""
            setTimeout(() => console.log('b200', performance.now()), 200);
            setTimeout(() => console.log('a100', performance.now()), 100);
            setTimeout(() => console.log('c100', performance.now()), 100);
            setTimeout(() => console.log('z0', performance.now()), 0);
            setTimeout((x, y) => console.log('args', x, y, performance.now()), 50, 'p', 'q');
            console.log('sync', performance.now());
            """);
        assertThat(r.outcome()).isEqualTo("main: sync 0 | z0 0 | args p q 50 | a100 100 | c100 100 | b200 200");
        assertThat(r.now()).isEqualTo(200.0);
        assertThat(r.texts(Event.Kind.TIMER)).containsExactly("timer fires at 0 ms", "timer fires at 50 ms",
            "timer fires at 100 ms", "timer fires at 100 ms", "timer fires at 200 ms");
        assertThat(r.ending()).isEqualTo(Run.Ending.COMPLETED);
    }

    @Test
    void nestedTimersCountFromWhenTheyAreSet() {
        Scenarios.Ran r = run("""
            setTimeout(() => {
              console.log('outer', performance.now());
              setTimeout(() => console.log('inner', performance.now()), 10);
              setTimeout(() => console.log('inner0', performance.now()), 0);
            }, 100);
            setTimeout(() => console.log('t105', performance.now()), 105);
            setTimeout(() => console.log('t110', performance.now()), 110);
            """);
        assertThat(r.outcome()).isEqualTo("main: outer 100 | inner0 100 | t105 105 | t110 110 | inner 110");
    }

    @Test
    void oddDelaysCountAsZeroOrAreConverted() {
        assertThat(Scenarios.main("""
            setTimeout(() => console.log('str', performance.now()), '30');
            setTimeout(() => console.log('neg', performance.now()), -5);
            setTimeout(() => console.log('nan', performance.now()), 'abc');
            setTimeout(() => console.log('none', performance.now()));
            setTimeout(() => console.log('frac', performance.now()), 7.5);
            """)).isEqualTo("neg 0 | nan 0 | none 0 | frac 7.5 | str 30");
    }

    @Test
    void clearTimeoutCancels() {
        Scenarios.Ran r = run("""
            const id = setTimeout(() => console.log('never'), 10);
            clearTimeout(id);
            const t2 = setTimeout(() => console.log('t2'), 20);
            setTimeout(() => { clearTimeout(t2); console.log('t1 cleared t2'); }, 10);
            clearTimeout(undefined); clearTimeout(12345); clearTimeout('x');
            console.log(typeof id, id !== t2);
            """);
        assertThat(r.outcome()).isEqualTo("main: number true | t1 cleared t2");
        assertThat(r.now()).isEqualTo(10.0);
    }

    @Test
    void setIntervalRepeatsUntilCleared() {
        Scenarios.Ran r = run("""
            let n = 0;
            const iv = setInterval((tag) => { n++; console.log(tag, n, performance.now()); if (n === 3) clearInterval(iv); }, 25, 'tick');
            """);
        assertThat(r.outcome()).isEqualTo("main: tick 1 25 | tick 2 50 | tick 3 75");
        assertThat(r.now()).isEqualTo(75.0);
        assertThat(r.ending()).isEqualTo(Run.Ending.COMPLETED);
    }

    @Test
    void anIntervalClearedFromAnotherTimer() {
        assertThat(Scenarios.main("""
            const iv = setInterval(() => console.log('iv', performance.now()), 10);
            setTimeout(() => { clearInterval(iv); console.log('stop', performance.now()); }, 35);
            """)).isEqualTo("iv 10 | iv 20 | iv 30 | stop 35");
    }

    @Test
    void aTimerWithCodeInAStringIsNotSupported() {
        Scenarios.Ran r = run("setTimeout(\"console.log(1)\", 10);");
        assertThat(r.outcome()).isEqualTo(
            "[main threw TypeError: not supported in scenarios: a timer with code in a string; pass a function]");
    }

    @Test
    void virtualTimeAdvancesOnlyWithTimers() {
        Scenarios.Ran r = run("""
            const t0 = performance.now();
            let i = 0; while (i < 100000) i++;
            const ia = new Int32Array(new SharedArrayBuffer(4));
            for (let j = 0; j < 50; j++) ia[0]++;
            console.log(t0, performance.now());
            setTimeout(() => console.log(performance.now()), 7.5);
            """);
        assertThat(r.outcome()).isEqualTo("main: 0 0 | 7.5");
        assertThat(r.now()).isEqualTo(7.5);
        assertThat(r.result().last().timers()).isEmpty();
    }

    static Stream<Arguments> schedulers() {
        return Stream.of(Arguments.of("default", 0L), Arguments.of("round-robin", 0L), Arguments.of("random", 1L),
            Arguments.of("random", 2L), Arguments.of("random", 3L), Arguments.of("random", 42L));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("schedulers")
    void timersFireOnlyWhenNoOtherAgentCanRun(String scheduler, long seed) {
        Scenarios.Ran r = Scenarios.run(Scenarios.folder("""
            const w = new Worker('worker.js');
            setTimeout(() => console.log('main timer', performance.now()), 0);
            console.log('main done');
            """, "worker.js", """
            const ia = new Int32Array(new SharedArrayBuffer(4));
            for (let i = 0; i < 20; i++) ia[0]++;
            console.log('worker done', ia[0], performance.now());
            """), scheduler, seed, Limits.DEFAULT_STEP_INSTRUCTIONS, Scenarios.MAX_STEPS);
        assertThat(r.console()).containsExactly("main: main done", "worker: worker done 20 0", "main: main timer 0");
    }

    @Test
    void timersOfAllAgentsShareOneClock() {
        Scenarios.Ran r = withWorker("""
            new Worker('worker.js');
            setTimeout(() => console.log('main 5'), 5);
            """, """
            setTimeout(() => console.log('worker 3'), 3);
            setTimeout(() => console.log('worker 5'), 5);
            setTimeout(() => console.log('worker 7'), 7);
            """);
        assertThat(r.console()).containsExactly("worker: worker 3", "main: main 5", "worker: worker 5", "worker: worker 7");
        assertThat(r.now()).isEqualTo(7.0);
    }

    @Test
    void aTimedWaitEndsEvenWhenTheAgentHasAnEarlierTimer() {
        Scenarios.Ran r = run("""
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('a', () => {
              setTimeout(() => console.log('timer', performance.now()), 5);
              console.log(Atomics.wait(ia, 0, 0, 50), performance.now());
            });
            """);
        assertThat(r.outcome()).isEqualTo("a: timed-out 50 | timer 50");
        assertThat(r.ending()).isEqualTo(Run.Ending.COMPLETED);
    }

    // ------------------------------------------------------------------ messages

    @Test
    void helloRoundTrip() {
        Scenarios.Ran r = withWorker("""
            const w = new Worker('worker.js');
            w.onmessage = (e) => { console.log(e.data); };
            w.postMessage('hi');
            """, """
            self.onmessage = (e) => { console.log(e.data); postMessage('ho'); };
            """);
        assertThat(r.outcome()).isEqualTo("main: ho; worker: hi");
        assertThat(r.console()).containsExactly("worker: hi", "main: ho");
        assertThat(r.texts(Event.Kind.SEND)).containsExactly("creates agent worker", "posts a message to worker", "posts a message to main");
        assertThat(r.texts(Event.Kind.RECEIVE)).containsExactly("receives a message from main", "receives a message from worker");
    }

    @Test
    void everyWayOfSettingOnmessageWorks() {
        Scenarios.Ran r = runFolder("""
            const a = new Worker('a.js'); const b = new Worker('b.js'); const c = new Worker('c.js');
            for (const w of [a, b, c]) { w.onmessage = function (e) { console.log(e.data, this === w, e.target === w); }; w.postMessage('go'); }
            """,
            "a.js", "self.onmessage = (e) => postMessage('a ' + e.data);",
            "b.js", "onmessage = (e) => postMessage('b ' + e.data);",
            "c.js", "function onmessage(e) { postMessage('c ' + e.data); }");
        assertThat(r.lines("main")).containsExactly("a go true true", "b go true true", "c go true true");
    }

    @Test
    void messagesQueueUntilTheWorkersScriptHasFinished() {
        Scenarios.Ran r = withWorker("""
            const w = new Worker('worker.js');
            w.postMessage(1); w.postMessage(2);
            """, """
            const ia = new Int32Array(new SharedArrayBuffer(4));
            console.log('script start');
            for (let i = 0; i < 20; i++) ia[0]++;
            console.log('script end');
            onmessage = (e) => console.log('got', e.data);
            """);
        assertThat(r.lines("worker")).containsExactly("script start", "script end", "got 1", "got 2");
    }

    @Test
    void aMessageWithoutAHandlerIsDroppedWithAWarning() {
        Scenarios.Ran r = withWorker("new Worker('worker.js').postMessage(1);", "console.log('no handler');");
        assertThat(r.outcome()).isEqualTo("worker: no handler");
        assertThat(r.texts(Event.Kind.WARNING)).containsExactly("no onmessage handler: the message from main is dropped");
        assertThat(r.ending()).isEqualTo(Run.Ending.COMPLETED);
    }

    @Test
    void aWorkersMessageGoesToItsWorkerObjectNotToMainsGlobal() {
        Scenarios.Ran r = withWorker("""
            new Worker('worker.js');
            onmessage = (e) => console.log('global got', e.data);
            """, "postMessage('x');");
        assertThat(r.outcome()).isEmpty();
        assertThat(r.texts(Event.Kind.WARNING)).containsExactly("no onmessage handler: the message from worker is dropped");
    }

    @Test
    void agentsPostToMainsGlobalOnmessage() {
        Scenarios.Ran r = run("""
            agent('a', () => { postMessage('from a'); });
            onmessage = (e) => console.log('main got', e.data);
            """);
        assertThat(r.outcome()).isEqualTo("main: main got from a");
    }

    @Test
    void nestedWorkersTalkToTheirParent() {
        Scenarios.Ran r = runFolder("""
            const w = new Worker('worker.js');
            w.onmessage = (e) => console.log('main got', e.data);
            """, "worker.js", """
            const sub = new Worker('sub.js');
            sub.onmessage = (e) => { console.log('worker got', e.data); postMessage('relay ' + e.data); };
            """, "sub.js", "postMessage('from sub');");
        assertThat(r.outcome()).isEqualTo("main: main got relay from sub; worker: worker got from sub");
    }

    @Test
    void postMessageOnMainsGlobalIsATypeError() {
        assertThat(Scenarios.out("postMessage('to nobody');")).isEqualTo("[main threw TypeError: postMessage on the main "
            + "agent's global has no one to send to: send to a worker with worker.postMessage(...)]");
    }

    // ------------------------------------------------------------------ workers

    @Test
    void workersAreNamedAfterTheirFileOrTheirNameOption() {
        Scenarios.Ran r = withWorker("""
            new Worker('worker.js'); new Worker('./worker.js');
            new Worker('worker.js', {name: 'calc'}); new Worker('worker.js', {name: 'calc'});
            """, "console.log('up');");
        assertThat(r.outcome()).isEqualTo("worker: up; worker#2: up; calc: up; calc#2: up");
        assertThat(r.texts(Event.Kind.SEND)).containsExactly("creates agent worker", "creates agent worker#2",
            "creates agent calc", "creates agent calc#2");
        assertThat(r.result().last().agents()).extracting(AgentState::name)
            .containsExactly("main", "worker", "worker#2", "calc", "calc#2");
    }

    @Test
    void agentNamesAreMadeUniqueToo() {
        assertThat(Scenarios.out("""
            agent('a', () => console.log(1)); agent('a', () => console.log(2)); agent('', () => console.log(3));
            """)).isEqualTo("a: 1; a#2: 2; worker: 3");
    }

    @Test
    void aMissingWorkerFileIsAnError() {
        Scenarios.Ran r = withWorker("new Worker('missing.js');", "console.log('up');");
        assertThat(r.outcome()).startsWith("[main threw Error: There is no file 'missing.js' in this scenario (its files: ");
        assertThat(r.outcome()).contains("main.js").contains("worker.js");
        assertThat(r.ending()).isEqualTo(Run.Ending.THREW);
        assertThat(r.message()).startsWith("main.js:1:1: main threw Error: There is no file 'missing.js' in this scenario");
    }

    @Test
    void theMissingWorkerMessageListsTheFilesInOrder() {
        Scenarios.Ran r = runFolder("new Worker('missing.js');", "worker.js", "1;", "other.js", "2;", "third.js", "3;");
        assertThat(r.outcome()).isEqualTo(
            "[main threw Error: There is no file 'missing.js' in this scenario (its files: main.js, worker.js, other.js, third.js)]");
    }

    @Test
    void theWorkerLimitLeavesTheRestUnstarted() {
        Scenarios.Ran r = withWorker("""
            /**
             * @workers 2
             */
            for (let i = 0; i < 3; i++) new Worker('worker.js');
            console.log('made 3');
            """, "console.log('up');");
        assertThat(r.outcome()).isEqualTo("main: made 3; worker: up; worker#2: up");
        assertThat(r.agent("worker#3").status()).isEqualTo(AgentState.Status.UNSTARTED);
        assertThat(r.agent("worker#2").status()).isEqualTo(AgentState.Status.IDLE);
        assertThat(r.ending()).isEqualTo(Run.Ending.COMPLETED);
        assertThat(r.events(Event.Kind.START)).extracting(Event::agentName).containsExactly("main", "worker", "worker#2");
    }

    @Test
    void workerNeedsNewAndCannotBeTerminated() {
        assertThat(withWorker("Worker('worker.js');", "1;").outcome())
            .isEqualTo("[main threw TypeError: Constructor Worker requires 'new']");
        assertThat(withWorker("new Worker('worker.js').terminate();", "1;").outcome())
            .isEqualTo("[main threw TypeError: not supported in scenarios: Worker.prototype.terminate]");
    }

    @Test
    void agentNeedsAFunction() {
        assertThat(Scenarios.out("agent('a', 5);")).isEqualTo("[main threw TypeError: agent(name, fn) needs a function to run, not 5]");
    }

    @Test
    void crossOriginIsolation() {
        assertThat(Scenarios.out("console.log(crossOriginIsolated, typeof SharedArrayBuffer);")).isEqualTo("main: true function");
        Scenarios.Ran r = run("""
            /**
             * @isolated false
             */
            console.log(crossOriginIsolated, typeof SharedArrayBuffer, typeof ArrayBuffer);
            new SharedArrayBuffer(8);
            """);
        assertThat(r.outcome()).isEqualTo("main: false undefined function [main threw ReferenceError: SharedArrayBuffer is not defined]");
        assertThat(r.message()).isEqualTo("t.js:5:5: main threw ReferenceError: SharedArrayBuffer is not defined.");
    }

    @Test
    void anUncaughtErrorInAWorkerEndsOnlyThatWorker() {
        Scenarios.Ran r = withWorker("""
            const w = new Worker('worker.js');
            w.postMessage(null);
            setTimeout(() => console.log('main still runs'), 5);
            """, "onmessage = (e) => { throw new TypeError('in worker'); };");
        assertThat(r.outcome()).isEqualTo("main: main still runs [worker threw TypeError: in worker]");
        assertThat(r.ending()).isEqualTo(Run.Ending.THREW);
        assertThat(r.message()).isEqualTo("worker.js:1:22: worker threw TypeError: in worker.");
        assertThat(r.agent("main").status()).isEqualTo(AgentState.Status.IDLE);
        assertThat(r.agent("worker").status()).isEqualTo(AgentState.Status.THREW);
    }

    @Test
    void runsAreDeterministic() {
        String src = """
            const ia = new Int32Array(new SharedArrayBuffer(8));
            for (const n of ['a', 'b', 'c']) agent(n, () => { for (let i = 0; i < 5; i++) ia[0]++; console.log(n, ia[0]); });
            setTimeout(() => console.log('final', ia[0]), 1);
            """;
        for (String scheduler : List.of("default", "round-robin", "random")) {
            Scenarios.Ran one = Scenarios.run(src, scheduler, 7);
            Scenarios.Ran two = Scenarios.run(src, scheduler, 7);
            assertThat(two.outcome()).as(scheduler).isEqualTo(one.outcome());
            assertThat(two.result().schedule()).as(scheduler).isEqualTo(one.result().schedule());
        }
    }
}
