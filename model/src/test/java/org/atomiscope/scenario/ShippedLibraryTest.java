package org.atomiscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library in the source tree ({@code scenarios/library}), loaded by the same rules as
 * from the classpath. Read from the file system because the scenarios module is not on the
 * model's test classpath. Running the scenarios and checking their expectations is the
 * explorer's test; this one checks that every shipped file is listed, loads and says what it is.
 */
public class ShippedLibraryTest {
    /** Surefire runs in the model module's folder. */
    private static final Path LIBRARY = Path.of("..", "scenarios", "library");
    /** How many scenarios ship; a scenario cannot drop out of the course unnoticed. */
    public static final int SHIPPED = 72;

    private static ScenarioLibrary library;

    @BeforeAll
    static void load() {
        library = ScenarioLibrary.fromDirectory(LIBRARY);
    }

    @Test
    void everyEntryLoadsAndTheCountIsKnown() {
        assertThat(library.size()).isEqualTo(SHIPPED);
        assertThat(library.entries()).isSorted();
    }

    @Test
    void everyScenarioInTheFolderIsListed() throws IOException {
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(LIBRARY)) {
            onDisk = files.map(p -> p.getFileName().toString() + (Files.isDirectory(p) ? "/" : ""))
                    .filter(n -> n.endsWith("/") || n.endsWith(".js"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(library.entries()).containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void folderScenariosNameEveryWorkerFileTheyShip() throws IOException {
        // The classpath cannot list a folder: what new Worker(...) names must be all there is.
        for (ScenarioSource s : library.list()) {
            if (!s.location().endsWith("/")) {
                continue;
            }
            Path dir = LIBRARY.resolve(s.name());
            List<String> shipped;
            try (Stream<Path> files = Files.walk(dir)) {
                shipped = files.filter(p -> p.toString().endsWith(".js"))
                        .map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
            }
            assertThat(s.files().keySet()).as(s.name()).containsExactlyInAnyOrderElementsOf(shipped);
            for (String file : shipped) {
                assertThat(s.files().get(file)).as(s.name() + "/" + file).isEqualTo(Files.readString(dir.resolve(file)));
            }
        }
    }

    @Test
    void everyHeaderTeaches() {
        for (ScenarioSource s : library.list()) {
            ScenarioHeader h = s.header();
            assertThat(h.endOffset()).as(s.name() + " has a header").isPositive();
            assertThat(h.title()).as(s.name()).isNotBlank();
            assertThat(h.topic()).as(s.name()).isNotEqualTo(ScenarioHeader.DEFAULT_TOPIC);
            assertThat(h.notes()).as(s.name() + " notes").hasSizeGreaterThan(200);
            // Every scenario pins at least one thing about SC, the model whose outcomes are
            // plain interleavings and so the easiest to be sure of.
            assertThat(h.expects()).as(s.name() + " expectations")
                    .anySatisfy(e -> assertThat(e.verdicts()).containsKey("sc"));
        }
    }

    @Test
    void theIssueExampleShipsAsWritten() {
        ScenarioSource mp = library.find("19-reordering-123456-191");
        assertThat(mp.header().title()).isEqualTo("Message passing without atomics");
        assertThat(mp.header().expects().get(0))
                .hasToString("@expect \"reader: 123456 191\"  sc: never  tso: never  relaxed: sometimes");
        assertThat(mp.mainSource().substring(mp.header().endOffset())).isEqualTo("""

                const ia = new Int32Array(new SharedArrayBuffer(400));
                ia[37] = 163;
                ia[42] = 191;
                agent('writer', () => { ia[42] = 314159; ia[37] = 123456; });
                agent('reader', () => { console.log(ia[37], ia[42]); });
                """);
    }

    @Test
    void theBookExampleShipsVerbatimBelowItsHeader() throws IOException {
        ScenarioSource hello = library.find("01-book-hello-shared-memory");
        assertThat(hello.mainSource().substring(hello.header().endOffset())).startsWith("""

                if (!crossOriginIsolated) { // 1
                 throw new Error('Cannot use SharedArrayBuffer');
                }
                """);
        assertThat(hello.files().get("worker.js")).startsWith("self.onmessage = ({data: buffer}) => {\n buffer.foo = 42; // 1\n");
        assertThat(LIBRARY.resolve("01-book-hello-shared-memory/index.html")).exists();
    }
}
