package org.atomiscope.stepper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.atomiscope.machine.Choice;
import org.atomiscope.machine.Machine;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.RelaxedModel;
import org.atomiscope.memory.ScModel;
import org.atomiscope.memory.TsoModel;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;

/**
 * The narration of real runs of shipped scenarios, step by step, under each memory model: what a
 * student reads in the notes pane after clicking a step.
 */
class NarratorTest {
    private static History open(String scenario, MemoryModel model) {
        return open(ScenarioLibrary.fromClasspath().find(scenario), model);
    }

    private static History open(ScenarioSource source, MemoryModel model) {
        return new History(Machine.initial(Program.compile(source, model)));
    }

    /** Takes the enabled choice with this label and returns the narration of that step. */
    private static String take(History h, String label) {
        List<Choice> choices = h.current().choices();
        Choice c = choices.stream().filter(x -> x.label().equals(label)).findFirst()
            .orElseThrow(() -> new AssertionError("no choice " + label + " among " + choices));
        h.take(c);
        return Narrator.lastStep(h);
    }

    /** 06 under the relaxed model up to the reader's second read, with both writes done. */
    private static History writerFirst(MemoryModel model) {
        History h = open("19-reordering-123456-191", model);
        take(h, "main: starts");
        take(h, "writer: starts");
        take(h, "reader: starts");
        return h;
    }

    @Test
    void beforeTheFirstStepItSaysHowToStart() {
        History h = open("19-reordering-123456-191", RelaxedModel.INSTANCE);
        assertThat(Narrator.lastStep(h)).isEqualTo(Narrator.atStart(h.current()))
            .isEqualTo("Nothing has run yet. Step to start main.");
    }

    @Test
    void mainsFirstStepCreatesTheAgents() {
        History h = open("19-reordering-123456-191", ScModel.INSTANCE);
        assertThat(take(h, "main: starts")).isEqualTo("main started. Then it created agents writer and reader and finished.");
        assertThat(take(h, "writer: starts")).isEqualTo("writer started.");
    }

    @Test
    void aStaleReadSaysWhichWriteItMissedAndWhy() {
        History h = writerFirst(RelaxedModel.INSTANCE);
        assertThat(take(h, "writer: ia[42] = 314159")).isEqualTo("writer wrote 314159 to ia[42].");
        assertThat(take(h, "writer: ia[37] = 123456")).isEqualTo("writer wrote 123456 to ia[37]. Then it finished.");
        assertThat(take(h, "reader: read ia[37] → 123456 (the newest write)"))
            .isEqualTo("reader read ia[37] = 123456, the newest write.");
        assertThat(take(h, "reader: read ia[42] → 191 (stale: nothing synchronizes reader with writer since it wrote 314159)"))
            .isEqualTo("reader read ia[42] = 191: the write of 314159 is not yet visible to it, since nothing"
                + " synchronizes reader with writer. Then it printed \"123456 191\" and finished.");
        assertThat(Narrator.atEnd(h.current())).isEqualTo("Every agent has finished.");
    }

    @Test
    void aReadOfTheOnlyVisibleWriteIsPlain() {
        History h = writerFirst(ScModel.INSTANCE);
        assertThat(take(h, "reader: read ia[37]")).isEqualTo("reader read ia[37] = 163.");
        assertThat(take(h, "reader: read ia[42]")).isEqualTo("reader read ia[42] = 191. Then it printed \"163 191\" and finished.");
    }

    @Test
    void waitSleepsAndNotifyWakes() {
        History h = open("21-wait-wake", RelaxedModel.INSTANCE);
        take(h, "main: starts");
        take(h, "writer: starts");
        take(h, "reader: starts");
        assertThat(take(h, "reader: Atomics.wait(ia, 37, 163)"))
            .isEqualTo("reader: Atomics.wait(ia, 37, 163) sleeps until another agent notifies ia[37].");
        assertThat(take(h, "writer: read ia[37]")).isEqualTo("writer read ia[37] = 163. Then it printed \"163\".");
        assertThat(take(h, "writer: Atomics.store(ia, 37, 123456)"))
            .isEqualTo("writer wrote 123456 to ia[37] with Atomics.store.");
        assertThat(take(h, "writer: Atomics.wake(ia, 37, 1)"))
            .isEqualTo("writer: Atomics.wake(ia, 37, 1) woke reader. Then it finished.");
        assertThat(take(h, "reader: wakes up (Atomics.wait returns \"ok\")"))
            .isEqualTo("reader woke up: Atomics.wait returned \"ok\".");
    }

    @Test
    void aWaitOnAChangedValueReturnsAtOnce() {
        History h = open("21-wait-wake", ScModel.INSTANCE);
        take(h, "main: starts");
        take(h, "writer: starts");
        take(h, "reader: starts");
        take(h, "writer: read ia[37]");
        take(h, "writer: Atomics.store(ia, 37, 123456)");
        assertThat(take(h, "reader: Atomics.wait(ia, 37, 163)")).isEqualTo(
            "reader: Atomics.wait(ia, 37, 163) returned \"not-equal\" at once: ia[37] no longer held 163, so it did not sleep.");
        assertThat(take(h, "writer: Atomics.wake(ia, 37, 1)"))
            .isEqualTo("writer: Atomics.wake(ia, 37, 1) woke nobody: no agent was waiting there. Then it finished.");
    }

    @Test
    void storeBuffersHoldWritesUntilAFlush() {
        History h = open("50-litmus-sb-plain", TsoModel.INSTANCE);
        take(h, "main: starts");
        take(h, "t1: starts");
        take(h, "t2: starts");
        assertThat(take(h, "t1: x[0] = 1")).isEqualTo("t1 wrote 1 to x[0]. The store waits in t1's store buffer:"
            + " other agents cannot see it until it reaches memory.");
        take(h, "t2: y[0] = 1");
        assertThat(take(h, "t2: read x[0]")).isEqualTo("t2 read x[0] = 0: t1's write of 1 is still in t1's store buffer,"
            + " so t2 cannot see it yet. Then it printed \"0\" and finished.");
        assertThat(take(h, "t1: flush x[0] = 1")).isEqualTo("t1's buffered store x[0] = 1 reached memory"
            + " (a store-buffer flush): other agents can now read it.");
    }

    @Test
    void aReadModifyWriteIsOneIndivisibleStep() {
        History h = open("10-counter-atomics-add", ScModel.INSTANCE);
        take(h, "main: starts");
        take(h, "a: starts");
        assertThat(take(h, "a: Atomics.add(ia, 112, 1)"))
            .isEqualTo("a: Atomics.add(ia, 112, 1) read 0 and stored 1 in one indivisible step.");
    }

    @Test
    void aDeadlockNamesTheSleepersAndTheAgentThatNeverStarted() {
        History h = open("37-worker-limit-deadlock", ScModel.INSTANCE);
        take(h, "main: starts");
        take(h, "waiter1: starts");
        take(h, "waiter2: starts");
        take(h, "waiter1: Atomics.wait(ia, 0, 0)");
        take(h, "waiter2: Atomics.wait(ia, 0, 0)");
        assertThat(h.current().isTerminal()).isTrue();
        assertThat(Narrator.atEnd(h.current())).isEqualTo("Deadlock: waiter1 and waiter2 wait in Atomics.wait and nobody"
            + " is left to notify them. waker never started (the host's worker limit held it back).");
    }

    @Test
    void messagesAreDeliveredByTheEventLoop() {
        History h = open("02-hi-ho-messages", ScModel.INSTANCE);
        assertThat(take(h, "main: starts"))
            .isEqualTo("main started. Then it created agent myworker, posted a message to myworker and finished.");
        assertThat(take(h, "myworker: starts")).isEqualTo(
            "myworker started. Then it went idle until its event loop delivers the message queued for it.");
        assertThat(take(h, "myworker: receives a message")).isEqualTo("myworker received a message from main and ran"
            + " its onmessage handler. Then it printed \"hi\", posted a message to main and finished.");
    }

    @Test
    void anUncaughtErrorIsReported() {
        ScenarioSource src = ScenarioSource.ofSingleFile("t.js", """
            const ia = new Int32Array(new SharedArrayBuffer(8));
            agent('reader', () => { ia[0] = 1; null.x; });
            """);
        History h = open(src, ScModel.INSTANCE);
        take(h, "main: starts");
        take(h, "reader: starts");
        assertThat(take(h, "reader: ia[0] = 1")).startsWith("reader wrote 1 to ia[0]. Then it threw TypeError");
        assertThat(Narrator.atEnd(h.current())).isEqualTo("The run is over. reader stopped with an error.");
    }

    @Test
    void longOutputIsCut() {
        History h = open("11-atomics-operations", ScModel.INSTANCE);
        assertThat(take(h, "main: starts")).matches("main started\\. Then it printed \"5\", \"7\", \"7\" and \\d+ more lines and finished\\.");
    }
}
