package org.atomiscope.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atomiscope.machine.Scenarios.node;
import static org.atomiscope.machine.Scenarios.run;

import org.junit.jupiter.api.Test;

/**
 * Atomics.wait and Atomics.notify (ECMA-262 §25.4.13, §25.4.15): the three results, timeouts on
 * virtual time, FIFO wake-up order, notify's count and return value, and deadlock detection.
 * Waiters sleep in worker agents (a browser's main agent may not block); the notifier acts from a
 * timer so that it runs only after every waiter has gone to sleep.
 */
class WaitNotifyTest {

    private static final String IA = "const ia = new Int32Array(new SharedArrayBuffer(16));\n";

    @Test
    void okAfterNotify() {
        Scenarios.Ran r = run(IA + """
            agent('a', () => { console.log(Atomics.wait(ia, 0, 0), performance.now()); });
            setTimeout(() => console.log('woke', Atomics.notify(ia, 0)), 10);
            """);
        assertThat(r.outcome()).isEqualTo("main: woke 1; a: ok 10");
        assertThat(r.ending()).isEqualTo(Run.Ending.COMPLETED);
        assertThat(r.texts(Event.Kind.WAIT)).containsExactly("Atomics.wait(ia, 0, 0): sleeps");
        assertThat(r.texts(Event.Kind.WOKEN)).containsExactly("resumes: Atomics.wait returned \"ok\"");
        assertThat(r.console()).containsExactly("main: woke 1", "a: ok 10");
    }

    @Test
    void notEqualWhenTheValueDiffers() {
        Scenarios.Ran r = run(IA + """
            ia[0] = 5;
            agent('a', () => { console.log(Atomics.wait(ia, 0, 0), Atomics.wait(ia, 0, 4, 100), performance.now()); });
            """);
        assertThat(r.outcome()).isEqualTo("a: not-equal not-equal 0");
        assertThat(r.texts(Event.Kind.WAIT)).containsExactly("Atomics.wait(ia, 0, 0) → \"not-equal\"",
            "Atomics.wait(ia, 0, 4, 100) → \"not-equal\"");
    }

    @Test
    void theExpectedValueIsConvertedWithToInt32() {
        Scenarios.Ran r = run(IA + """
            ia[0] = -1;
            agent('a', () => {
              console.log(Atomics.wait(ia, 0, 4294967295, 0), Atomics.wait(ia, 0, -1.9, 0), Atomics.wait(ia, 0, '-1', 0),
                Atomics.wait(ia, 0, 1, 0), Atomics.wait(ia, 1, 2 ** 32, 0), Atomics.wait(ia, 1, NaN, 0), Atomics.wait(ia, 1, undefined, 0));
            });
            """);
        assertThat(r.outcome()).isEqualTo("a: timed-out timed-out timed-out not-equal timed-out timed-out timed-out");
    }

    @Test
    void timedOutAfterAFiniteTimeoutAdvancesVirtualTime() {
        Scenarios.Ran r = run(IA + """
            agent('a', () => {
              const t0 = performance.now();
              const res = Atomics.wait(ia, 0, 0, 50);
              console.log(res, t0, performance.now());
              console.log(Atomics.wait(ia, 0, 0, 12.5), performance.now());
            });
            """);
        assertThat(r.outcome()).isEqualTo("a: timed-out 0 50 | timed-out 62.5");
        assertThat(r.now()).isEqualTo(62.5);
        assertThat(r.texts(Event.Kind.TIMED_OUT)).containsExactly("Atomics.wait timed out at 50 ms", "Atomics.wait timed out at 62.5 ms");
    }

    @Test
    void timeoutZeroOrNegativeReturnsAtOnceWithoutTimePassing() {
        Scenarios.Ran r = run(IA + """
            agent('a', () => { console.log(Atomics.wait(ia, 0, 0, 0), Atomics.wait(ia, 0, 0, -5), Atomics.wait(ia, 0, 0, -Infinity), performance.now()); });
            """);
        assertThat(r.outcome()).isEqualTo("a: timed-out timed-out timed-out 0");
        assertThat(r.now()).isEqualTo(0.0);
        assertThat(r.events(Event.Kind.TIMED_OUT)).isEmpty();
        assertThat(r.texts(Event.Kind.WAIT)).hasSize(3).allSatisfy(t -> assertThat(t).startsWith("Atomics.wait(ia, 0, 0, ")
            .endsWith(") → \"timed-out\""));
    }

    @Test
    void aNotifyBeforeTheTimeoutWins() {
        Scenarios.Ran r = run(IA + """
            agent('a', () => { console.log(Atomics.wait(ia, 0, 0, 100), performance.now()); });
            setTimeout(() => console.log(Atomics.notify(ia, 0, 1)), 30);
            """);
        assertThat(r.outcome()).isEqualTo("main: 1; a: ok 30");
        assertThat(r.now()).isEqualTo(30.0);
        assertThat(r.events(Event.Kind.TIMED_OUT)).isEmpty();
    }

    @Test
    void notifyWakesInFifoOrderAndReturnsTheNumberWoken() {
        Scenarios.Ran r = run(IA + """
            for (const nm of ['w1', 'w2', 'w3', 'w4']) agent(nm, () => { console.log(Atomics.wait(ia, 0, 0)); });
            setTimeout(() => {
              console.log('woke', Atomics.notify(ia, 0, 2));
              setTimeout(() => console.log('woke', Atomics.notify(ia, 0, 1)), 5);
              setTimeout(() => console.log('woke', Atomics.notify(ia, 0, 1), 'then', Atomics.notify(ia, 0, 1)), 10);
            }, 10);
            """);
        assertThat(r.outcome()).isEqualTo("main: woke 2 | woke 1 | woke 1 then 0; w1: ok; w2: ok; w3: ok; w4: ok");
        assertThat(r.texts(Event.Kind.NOTIFY)).containsExactly("Atomics.notify(ia, 0, 2) → 2 (wakes w1, w2)",
            "Atomics.notify(ia, 0, 1) → 1 (wakes w3)", "Atomics.notify(ia, 0, 1) → 1 (wakes w4)", "Atomics.notify(ia, 0, 1) → 0");
        assertThat(r.events(Event.Kind.WOKEN)).extracting(Event::agentName).containsExactly("w1", "w2", "w3", "w4");
    }

    @Test
    void notifyWithoutCountOrInfinityWakesEveryone() {
        Scenarios.Ran r = run(IA + """
            for (const nm of ['a', 'b', 'c']) agent(nm, () => { console.log(Atomics.wait(ia, 0, 0)); });
            for (const nm of ['d', 'e']) agent(nm, () => { console.log(Atomics.wait(ia, 1, 0)); });
            setTimeout(() => console.log(Atomics.notify(ia, 0), Atomics.notify(ia, 1, Infinity), Atomics.notify(ia, 1)), 10);
            """);
        assertThat(r.outcome()).isEqualTo("main: 3 2 0; a: ok; b: ok; c: ok; d: ok; e: ok");
    }

    @Test
    void countZeroNegativeOrFractionalIsConverted() {
        Scenarios.Ran r = run(IA + """
            for (const nm of ['a', 'b', 'c']) agent(nm, () => { console.log(Atomics.wait(ia, 0, 0)); });
            setTimeout(() => console.log(Atomics.notify(ia, 0, 0), Atomics.notify(ia, 0, -3), Atomics.notify(ia, 0, 1.9),
              Atomics.notify(ia, 0, NaN), Atomics.notify(ia, 0, '5')), 10);
            """);
        assertThat(r.outcome()).isEqualTo("main: 0 0 1 0 2; a: ok; b: ok; c: ok");
    }

    @Test
    void notifyWakesOnlyWaitersOnTheSameLocation() {
        Scenarios.Ran r = run("""
            const sab = new SharedArrayBuffer(16);
            const ia = new Int32Array(sab);
            agent('a', () => { console.log(Atomics.wait(ia, 1, 0)); });
            agent('b', () => { console.log(Atomics.wait(ia, 2, 0)); });
            setTimeout(() => {
              const other = new Int32Array(sab, 4);
              const elsewhere = new Int32Array(new SharedArrayBuffer(16));
              console.log(Atomics.notify(ia, 0), Atomics.notify(elsewhere, 1), Atomics.notify(other, 0), Atomics.notify(ia, 1));
            }, 10);
            """);
        // other[0] is ia[1]: waiters are found by their byte address in the buffer, not by the view.
        assertThat(r.outcome()).isEqualTo("main: 0 0 1 0; a: ok [deadlock: b]");
        assertThat(r.ending()).isEqualTo(Run.Ending.DEADLOCK);
    }

    @Test
    void aWaiterWokenFromAnotherWorkerFile() {
        Scenarios.Ran r = Scenarios.runFolder("""
            const sab = new SharedArrayBuffer(8);
            const waiter = new Worker('waiter.js'); const waker = new Worker('waker.js');
            waiter.postMessage(sab); waker.postMessage(sab);
            """, "waiter.js", """
            onmessage = ({data}) => { const ia = new Int32Array(data); Atomics.store(ia, 1, 1); console.log(Atomics.wait(ia, 0, 0)); };
            """, "waker.js", """
            onmessage = ({data}) => {
              const ia = new Int32Array(data);
              while (Atomics.load(ia, 1) === 0) {}
              let n = 0;
              while ((n = Atomics.notify(ia, 0, 1)) === 0) {}
              console.log('woke', n);
            };
            """);
        assertThat(r.outcome()).isEqualTo("waiter: ok; waker: woke 1");
        assertThat(r.ending()).isEqualTo(Run.Ending.COMPLETED);
    }

    // ------------------------------------------------------------------ deadlock

    @Test
    void aWaiterNobodyNotifiesIsADeadlock() {
        Scenarios.Ran r = run(IA + "agent('a', () => { console.log(Atomics.wait(ia, 0, 0)); });");
        assertThat(r.outcome()).isEqualTo("[deadlock: a]");
        assertThat(r.ending()).isEqualTo(Run.Ending.DEADLOCK);
        assertThat(r.message()).isEqualTo("Deadlock: a waits in Atomics.wait and nobody is left to notify.");
        assertThat(r.agent("a").status()).isEqualTo(AgentState.Status.BLOCKED);
        assertThat(r.result().last().blockedForever()).containsExactly("a");
    }

    @Test
    void twoWaitersDeadlock() {
        Scenarios.Ran r = run(IA + """
            agent('a', () => { console.log('a waits'); Atomics.wait(ia, 0, 0); });
            agent('b', () => { console.log('b waits'); Atomics.wait(ia, 1, 0); });
            """);
        assertThat(r.outcome()).isEqualTo("a: a waits; b: b waits [deadlock: a, b]");
        assertThat(r.message()).isEqualTo("Deadlock: a, b wait in Atomics.wait and nobody is left to notify.");
    }

    @Test
    void aTimedWaiterIsNotPartOfTheDeadlock() {
        Scenarios.Ran r = run(IA + """
            agent('a', () => { console.log(Atomics.wait(ia, 0, 0, 100)); });
            agent('b', () => { console.log(Atomics.wait(ia, 0, 0)); });
            """);
        assertThat(r.outcome()).isEqualTo("a: timed-out [deadlock: b]");
        assertThat(r.now()).isEqualTo(100.0);
        assertThat(r.ending()).isEqualTo(Run.Ending.DEADLOCK);
    }

    @Test
    void nodesMainAgentCanDeadlock() {
        Scenarios.Ran r = run(node(IA + "console.log('before'); Atomics.wait(ia, 0, 0);"));
        assertThat(r.outcome()).isEqualTo("main: before [deadlock: main]");
        assertThat(r.ending()).isEqualTo(Run.Ending.DEADLOCK);
    }

    @Test
    void nodesMainAgentIsWokenByAWorker() {
        Scenarios.Ran r = run(node(IA + """
            agent('a', () => { while (Atomics.notify(ia, 0) === 0) {} });
            console.log(Atomics.wait(ia, 0, 0));
            """));
        assertThat(r.outcome()).isEqualTo("main: ok");
        assertThat(r.ending()).isEqualTo(Run.Ending.COMPLETED);
    }

    @Test
    void aLockBuiltOnWaitAndNotifyKeepsTheCountExact() {
        String src = IA + """
            function lock() {
              let c = Atomics.compareExchange(ia, 0, 0, 1);
              if (c === 0) return;
              do {
                if (c === 2 || Atomics.compareExchange(ia, 0, 1, 2) !== 0) Atomics.wait(ia, 0, 2);
              } while ((c = Atomics.compareExchange(ia, 0, 0, 2)) !== 0);
            }
            function unlock() {
              if (Atomics.sub(ia, 0, 1) !== 1) { Atomics.store(ia, 0, 0); Atomics.notify(ia, 0, 1); }
            }
            for (const n of ['a', 'b', 'c']) agent(n, () => { for (let i = 0; i < 5; i++) { lock(); ia[1]++; unlock(); } });
            setTimeout(() => console.log(ia[1], ia[0]), 1);
            """;
        Scenarios.Ran r = run(src);
        for (String scheduler : new String[] {"round-robin", "random"}) {
            for (long seed = 0; seed < 5; seed++) {
                Scenarios.Ran s = Scenarios.run(src, scheduler, seed);
                assertThat(s.outcome()).as(scheduler + " " + seed).isEqualTo("main: 15 0");
            }
        }
        assertThat(r.outcome()).isEqualTo("main: 15 0");
    }
}
