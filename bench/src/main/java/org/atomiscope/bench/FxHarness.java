package org.atomiscope.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * A headless JavaFX toolkit for rendering benchmarks: Monocle's headless platform with the software
 * pipeline, as the app's tests use, so a benchmark needs no display. Rendering work runs on the FX
 * thread through {@link #onFx}.
 */
public final class FxHarness {
    private static boolean started;

    private FxHarness() {
    }

    /** Starts the toolkit once per JVM (JMH forks a JVM per benchmark). */
    public static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("javafx.cachedir", System.getProperty("java.io.tmpdir") + "/atomiscope-bench-openjfx");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Platform.setImplicitExit(false);
        started = true;
    }

    /** Runs work on the FX thread and waits for its result. */
    public static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get();
    }
}
