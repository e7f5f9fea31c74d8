package org.atomiscope.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A loaded scenario: its source files and parsed header.
 *
 * @param name     the library name: the file name without {@code .js}, or the folder name
 * @param mainFile the key of the file the main agent runs ({@code main.js} in a folder)
 * @param files    file name to text, main file first. For a folder scenario the names are
 *                 relative to the folder, with {@code /} separators, as {@code new Worker(...)}
 *                 names them ({@code "worker.js"}); {@code index.html} is not included
 * @param header   the main file's header
 * @param location where it was loaded from: a file system path, or {@code library:<entry>}
 */
public record ScenarioSource(String name, String mainFile, Map<String, String> files,
                             ScenarioHeader header, String location) {

    public ScenarioSource {
        if (!files.containsKey(mainFile)) {
            throw new IllegalArgumentException("The files of scenario " + name + " do not include " + mainFile + ".");
        }
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /**
     * A single-file scenario from text, as tests and the editor make them.
     *
     * @throws org.atomiscope.lang.ScenarioSyntaxError when the header is malformed
     */
    public static ScenarioSource ofSingleFile(String fileName, String source) {
        String name = fileName.replaceFirst("\\.js$", "");
        return new ScenarioSource(name, fileName, Map.of(fileName, source),
                HeaderParser.parse(fileName, source), fileName);
    }

    /** The main agent's source text. */
    public String mainSource() {
        return files.get(mainFile);
    }

    public String title() {
        return header.title();
    }

    public String topic() {
        return header.topic();
    }
}
