package org.atomiscope.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The scenario library's table of contents, the classpath file {@value #RESOURCE}: one
 * scenario path per line (relative to {@code /scenarios/}), blank lines and {@code #}
 * comments ignored. An explicit index keeps the order the authors chose, which a jar
 * listing could not, and works the same from a folder or from inside the shaded jar.
 */
final class LibraryIndex {

    static final String RESOURCE = "/scenarios/index.txt";

    private LibraryIndex() {
    }

    /** The paths listed in the index on the classpath, or none if there is no index. */
    static List<String> fromClasspath() {
        try (InputStream in = LibraryIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scenario index " + RESOURCE + ".", e);
        }
    }

    static List<String> parse(String text) {
        return text.lines()
                .map(line -> {
                    int hash = line.indexOf('#');
                    return (hash >= 0 ? line.substring(0, hash) : line).strip();
                })
                .filter(path -> !path.isEmpty())
                .toList();
    }
}
