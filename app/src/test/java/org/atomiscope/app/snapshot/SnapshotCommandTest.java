package org.atomiscope.app.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atomiscope snapshot} end to end, in a fresh JVM as a user runs it (the launcher, no display,
 * no test toolkit): it writes a real picture, and a bad flag is one sentence.
 */
class SnapshotCommandTest {
    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {}

    private Result atomiscope(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Datomiscope.home=" + dir.resolve("home"), "-Djavafx.cachedir=" + dir.resolve("fx"),
            "-cp", System.getProperty("java.class.path"), "org.atomiscope.app.Launcher"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("err.txt").toFile())
            .redirectOutput(dir.resolve("out.txt").toFile()).start();
        int exit = p.waitFor();
        return new Result(exit, java.nio.file.Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
            java.nio.file.Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void rendersTheTimelineOfTheStaleReadToAPng() throws Exception {
        Path png = dir.resolve("timeline.png");
        Result r = atomiscope("snapshot", "19-reordering-123456-191", "--model", "relaxed", "--witness", "reader: 123456 191",
            "--part", "timeline", "--size", "1200x800", "--out", png.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(300);
        assertThat(colours(image)).as("a picture, not a blank").isGreaterThan(8);
    }

    @Test
    void theWholeWindowInTheDarkTheme() throws Exception {
        Path png = dir.resolve("window.png");
        Result r = atomiscope("snapshot", "53-litmus-mp-plain", "--steps", "3", "--theme", "dark", "--size", "1280x800",
            "--out", png.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
        int rgb = image.getRGB(640, 400);
        int brightness = ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255);
        assertThat(brightness).as("dark theme background").isLessThan(3 * 128);
    }

    @Test
    void badFlagsAreOneSentence() throws Exception {
        Result part = atomiscope("snapshot", "19-reordering-123456-191", "--part", "everything", "--out", dir.resolve("x.png").toString());
        Result missing = atomiscope("snapshot", "no-such-scenario", "--out", dir.resolve("y.png").toString());
        Result folder = atomiscope("snapshot", "19-reordering-123456-191", "--out", dir.resolve("nope/z.png").toString());

        assertThat(part.exit()).isEqualTo(2);
        assertThat(part.err()).contains("Unknown part 'everything'").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.err()).contains("no-such-scenario").doesNotContain("\tat ");
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).contains("does not exist");
        assertThat(new File(dir.resolve("x.png").toString())).doesNotExist();
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
