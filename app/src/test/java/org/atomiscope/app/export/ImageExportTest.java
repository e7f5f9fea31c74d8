package org.atomiscope.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing an SVG file whole or not at all (the PNG half needs a canvas: see the views' export tests). */
class ImageExportTest {
    @TempDir
    Path dir;

    @Test
    void writesTheDocument() throws IOException {
        Path file = dir.resolve("picture.svg");
        ImageExport.svg(file, 120, 80, pen -> {
            pen.setFill(Color.WHITE);
            pen.fillRect(0, 0, 120, 80);
            pen.fillText("ia[37] = 123456 → é", 10, 20);
        });
        String svg = Files.readString(file);
        assertThat(SvgPenTest.parse(svg).getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 120 80");
        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("ia[37] = 123456 → é");
    }

    @Test
    void aFolderThatDoesNotExistIsASentence() {
        Path file = dir.resolve("no such folder").resolve("picture.svg");
        assertThatThrownBy(() -> ImageExport.svg(file, 10, 10, pen -> pen.fillRect(0, 0, 10, 10)))
            .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    /** A drawing that fails after a good part of the file was written leaves the old file whole, and no temp file. */
    @Test
    void aFailureHalfWayLeavesTheOldFile() throws IOException {
        Path file = dir.resolve("picture.svg");
        Files.writeString(file, "the old picture");
        assertThatThrownBy(() -> ImageExport.svg(file, 100, 100, pen -> {
            for (int i = 0; i < 20_000; i++) { // well past a chunk: bytes reach the temporary file
                pen.fillRect(i % 100, i / 200, 1, 1);
            }
            throw new IllegalStateException("the renderer failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(file)).isEqualTo("the old picture");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
