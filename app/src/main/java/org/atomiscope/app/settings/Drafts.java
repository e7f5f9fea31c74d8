package org.atomiscope.app.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The editor's unsaved text, one file per scenario: {@code drafts/<name>-<hash>.js}. The name
 * part makes the folder readable to a person looking for lost work; the hash of the whole key
 * keeps two scenarios with the same file name (in different folders) apart. Drafts are also
 * kept in memory, so an edit survives for this run even when the disk refuses it.
 */
final class Drafts {
    static final String FOLDER = "drafts";
    private static final int MAX_NAME = 40;

    private final Path folder;
    private final Consumer<String> warn;
    /** Key to text; a null value records "no draft" so the disk is not asked again. */
    private final Map<String, String> known = new HashMap<>();

    Drafts(Path folder, Consumer<String> warn) {
        this.folder = folder;
        this.warn = warn;
    }

    Optional<String> get(String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (known.containsKey(key)) {
            return Optional.ofNullable(known.get(key));
        }
        Path file = file(key);
        String text = null;
        if (Files.isRegularFile(file)) {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                warn.accept("The unsaved draft of " + key + " in " + file + " could not be read ("
                        + Settings.reason(e) + ").");
            }
        }
        known.put(key, text);
        return Optional.ofNullable(text);
    }

    void put(String key, String text) {
        if (key == null || text == null) {
            return;
        }
        if (text.equals(known.get(key))) {
            return; // unchanged: spare the disk (editors call this on every keystroke)
        }
        known.put(key, text);
        Path file = file(key);
        try {
            AtomicFiles.write(file, text);
        } catch (IOException | RuntimeException e) {
            warn.accept("The draft of " + key + " could not be saved to " + file + " (" + Settings.reason(e)
                    + "); it is kept only until the app closes.");
        }
    }

    void remove(String key) {
        if (key == null) {
            return;
        }
        known.put(key, null);
        Path file = file(key);
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
            warn.accept("The draft of " + key + " in " + file + " could not be deleted (" + Settings.reason(e) + ").");
        }
    }

    Path file(String key) {
        return folder.resolve(fileName(key));
    }

    /** {@code library:06-reordering.js} → {@code 06-reordering-<12 hex digits>.js}. */
    static String fileName(String key) {
        String name = key.replace('\\', '/').replaceFirst("/+$", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
        name = name.replaceFirst("\\.js$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        if (name.isEmpty() || name.startsWith(".")) {
            name = "draft" + name;
        }
        return name + "-" + hash(key) + ".js";
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }
}
