package org.atomiscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher in a fresh JVM without a display: with arguments it must run the command
 * line and never load JavaFX, or the jar would be useless on servers and in CI.
 */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void argumentsRunTheCommandLineWithoutLoadingJavaFx() throws Exception {
        Result result = launch(List.of("-verbose:class"), "--version");

        assertThat(result.exitCode).isZero();
        assertThat(result.out).contains("Atomiscope");
        assertThat(result.out.lines().filter(line -> line.contains("[class,load]")))
                .as("the launcher loaded classes, so -verbose:class worked")
                .isNotEmpty()
                .noneMatch(line -> line.matches(".*\\[class,load\\] (javafx|com\\.sun\\.(javafx|glass|prism))\\..*"));
    }

    @Test
    void aBadArgumentIsOneSentenceNotAStackTrace() throws Exception {
        Result result = launch(List.of(), "--no-such-option");

        assertThat(result.exitCode).isNotZero();
        assertThat(result.err.strip().lines()).hasSize(1);
        assertThat(result.err).startsWith("atomiscope: ").doesNotContain("Exception", "\tat ");
    }

    private Result launch(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));

        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return new Result(process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String out, String err) {
    }
}
