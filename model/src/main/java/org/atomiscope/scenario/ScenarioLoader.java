package org.atomiscope.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.atomiscope.lang.ScenarioSyntaxError;

/**
 * Loads scenarios: a single {@code .js} file, or a folder whose {@code main.js} is the main
 * agent and whose other {@code .js} files are what {@code new Worker('worker.js')} names. An
 * {@code index.html} beside them (the book's page) is ignored: the header in main.js says all
 * the app needs.
 */
public final class ScenarioLoader {
    public static final String MAIN = "main.js";
    /** How deep a folder scenario's workers may sit: deep enough for {@code js/workers/x.js}. */
    private static final int MAX_DEPTH = 4;
    private static final Pattern NEW_WORKER =
            Pattern.compile("new\\s+Worker\\s*\\(\\s*(['\"`])([^'\"`$]+)\\1");

    private ScenarioLoader() {}

    /**
     * Loads the scenario at a path: a file, or a folder with a main.js.
     *
     * @throws ScenarioLoadException with a sentence when there is nothing to load, a file
     *                               cannot be read or the header is malformed
     */
    public static ScenarioSource load(Path path) {
        if (Files.isDirectory(path)) {
            return loadFolder(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new ScenarioLoadException("There is no file or folder at " + path + ".");
        }
        String fileName = path.getFileName().toString();
        Path parent = path.toAbsolutePath().getParent();
        if (fileName.equals(MAIN) && parent != null) {
            return loadFolder(parent); // main.js names its folder: load the workers beside it too
        }
        String text = read(path);
        return new ScenarioSource(fileName.replaceFirst("\\.js$", ""), fileName, Map.of(fileName, text),
                header(path.toString(), text), path.toString());
    }

    private static ScenarioSource loadFolder(Path dir) {
        Path main = dir.resolve(MAIN);
        if (!Files.isRegularFile(main)) {
            throw new ScenarioLoadException("The folder " + dir + " has no " + MAIN
                    + ": a folder scenario starts from its " + MAIN + ".");
        }
        Map<String, String> files = new LinkedHashMap<>();
        String mainText = read(main);
        files.put(MAIN, mainText);
        for (Path js : javaScriptFiles(dir)) {
            String key = dir.relativize(js).toString().replace('\\', '/');
            files.putIfAbsent(key, read(js));
        }
        return new ScenarioSource(folderName(dir), MAIN, files, header(main.toString(), mainText), dir.toString());
    }

    private static List<Path> javaScriptFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".js"))
                    .filter(p -> !hidden(dir.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ScenarioLoadException("Could not list the files in " + dir + ": " + e.getMessage() + ".", e);
        }
    }

    /** Whether some folder or file on the path starts with a dot (.git and friends). */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String folderName(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? dir.toString() : name.toString();
    }

    /**
     * Loads a folder scenario through a reader of relative paths, as the classpath needs: a
     * resource folder cannot be listed, so the files are main.js and, transitively, every
     * file a {@code new Worker('...')} with a literal name mentions.
     *
     * @param folder the folder's path as {@code read} takes it, ending in {@code /}
     */
    static ScenarioSource loadFolder(String name, String folder, String location,
                                     Function<String, Optional<String>> read) {
        String mainText = read.apply(folder + MAIN).orElseThrow(() -> new ScenarioLoadException(
                "The scenario folder " + folder + " has no " + MAIN + ": a folder scenario starts from its " + MAIN + "."));
        Map<String, String> files = new LinkedHashMap<>();
        files.put(MAIN, mainText);
        Deque<String> todo = new ArrayDeque<>();
        todo.add(MAIN);
        while (!todo.isEmpty()) {
            String from = todo.remove();
            for (String key : workerFilesNamedIn(from, files.get(from))) {
                if (!files.containsKey(key)) {
                    String text = read.apply(folder + key).orElseThrow(() -> new ScenarioLoadException(
                            "The scenario " + name + " starts a worker from " + key + " (in " + from
                                    + "), but there is no " + folder + key + "."));
                    files.put(key, text);
                    todo.add(key);
                }
            }
        }
        return new ScenarioSource(name, MAIN, files, header(folder + MAIN, mainText), location);
    }

    /**
     * The files that {@code new Worker('name')} calls with a literal name start, relative to
     * the scenario folder. A name is resolved against the folder of the file that names it.
     */
    static Set<String> workerFilesNamedIn(String fromFile, String source) {
        String base = fromFile.contains("/") ? fromFile.substring(0, fromFile.lastIndexOf('/') + 1) : "";
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NEW_WORKER.matcher(source);
        while (m.find()) {
            names.add(normalize(base + m.group(2)));
        }
        return names;
    }

    /** Removes {@code ./} and resolves {@code ../} within the scenario folder. */
    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** Parses a header, turning a syntax error into a load error with the same sentence. */
    static ScenarioHeader header(String file, String text) {
        try {
            return HeaderParser.parse(file, text);
        } catch (ScenarioSyntaxError e) {
            throw new ScenarioLoadException(e.getMessage(), e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (CharacterCodingException e) {
            throw new ScenarioLoadException("Could not read " + path + ": it is not UTF-8 text.", e);
        } catch (IOException e) {
            throw new ScenarioLoadException("Could not read " + path + ": " + e.getMessage() + ".", e);
        }
    }
}
