package org.atomiscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's rules on a small made-up library; the shipped one is checked by ShippedLibraryTest. */
class ScenarioLibraryTest {
    @TempDir
    Path tmp;

    private Path lib() throws IOException {
        Path lib = Files.createDirectories(tmp.resolve("library"));
        Files.writeString(lib.resolve("index.txt"), """
                # The course, in order.
                01-hello/

                02-mp.js
                03-sb.js
                """);
        Files.createDirectories(lib.resolve("01-hello"));
        Files.writeString(lib.resolve("01-hello/main.js"), "/**\n * @title Hello\n * @topic Basics\n */\nnew Worker('w.js');\n");
        Files.writeString(lib.resolve("01-hello/w.js"), "console.log('hi');\n");
        Files.writeString(lib.resolve("02-mp.js"), "/**\n * @title MP\n * @topic Reordering\n */\n");
        Files.writeString(lib.resolve("03-sb.js"), "/**\n * @title SB\n * @topic Basics\n */\n");
        return lib;
    }

    @Test
    void listsInCourseOrderAndGroupsByFirstAppearanceOfTopic() throws IOException {
        ScenarioLibrary library = ScenarioLibrary.fromDirectory(lib());
        assertThat(library.entries()).containsExactly("01-hello/", "02-mp.js", "03-sb.js");
        assertThat(library.list()).extracting(ScenarioSource::name).containsExactly("01-hello", "02-mp", "03-sb");
        assertThat(library.size()).isEqualTo(3);
        assertThat(library.byTopic().keySet()).containsExactly("Basics", "Reordering");
        assertThat(library.byTopic().get("Basics")).extracting(ScenarioSource::name).containsExactly("01-hello", "03-sb");
        ScenarioSource hello = library.list().get(0);
        assertThat(hello.files().keySet()).containsExactly("main.js", "w.js");
        assertThat(hello.location()).isEqualTo("library:01-hello/");
    }

    @Test
    void findsByNameThenByPath() throws IOException {
        Path lib = lib();
        ScenarioLibrary library = ScenarioLibrary.fromDirectory(lib);
        assertThat(library.find("02-mp").title()).isEqualTo("MP");
        assertThat(library.find("02-mp.js").title()).isEqualTo("MP");
        assertThat(library.find("01-hello/").title()).isEqualTo("Hello");
        Path own = Files.writeString(tmp.resolve("mine.js"), "/** @title Mine */");
        assertThat(library.find(own.toString()).title()).isEqualTo("Mine");
        assertThat(library.find(own.toString()).location()).isEqualTo(own.toString());
        assertThatThrownBy(() -> library.find("x"))
                .isInstanceOf(ScenarioLoadException.class)
                .hasMessage("No scenario named 'x' in the library and no file at x.");
    }

    @Test
    void brokenIndexesAreSentences() throws IOException {
        Path lib = lib();
        Files.writeString(lib.resolve("index.txt"), "02-mp.js\n04-gone.js\n");
        assertThatThrownBy(() -> ScenarioLibrary.fromDirectory(lib))
                .hasMessage("index.txt line 2 lists 04-gone.js, but there is no such file.");
        Files.writeString(lib.resolve("index.txt"), "02-mp.js\nnotes.md\n");
        assertThatThrownBy(() -> ScenarioLibrary.fromDirectory(lib))
                .hasMessage("index.txt line 2 lists notes.md, which is neither a .js file nor a folder (folders end with /).");
        Files.writeString(lib.resolve("index.txt"), "03-sb.js\n02-mp.js\n03-sb.js\n");
        assertThatThrownBy(() -> ScenarioLibrary.fromDirectory(lib))
                .hasMessage("index.txt line 3 lists 03-sb.js, but the name 03-sb is taken already by 03-sb.js.");
        Files.writeString(lib.resolve("index.txt"), "02-mp.js\n02-mp/\n");
        assertThatThrownBy(() -> ScenarioLibrary.fromDirectory(lib))
                .hasMessage("index.txt line 2 lists the folder 02-mp/, but it has no main.js (or does not exist).");
        Files.delete(lib.resolve("index.txt"));
        assertThatThrownBy(() -> ScenarioLibrary.fromDirectory(lib))
                .hasMessage("The scenario library is missing: there is no index.txt in the folder " + lib + ".");
    }
}
