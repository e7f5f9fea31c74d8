package org.atomiscope.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The scenarios shipped with Atomiscope, in course order. {@code index.txt} lists them, one
 * relative path per line: {@code 06-reordering.js} for a file, {@code 01-hello/} for a folder;
 * blank lines and lines starting with {@code #} are skipped. Everything is loaded and parsed
 * up front, so a broken library entry fails at start-up (and in the library test), not when a
 * student clicks it.
 */
public final class ScenarioLibrary {
    /** Where the scenarios module puts the library on the classpath. */
    public static final String CLASSPATH_ROOT = "/scenarios/";
    public static final String INDEX = "index.txt";

    private final List<String> entries;
    private final List<ScenarioSource> scenarios;

    private ScenarioLibrary(List<String> entries, List<ScenarioSource> scenarios) {
        this.entries = List.copyOf(entries);
        this.scenarios = List.copyOf(scenarios);
    }

    /**
     * The library from the classpath ({@value #CLASSPATH_ROOT}).
     *
     * @throws ScenarioLoadException when the index or an entry is missing or malformed
     */
    public static ScenarioLibrary fromClasspath() {
        return load("the classpath folder " + CLASSPATH_ROOT, relative -> {
            try (InputStream in = ScenarioLibrary.class.getResourceAsStream(CLASSPATH_ROOT + relative)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ScenarioLoadException("Could not read " + CLASSPATH_ROOT + relative + " from the classpath: "
                        + e.getMessage() + ".", e);
            }
        });
    }

    /**
     * The library from a folder laid out like the classpath one (the source tree's
     * {@code scenarios/library}), loaded by exactly the same rules.
     */
    public static ScenarioLibrary fromDirectory(Path dir) {
        return load("the folder " + dir, relative -> {
            Path file = dir.resolve(relative);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(file));
            } catch (IOException e) {
                throw new ScenarioLoadException("Could not read " + file + ": " + e.getMessage() + ".", e);
            }
        });
    }

    static ScenarioLibrary load(String where, Function<String, Optional<String>> read) {
        String index = read.apply(INDEX).orElseThrow(() -> new ScenarioLoadException(
                "The scenario library is missing: there is no " + INDEX + " in " + where + "."));
        List<String> entries = new ArrayList<>();
        List<ScenarioSource> scenarios = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        String[] lines = index.split("\r?\n");
        for (int n = 0; n < lines.length; n++) {
            String entry = lines[n].strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String at = INDEX + " line " + (n + 1);
            ScenarioSource s = loadEntry(entry, at, read);
            String before = names.put(s.name(), entry);
            if (before != null) {
                throw new ScenarioLoadException(at + " lists " + entry + ", but the name " + s.name()
                        + " is taken already by " + before + ".");
            }
            entries.add(entry);
            scenarios.add(s);
        }
        return new ScenarioLibrary(entries, scenarios);
    }

    private static ScenarioSource loadEntry(String entry, String at, Function<String, Optional<String>> read) {
        String location = "library:" + entry;
        if (entry.endsWith("/")) {
            String name = entry.substring(0, entry.length() - 1);
            if (read.apply(entry + ScenarioLoader.MAIN).isEmpty()) {
                throw new ScenarioLoadException(at + " lists the folder " + entry + ", but it has no "
                        + ScenarioLoader.MAIN + " (or does not exist).");
            }
            return ScenarioLoader.loadFolder(name.substring(name.lastIndexOf('/') + 1), entry, location, read);
        }
        if (!entry.endsWith(".js")) {
            throw new ScenarioLoadException(at + " lists " + entry
                    + ", which is neither a .js file nor a folder (folders end with /).");
        }
        String text = read.apply(entry).orElseThrow(() -> new ScenarioLoadException(
                at + " lists " + entry + ", but there is no such file."));
        String fileName = entry.substring(entry.lastIndexOf('/') + 1);
        return new ScenarioSource(fileName.replaceFirst("\\.js$", ""), fileName, Map.of(fileName, text),
                ScenarioLoader.header(entry, text), location);
    }

    /** The index entries as written, in course order. */
    public List<String> entries() {
        return entries;
    }

    /** Every scenario, in course order. */
    public List<ScenarioSource> list() {
        return scenarios;
    }

    public int size() {
        return scenarios.size();
    }

    /** Topic to its scenarios; topics in the order they first appear in the course. */
    public Map<String, List<ScenarioSource>> byTopic() {
        Map<String, List<ScenarioSource>> topics = new LinkedHashMap<>();
        for (ScenarioSource s : scenarios) {
            topics.computeIfAbsent(s.topic(), t -> new ArrayList<>()).add(s);
        }
        topics.replaceAll((t, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(topics);
    }

    /** A library scenario by name; {@code .js} or a trailing {@code /} may be written too. */
    public Optional<ScenarioSource> named(String name) {
        String key = name.replaceFirst("/$", "").replaceFirst("\\.js$", "");
        return scenarios.stream().filter(s -> s.name().equals(key)).findFirst();
    }

    /**
     * A library scenario by name, else the scenario at a file system path.
     *
     * @throws ScenarioLoadException when neither exists, or the file cannot be loaded
     */
    public ScenarioSource find(String nameOrPath) {
        Optional<ScenarioSource> named = named(nameOrPath);
        if (named.isPresent()) {
            return named.get();
        }
        Path path;
        try {
            path = Path.of(nameOrPath);
        } catch (InvalidPathException e) {
            path = null;
        }
        if (nameOrPath.isBlank() || path == null || !Files.exists(path)) {
            throw new ScenarioLoadException("No scenario named '" + nameOrPath + "' in the library and no file at "
                    + nameOrPath + ".");
        }
        return ScenarioLoader.load(path);
    }
}
