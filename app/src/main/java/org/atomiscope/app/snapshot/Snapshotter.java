package org.atomiscope.app.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.atomiscope.app.MainWindow;
import org.atomiscope.app.settings.Settings;
import org.atomiscope.cli.ExitCode;
import org.atomiscope.explore.Explorer;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioLoadException;
import org.atomiscope.scenario.ScenarioSource;

/** Builds the real window off screen, brings it to the requested state and writes the picture. FX thread. */
final class Snapshotter {
    /** Why no picture was written: an exit status and a sentence. */
    record Failure(int exitCode, String message) {}

    private Snapshotter() {
    }

    static void render(SnapshotRequest r, Path out, CompletableFuture<Failure> done) {
        try {
            ScenarioSource source = load(r.scenario());
            Path home = Files.createTempDirectory("atomiscope-snapshot");
            MainWindow window = MainWindow.offScreen(ScenarioLibrary.fromClasspath(), Settings.load(home), r.dark(), r.fontSize());
            Stage stage = new Stage();
            window.showIn(stage, r.width(), r.height());
            window.open(source);
            if (window.session().primary() == null) {
                done.complete(new Failure(ExitCode.CANNOT_LOAD, "the scenario does not compile: "
                    + window.session().problems().get(0).message()));
                return;
            }
            window.session().modelProperty().set(r.model());
            window.session().sideBySideProperty().set(r.sideBySide());
            if (r.witness() != null) {
                Explorer.Result result = Explorer.explore(window.session().program().withModel(r.model()),
                    Explorer.DEFAULT_MAX_STATES, (s, t) -> { });
                Explorer.Found found = result.find(r.witness());
                if (found == null) {
                    done.complete(new Failure(ExitCode.USAGE, "no outcome \"" + r.witness() + "\" under " + r.model().id()
                        + "; the outcomes are: "
                        + String.join(" | ", result.outcomes().stream().map(f -> f.outcome().toString()).toList()) + "."));
                    return;
                }
                window.session().replay(found.witness());
            }
            for (int i = 0; i < r.steps() && window.session().step(); i++) {
                // the default schedule, as the Step button takes it
            }
            window.selectPart(r.part());
            if (r.explore()) {
                var task = window.outcomes().explore();
                if (task == null) {
                    done.complete(new Failure(ExitCode.CANNOT_LOAD, "this scenario cannot be explored."));
                    return;
                }
                task.setOnSucceeded(e -> finish(window, stage, r, out, done, home));
                task.setOnFailed(e -> done.complete(new Failure(ExitCode.INTERNAL, "exploring failed: "
                    + task.getException().getMessage())));
                return;
            }
            finish(window, stage, r, out, done, home);
        } catch (ScenarioLoadException e) {
            done.complete(new Failure(ExitCode.CANNOT_LOAD, e.getMessage()));
        } catch (IOException | RuntimeException | Error e) {
            done.complete(new Failure(ExitCode.INTERNAL, "cannot render: "
                + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName())));
        }
    }

    /** Two pulses for layout and canvas redraws, then the picture. */
    private static void finish(MainWindow window, Stage stage, SnapshotRequest r, Path out, CompletableFuture<Failure> done,
                               Path home) {
        Platform.runLater(() -> Platform.runLater(() -> {
            try {
                Node node = window.part(r.part());
                node.applyCss();
                WritableImage image = node.snapshot(new SnapshotParameters(), null);
                Png.write(image, out);
                stage.hide();
                done.complete(null);
                deleteQuietly(home);
            } catch (IOException | RuntimeException | Error e) {
                done.complete(new Failure(ExitCode.USAGE, "cannot write " + out + ": " + e.getMessage()));
            }
        }));
    }

    /** The snapshot's own settings folder is not the user's and is not kept. */
    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    private static ScenarioSource load(String name) {
        return ScenarioLibrary.fromClasspath().find(name);
    }
}
