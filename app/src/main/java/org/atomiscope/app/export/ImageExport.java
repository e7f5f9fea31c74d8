package org.atomiscope.app.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.atomiscope.app.snapshot.Png;
import org.atomiscope.trace.AtomicFiles;

/**
 * Writes a view's picture to a file, whole or not at all ({@link AtomicFiles}): an export that
 * fails half-way, in the drawing or on a full disk, leaves the old file as it was and nothing
 * half-written beside it.
 */
public final class ImageExport {
    private ImageExport() {
    }

    /** The canvas as it is now, pixel for pixel, as a PNG. FX thread only. */
    public static void png(Canvas canvas, Path file) throws IOException {
        requireFxThread();
        if (canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            throw new IOException("There is no picture to export yet: the view has no size.");
        }
        WritableImage image = canvas.snapshot(new SnapshotParameters(), null);
        AtomicFiles.write(file, out -> Png.write(image, out));
    }

    /**
     * An SVG document of {@code width} × {@code height} pixels with what {@code drawing} draws on the
     * pen it is given (the renderer that draws the same view on screen).
     */
    public static void svg(Path file, double width, double height, Consumer<? super Pen> drawing) throws IOException {
        AtomicFiles.write(file, out -> {
            // Not closed here: AtomicFiles closes the stream before it moves the file into place.
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            SvgPen pen = new SvgPen(text, width, height);
            try {
                drawing.accept(pen);
                pen.finish();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("views export on the JavaFX thread");
        }
    }
}
