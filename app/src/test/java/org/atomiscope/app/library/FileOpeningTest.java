package org.atomiscope.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.atomiscope.app.settings.Settings;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Runs with the FX toolkit started, since the recent menu is made of menu items. */
@ExtendWith(ApplicationExtension.class)
class FileOpeningTest {
    private static final String HEADER = """
            /**
             * @title Two writes
             * @topic Mine
             *
             * Notes.
             */
            """;

    @TempDir
    Path dir;

    private final List<ScenarioSource> opened = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private FileOpening opening(Settings settings) {
        return new FileOpening(settings, opened::add, errors::add);
    }

    @Test
    void loadsAFileOpensItAndRemembersIt() throws IOException {
        Path file = dir.resolve("two-writes.js");
        Files.writeString(file, HEADER + "const ia = new Int32Array(new SharedArrayBuffer(8));\nia[0] = 1;\n");
        Settings settings = Settings.load(dir.resolve("settings"));

        Optional<ScenarioSource> source = opening(settings).load(file.toString());

        assertThat(source).hasValueSatisfying(s -> {
            assertThat(s.name()).isEqualTo("two-writes");
            assertThat(s.title()).isEqualTo("Two writes");
            assertThat(s.location()).isEqualTo(file.toString());
        });
        assertThat(opened).containsExactly(source.get());
        assertThat(settings.recent()).containsExactly(file.toString());
        assertThat(errors).isEmpty();
    }

    @Test
    void aMissingFileIsOneSentenceNamingIt() {
        Settings settings = Settings.load(dir.resolve("settings"));
        Path missing = dir.resolve("gone.js");

        assertThat(opening(settings).load(missing.toString())).isEmpty();

        assertThat(errors).singleElement().asString().contains(missing.toString()).endsWith(".")
                .doesNotContain("Exception");
        assertThat(opened).isEmpty();
        assertThat(settings.recent()).isEmpty();
    }

    @Test
    void aRecentFileThatIsGoneLeavesTheRecentList() {
        Settings settings = Settings.load(dir.resolve("settings"));
        String missing = dir.resolve("moved-away.js").toString();
        settings.addRecent(missing);
        settings.addRecent("library:19-reordering-123456-191.js");

        opening(settings).load(missing);

        assertThat(settings.recent()).containsExactly("library:19-reordering-123456-191.js");
    }

    @Test
    void loadsAFolderWithMainAndWorker() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("ping"));
        Files.writeString(folder.resolve("main.js"), HEADER + "const w = new Worker('worker.js');\n");
        Files.writeString(folder.resolve("worker.js"), "onmessage = (e) => postMessage(e.data);\n");
        Settings settings = Settings.load(dir.resolve("settings"));

        Optional<ScenarioSource> source = opening(settings).load(folder.toString());

        assertThat(source).hasValueSatisfying(s -> {
            assertThat(s.name()).isEqualTo("ping");
            assertThat(s.mainFile()).isEqualTo("main.js");
            assertThat(s.files()).containsOnlyKeys("main.js", "worker.js");
        });
        assertThat(settings.recent()).containsExactly(source.get().location());
        assertThat(errors).isEmpty();
    }

    @Test
    void aFolderWithoutMainJsSaysWhatIsMissing() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("empty"));

        assertThat(opening(Settings.load(dir.resolve("settings"))).load(folder.toString())).isEmpty();

        assertThat(errors).singleElement().asString().contains(folder.toString()).contains("main.js");
    }

    @Test
    void aBadHeaderIsReportedWithItsPosition() throws IOException {
        Path file = dir.resolve("bad.js");
        Files.writeString(file, "/**\n * @title Fine\n * @colour blue\n */\nlet x = 1;\n");

        assertThat(opening(Settings.load(dir.resolve("settings"))).load(file.toString())).isEmpty();

        assertThat(errors).singleElement().asString().startsWith(file + ":3:").contains("@colour");
        assertThat(opened).isEmpty();
    }

    @Test
    void libraryLocationsLoadByEntryOrName() {
        Settings settings = Settings.load(dir.resolve("settings"));
        FileOpening opening = opening(settings);

        ScenarioSource byEntry = opening.load("library:19-reordering-123456-191.js").orElseThrow();
        ScenarioSource byName = opening.read("library:19-reordering-123456-191").orElseThrow();
        ScenarioSource folder = opening.load("library:03-sharing-primes/").orElseThrow();

        assertThat(byEntry.location()).isEqualTo("library:19-reordering-123456-191.js");
        assertThat(byName).isEqualTo(byEntry);
        assertThat(folder.location()).isEqualTo("library:03-sharing-primes/");
        assertThat(settings.recent()).containsExactly("library:03-sharing-primes/", "library:19-reordering-123456-191.js");
        assertThat(opening.load("library:99-no-such-thing")).isEmpty();
        assertThat(errors).containsExactly("There is no scenario '99-no-such-thing' in the library.");
    }

    @Test
    void openingAClickedScenarioRemembersItToo() {
        Settings settings = Settings.load(dir.resolve("settings"));
        ScenarioSource mp = ScenarioLibrary.fromClasspath().named("53-litmus-mp-plain").orElseThrow();

        opening(settings).open(mp);

        assertThat(opened).containsExactly(mp);
        assertThat(settings.recent()).containsExactly("library:53-litmus-mp-plain.js");
    }

    @Test
    void blankAndMalformedLocationsAreSentences() {
        FileOpening opening = opening(Settings.load(dir.resolve("settings")));

        assertThat(opening.load("  ")).isEmpty();
        assertThat(opening.load("bad\u0000path.js")).isEmpty();

        assertThat(errors).hasSize(2).allSatisfy(e -> assertThat(e).endsWith("."));
        assertThat(errors.get(1)).contains("bad");
    }

    @Test
    void theRecentMenuFollowsTheSettings(FxRobot robot) throws IOException {
        Settings settings = Settings.load(dir.resolve("settings"));
        FileOpening opening = new FileOpening(settings, ScenarioLibrary.fromClasspath(), opened::add, errors::add);
        Path file = dir.resolve("two-writes.js");
        Files.writeString(file, HEADER + "let x = 1;\n");
        Menu menu = opening.recentMenu();

        assertThat(menu.getItems()).singleElement().satisfies(item -> {
            assertThat(item.getText()).isEqualTo("No recent scenarios");
            assertThat(item.isDisable()).isTrue();
        });

        robot.interact(() -> {
            opening.load("library:19-reordering-123456-191.js");
            opening.load(file.toString());
        });
        assertThat(menu.getItems()).extracting(MenuItem::getText).containsExactly(
                "two-writes.js \u2014 " + opening.describe(file.toString()).split(" \u2014 ")[1],
                "Message passing without atomics (library)", null, "Clear recent");
        assertThat(menu.getItems().get(2)).isInstanceOf(SeparatorMenuItem.class);

        // choosing an entry opens it again and moves it to the top
        robot.interact(() -> menu.getItems().get(1).fire());
        assertThat(opened).extracting(ScenarioSource::name).last().isEqualTo("19-reordering-123456-191");
        assertThat(settings.recent().get(0)).isEqualTo("library:19-reordering-123456-191.js");
        assertThat(menu.getItems().get(0).getText()).startsWith("Message passing");

        robot.interact(() -> menu.getItems().get(3).fire());
        assertThat(settings.recent()).isEmpty();
        assertThat(menu.getItems()).extracting(MenuItem::getText).containsExactly("No recent scenarios");
    }

    @Test
    void onlyJsFilesAndFoldersMayBeDropped() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scenario"));
        File text = Files.writeString(dir.resolve("notes.txt"), "hi").toFile();
        File js = Files.writeString(dir.resolve("mp.JS"), "let x;").toFile();

        assertThat(FileOpening.droppable(List.of(text))).isEmpty();
        assertThat(FileOpening.droppable(List.of(text, js))).contains(js.toPath());
        assertThat(FileOpening.droppable(List.of(folder.toFile()))).contains(folder);
    }
}
