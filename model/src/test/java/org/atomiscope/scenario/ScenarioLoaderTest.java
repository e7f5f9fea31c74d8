package org.atomiscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.atomiscope.lang.ScenarioSyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    @TempDir
    Path tmp;

    private static final String MAIN = """
            /**
             * @title Hello
             * @topic Getting started
             */
            const worker = new Worker('worker.js');
            const other = new Worker("./js/other.js", { name: 'helper' });
            """;

    @Test
    void loadsAFolderScenario() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("01-hello"));
        Files.writeString(dir.resolve("index.html"), "<html></html>");
        Files.writeString(dir.resolve("main.js"), MAIN);
        Files.writeString(dir.resolve("worker.js"), "onmessage = () => {};\n");
        Files.createDirectories(dir.resolve("js"));
        Files.writeString(dir.resolve("js/other.js"), "postMessage(1);\n");
        Files.createDirectories(dir.resolve(".cache"));
        Files.writeString(dir.resolve(".cache/junk.js"), "junk");

        ScenarioSource s = ScenarioLoader.load(dir);
        assertThat(s.name()).isEqualTo("01-hello");
        assertThat(s.mainFile()).isEqualTo("main.js");
        assertThat(s.files().keySet()).containsExactly("main.js", "js/other.js", "worker.js");
        assertThat(s.files().get("worker.js")).isEqualTo("onmessage = () => {};\n");
        assertThat(s.mainSource()).isEqualTo(MAIN);
        assertThat(s.title()).isEqualTo("Hello");
        assertThat(s.topic()).isEqualTo("Getting started");
        assertThat(s.location()).isEqualTo(dir.toString());
    }

    @Test
    void loadsASingleFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("06-mp.js"), "/** @title MP */\nagent('a', () => {});\n");
        ScenarioSource s = ScenarioLoader.load(file);
        assertThat(s.name()).isEqualTo("06-mp");
        assertThat(s.mainFile()).isEqualTo("06-mp.js");
        assertThat(s.files()).containsOnlyKeys("06-mp.js");
        assertThat(s.title()).isEqualTo("MP");
    }

    @Test
    void problemsAreSentences() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> ScenarioLoader.load(empty))
                .isInstanceOf(ScenarioLoadException.class)
                .hasMessage("The folder " + empty + " has no main.js: a folder scenario starts from its main.js.");
        assertThatThrownBy(() -> ScenarioLoader.load(tmp.resolve("nope.js")))
                .hasMessage("There is no file or folder at " + tmp.resolve("nope.js") + ".");

        Path bad = Files.writeString(tmp.resolve("bad.js"), "/**\n * @host deno\n */\n");
        assertThatThrownBy(() -> ScenarioLoader.load(bad))
                .isInstanceOf(ScenarioLoadException.class)
                .hasMessage(bad + ":2:10: Unknown host 'deno': write @host browser or @host node.")
                .hasCauseInstanceOf(ScenarioSyntaxError.class);
    }

    @Test
    void withoutListingAFolderTheWorkersNamedInTheCodeAreLoaded() {
        Map<String, String> resources = Map.of(
                "lib/01-hello/main.js", MAIN,
                "lib/01-hello/worker.js", "const w = new Worker('sub.js');",
                "lib/01-hello/sub.js", "// leaf",
                "lib/01-hello/js/other.js", "const back = new Worker('../worker.js');");
        ScenarioSource s = ScenarioLoader.loadFolder("01-hello", "lib/01-hello/", "library:01-hello/",
                p -> Optional.ofNullable(resources.get(p)));
        assertThat(s.files().keySet()).containsExactly("main.js", "worker.js", "js/other.js", "sub.js");
        assertThat(s.header().end().file()).isEqualTo("lib/01-hello/main.js");

        assertThatThrownBy(() -> ScenarioLoader.loadFolder("x", "x/", "library:x/",
                p -> p.equals("x/main.js") ? Optional.of("new Worker('gone.js')") : Optional.empty()))
                .hasMessage("The scenario x starts a worker from gone.js (in main.js), but there is no x/gone.js.");
    }

    @Test
    void workerNamesAreLiteralsResolvedAgainstTheNamingFile() {
        assertThat(ScenarioLoader.workerFilesNamedIn("main.js",
                "new Worker('a.js'); new  Worker( \"./b.js\" ); new Worker(`c.js`); new Worker(`${x}.js`); new Worker(n)"))
                .containsExactly("a.js", "b.js", "c.js");
        assertThat(ScenarioLoader.workerFilesNamedIn("js/w.js", "new Worker('x.js'); new Worker('../y.js')"))
                .containsExactly("js/x.js", "y.js");
    }
}
