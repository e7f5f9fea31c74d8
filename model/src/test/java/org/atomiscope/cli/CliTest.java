package org.atomiscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a new user meets it: output, exit statuses, and one clear sentence for every mistake. */
class CliTest {
    record Ran(int status, String out, String err) {}

    static Ran cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Ran(status, out.toString(), err.toString());
    }

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void runPrintsConsoleOutputThenOutcomeAndEnding() {
        Ran r = cli("run", "01-book-hello-shared-memory");
        assertThat(r.status()).isEqualTo(ExitCode.COMPLETED);
        assertThat(r.out()).isEqualTo(String.join(System.lineSeparator(),
            "main: now 0",
            "worker: updated in worker",
            "main: later 2",
            "main: prop undefined",
            "outcome: main: now 0 | later 2 | prop undefined; worker: updated in worker",
            "ended: completed. Completed in 6 steps.",
            // The book's example is racy: main reads after a timer, and time orders nothing.
            "finding: Data race on view[0]: worker writes it at worker.js:4:2 and main reads it at 47:23 with nothing ordering "
                + "them (no happens-before); make both accesses Atomics, or publish with an atomic flag (Atomics.store after the "
                + "data, Atomics.load before reading it), a message or Atomics.wait/notify.", ""));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void listGroupsTheLibraryByTopic() {
        Ran r = cli("list");
        assertThat(r.status()).isZero();
        int size = org.atomiscope.scenario.ScenarioLibrary.fromClasspath().size();
        assertThat(r.out()).contains("Sharing memory", "  01-book-hello-shared-memory", "Litmus tests", size + " scenarios.");
    }

    @Test
    void aMissingFileIsOneSentenceAndStatus3() {
        Ran r = cli("run", "no-such-scenario.js");
        assertThat(r.status()).isEqualTo(ExitCode.CANNOT_LOAD);
        assertThat(r.err().strip()).isEqualTo("atomiscope: No scenario named 'no-such-scenario.js' in the library and no file at no-such-scenario.js.");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn() throws Exception {
        Path p = file("broken.js", "const ia = new Int32Array(4);\nia[0 = 1;\n");
        Ran r = cli("run", p.toString());
        assertThat(r.status()).isEqualTo(ExitCode.CANNOT_LOAD);
        assertThat(r.err().strip()).startsWith("broken.js:2:").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anEndlessLoopStopsWithStatus5() throws Exception {
        Path p = file("loop.js", "let x = 0;\nwhile (true) { x++; }\n");
        Ran r = cli("run", p.toString());
        assertThat(r.status()).isEqualTo(ExitCode.STEP_LIMIT);
        assertThat(r.err()).contains("loop.js:2:").contains("without touching shared memory (an endless loop?)");
        assertThat(r.out()).contains("ended: an agent ran forever without a visible event.");
    }

    @Test
    void anEndlessSpinOnSharedMemoryStopsAtTheStepLimit() throws Exception {
        Path p = file("spin.js", "const ia = new Int32Array(new SharedArrayBuffer(8));\n"
            + "agent('spinner', () => { while (Atomics.load(ia, 0) == 0) ; });\n");
        Ran r = cli("run", p.toString(), "--max-steps", "500");
        assertThat(r.status()).isEqualTo(ExitCode.STEP_LIMIT);
        assertThat(r.out()).contains("outcome: [step limit]", "Stopped after 500 steps (the step limit)");
    }

    @Test
    void aTwoGibibyteBufferIsARangeErrorInTheAgent() throws Exception {
        Path p = file("huge.js", "const sab = new SharedArrayBuffer(2 * 1024 * 1024 * 1024);\n");
        Ran r = cli("run", p.toString());
        assertThat(r.status()).isEqualTo(ExitCode.AGENT_THREW);
        assertThat(r.err().strip()).isEqualTo("error: huge.js:1:13: main threw RangeError: SharedArrayBuffer of 2147483648 bytes is "
            + "larger than this simulator allows (268435456 bytes); scenarios teach with small buffers");
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        Ran r = cli("frobnicate");
        assertThat(r.status()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().strip()).isEqualTo("atomiscope: Unknown command 'frobnicate'. The commands are: run, explore, analyze, replay, heatmap, check, list (try 'atomiscope --help').");
    }

    @Test
    void aBadOptionValueIsAUsageError() {
        assertThat(cli("run", "01-book-hello-shared-memory", "--max-steps", "lots").status()).isEqualTo(ExitCode.USAGE);
        Ran r = cli("run", "01-book-hello-shared-memory", "--schedule", "fastest");
        assertThat(r.status()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().strip()).isEqualTo("atomiscope: unknown schedule 'fastest': use default, round-robin or random.");
    }

    @Test
    void aDeadlockEndsWithStatus4() {
        Ran r = cli("run", "37-worker-limit-deadlock");
        assertThat(r.status()).isEqualTo(ExitCode.DEADLOCK);
        assertThat(r.out()).contains("ended: deadlock.");
    }

    @Test
    void theRandomScheduleIsReproducibleFromItsSeed() {
        Ran a = cli("run", "09-lost-update-counter", "--schedule", "random", "--seed", "42", "-v");
        Ran b = cli("run", "09-lost-update-counter", "--schedule", "random", "--seed", "42", "-v");
        assertThat(a.out()).isEqualTo(b.out());
        assertThat(a.status()).isZero();
    }
}
