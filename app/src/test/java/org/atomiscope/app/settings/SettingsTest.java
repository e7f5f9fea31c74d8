package org.atomiscope.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFolderGivesTheDefaultsWithoutWarnings() {
        Settings s = Settings.load(dir.resolve("not-yet"));

        assertThat(s.theme()).isEqualTo("light");
        assertThat(s.fontSize()).isEqualTo(14);
        assertThat(s.windowBounds()).isEmpty();
        assertThat(s.dividers("main", new double[] {0.2, 0.8})).containsExactly(0.2, 0.8);
        assertThat(s.lastScenario()).isEmpty();
        assertThat(s.recent()).isEmpty();
        assertThat(s.draft("library:19-reordering-123456-191.js")).isEmpty();
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void everySettingSurvivesSaveAndLoad() {
        Settings s = Settings.load(dir);
        s.setTheme("dark");
        s.setFontSize(20);
        s.setWindowBounds(10, 20, 1200, 760.5);
        s.setDividers("main", new double[] {0.22, 0.78});
        s.setDividers("centre/bottom", new double[] {0.6});
        s.setLastScenario("/home/ana/scenarios/mp.js");
        s.addRecent("library:19-reordering-123456-191.js");
        s.addRecent("/home/ana/scenarios/mp.js");
        s.save();

        Settings again = Settings.load(dir);
        assertThat(again.theme()).isEqualTo("dark");
        assertThat(again.isDark()).isTrue();
        assertThat(again.fontSize()).isEqualTo(20);
        assertThat(again.windowBounds()).hasValueSatisfying(b -> assertThat(b).containsExactly(10, 20, 1200, 760.5));
        assertThat(again.dividers("main", new double[] {0.5, 0.5})).containsExactly(0.22, 0.78);
        assertThat(again.dividers("centre/bottom", new double[] {0.5})).containsExactly(0.6);
        assertThat(again.lastScenario()).contains("/home/ana/scenarios/mp.js");
        assertThat(again.recent()).containsExactly("/home/ana/scenarios/mp.js", "library:19-reordering-123456-191.js");
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void settersKeepChangesInMemoryUntilSave() {
        Settings s = Settings.load(dir);
        s.setTheme("dark");

        assertThat(s.theme()).isEqualTo("dark");
        assertThat(Settings.load(dir).theme()).isEqualTo("light");
    }

    @Test
    void fontSizeIsClampedToTheReadableRange() {
        Settings s = Settings.load(dir);
        s.setFontSize(64);
        assertThat(s.fontSize()).isEqualTo(32);
        s.setFontSize(3);
        assertThat(s.fontSize()).isEqualTo(10);
        s.setFontSize(Double.NaN);
        assertThat(s.fontSize()).isEqualTo(10);
    }

    @Test
    void anUnknownThemeMeansLight() {
        Settings s = Settings.load(dir);
        s.setTheme("DARK");
        assertThat(s.theme()).isEqualTo("dark");
        s.setTheme("solarized");
        assertThat(s.theme()).isEqualTo("light");
    }

    @Test
    void dividersThatDoNotFitGiveTheDefaults() {
        Settings s = Settings.load(dir);
        s.setDividers("main", new double[] {0.3, 0.7});

        assertThat(s.dividers("main", new double[] {0.5})).containsExactly(0.5);
        s.setDividers("main", new double[] {1.5});
        assertThat(s.dividers("main", new double[] {0.4})).containsExactly(0.4);
    }

    @Test
    void aGarbledFileGivesDefaultsAndSaysWhy() throws IOException {
        Files.writeString(dir.resolve("settings.properties"),
                "theme=purple\nfont.size=huge\nwindow.bounds=1,2,three\nrecent.0=/tmp/a.js\n");

        Settings s = Settings.load(dir);

        assertThat(s.theme()).isEqualTo("light");
        assertThat(s.fontSize()).isEqualTo(14);
        assertThat(s.windowBounds()).isEmpty();
        assertThat(s.recent()).containsExactly("/tmp/a.js"); // the good parts are kept
        assertThat(s.warnings()).hasSize(3).allSatisfy(w -> assertThat(w).contains("settings.properties").endsWith("."));
        assertThat(s.warnings().get(0)).contains("'purple'");
        assertThat(s.warnings().get(1)).contains("'huge'");
    }

    @Test
    void anUnparsableFileGivesDefaultsKeepsACopyAndIsReplacedOnSave() throws IOException {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "theme=dark\nbroken=\\uZZZZ\n");

        Settings s = Settings.load(dir);

        assertThat(s.theme()).isEqualTo("light");
        assertThat(s.warnings()).singleElement().asString()
                .contains("could not be read").contains("defaults").contains("settings.properties.bad");
        assertThat(dir.resolve("settings.properties.bad")).exists();

        s.setTheme("dark");
        s.save();
        Settings again = Settings.load(dir);
        assertThat(again.theme()).isEqualTo("dark");
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void anUnreadableFileDoesNotStopTheApp() throws IOException {
        Files.createDirectories(dir.resolve("settings.properties")); // a folder where the file should be

        Settings s = Settings.load(dir);

        assertThat(s.theme()).isEqualTo("light");
        assertThat(s.warnings()).singleElement().asString().contains("could not be read");
        List<String> heard = new ArrayList<>();
        s.setWarningListener(heard::add);
        s.save(); // cannot replace a folder: a warning, not an exception
        assertThat(heard).singleElement().asString().contains("could not be saved");
    }

    @Test
    void saveLeavesNoTemporaryFilesBehind() throws IOException {
        Settings s = Settings.load(dir);
        s.save();
        s.saveDraft("/tmp/x.js", "let x = 1;");
        s.save();

        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .hasSize(2)
                    .contains("settings.properties")
                    .anySatisfy(p -> assertThat(p).startsWith("drafts/x-").endsWith(".js"));
        }
    }

    @Test
    void recentIsMostRecentFirstWithoutDuplicatesAndAtMostTen() {
        Settings s = Settings.load(dir);
        for (int i = 1; i <= 12; i++) {
            s.addRecent("/s/" + i + ".js");
        }
        s.addRecent("/s/5.js");

        assertThat(s.recent()).hasSize(10).startsWith("/s/5.js", "/s/12.js", "/s/11.js").doesNotHaveDuplicates()
                .doesNotContain("/s/1.js", "/s/2.js");
        s.save();
        assertThat(Settings.load(dir).recent()).isEqualTo(s.recent());

        s.removeRecent("/s/12.js");
        assertThat(s.recent()).hasSize(9).doesNotContain("/s/12.js");
        s.clearRecent();
        assertThat(s.recent()).isEmpty();
    }

    @Test
    void draftsAreWrittenAtOnceAndSurviveANewInstance() {
        Settings s = Settings.load(dir);
        s.saveDraft("library:19-reordering-123456-191.js", "// edited\nia[42] = 1;\n");
        s.saveDraft("/home/ana/19-reordering-123456-191.js", "// another file, same name\n");
        // no save(): drafts must not wait for a clean exit

        Settings after = Settings.load(dir);
        assertThat(after.draft("library:19-reordering-123456-191.js")).contains("// edited\nia[42] = 1;\n");
        assertThat(after.draft("/home/ana/19-reordering-123456-191.js")).contains("// another file, same name\n");
        assertThat(after.draft("library:20-reordering-fixed-atomic-flag.js")).isEmpty();

        after.clearDraft("library:19-reordering-123456-191.js");
        assertThat(after.draft("library:19-reordering-123456-191.js")).isEmpty();
        assertThat(Settings.load(dir).draft("library:19-reordering-123456-191.js")).isEmpty();
        assertThat(Settings.load(dir).draft("/home/ana/19-reordering-123456-191.js")).isPresent();
    }

    @Test
    void draftFileNamesAreReadableAndKeepKeysApart() {
        String a = Drafts.fileName("library:19-reordering-123456-191.js");
        String b = Drafts.fileName("/home/ana/19-reordering-123456-191.js");
        String folder = Drafts.fileName("library:03-sharing-primes/#worker.js");

        assertThat(a).matches("19-reordering-123456-191-[0-9a-f]{12}\\.js").isNotEqualTo(b);
        assertThat(folder).matches("[A-Za-z0-9._-]+\\.js");
        assertThat(Drafts.fileName("C:\\Users\\ana\\my scenario.js")).startsWith("my_scenario-");
    }

    @Test
    void loadWithoutArgumentsHonoursTheHomeProperty() {
        String before = System.getProperty(Settings.HOME_PROPERTY);
        System.setProperty(Settings.HOME_PROPERTY, dir.toString());
        try {
            Settings s = Settings.load();
            assertThat(s.directory()).isEqualTo(dir);
        } finally {
            if (before == null) {
                System.clearProperty(Settings.HOME_PROPERTY);
            } else {
                System.setProperty(Settings.HOME_PROPERTY, before);
            }
        }
    }
}
