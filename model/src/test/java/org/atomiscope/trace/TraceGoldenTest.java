package org.atomiscope.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.RelaxedModel;
import org.atomiscope.memory.TsoModel;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: two executions written in every format and compared with the committed files in
 * src/test/resources/traces/. After a deliberate change, regenerate them with
 * {@code mvn test -Dtest=TraceGoldenTest -Dtraces.regenerate=true} (run from the model module), read
 * the diff, and commit it.
 *
 * <p>The executions: scenario 06 under the relaxed model reaching "reader: 123456 191" (a stale
 * plain read), and SB (20) under TSO reaching "t1: 0; t2: 0" (both stores still in their store
 * buffers when the reads run, flushed at the end).
 */
class TraceGoldenTest {
    private static final Path SOURCE_DIR = Path.of("src", "test", "resources", "traces");
    private static final boolean REGENERATE = Boolean.getBoolean("traces.regenerate");

    record Case(String file, String scenario, MemoryModel model, String outcome) {}

    private static final Case[] CASES = {
        new Case("19-relaxed-123456-191", "19-reordering-123456-191", RelaxedModel.INSTANCE, "reader: 123456 191"),
        new Case("50-tso-sb-0-0", "50-litmus-sb-plain", TsoModel.INSTANCE, "t1: 0; t2: 0"),
    };

    @TestFactory
    Stream<DynamicTest> everyFormatMatchesItsGoldenFile() {
        return Stream.of(CASES).flatMap(c -> {
            ScenarioSource s = TraceTesting.scenario(c.scenario());
            Trace trace = Trace.record(s, c.model(), TraceTesting.witness(s, c.model(), c.outcome()));
            return Stream.of(TraceFormat.values()).map(f -> DynamicTest.dynamicTest(c.file() + " " + f,
                () -> check(c.file() + golden(f), TraceTesting.write(f, trace))));
        });
    }

    private static String golden(TraceFormat f) {
        return switch (f) {
            case JSON -> ".trace.json";
            case CHROME -> ".chrome.json";
            case CSV -> ".csv";
        };
    }

    private static void check(String name, String actual) throws IOException {
        if (REGENERATE) {
            Files.createDirectories(SOURCE_DIR);
            Files.writeString(SOURCE_DIR.resolve(name), actual, StandardCharsets.UTF_8);
            return;
        }
        String expected;
        try (InputStream in = TraceGoldenTest.class.getResourceAsStream("/traces/" + name)) {
            assertThat(in).as("golden file traces/" + name + " (generate it with -Dtraces.regenerate=true)").isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // A checkout may turn the CSV's CRLF into LF; the line ends themselves are checked in TraceFormatTest.
        assertThat(actual.replace("\r\n", "\n"))
            .as("traces/" + name + " differs; if the change is meant, regenerate with -Dtraces.regenerate=true and review the diff")
            .isEqualTo(expected.replace("\r\n", "\n"));
    }
}
