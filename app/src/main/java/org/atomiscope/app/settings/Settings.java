package org.atomiscope.app.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * What the app remembers between runs: theme, font size, window bounds and split positions,
 * the last scenario and the recently opened ones (in {@value #FILE}), and the editor's unsaved
 * drafts (one file each in {@value Drafts#FOLDER}/).
 *
 * <p>Settings are a convenience, so nothing here may stop the app from starting: a missing,
 * unreadable or garbled file gives the defaults and a sentence in {@link #warnings()}, and no
 * getter throws. Setters change memory only until {@link #save()}; drafts are the exception and
 * go to disk at once, because a student's typing must survive a crash, not just a clean exit.
 * Every write replaces its file atomically, so a crash mid-write leaves the old file whole.
 *
 * <p>Methods are synchronized: the FX thread and a background saver may share one instance.
 */
public final class Settings {
    public static final String FILE = "settings.properties";
    /** The system property that overrides where settings live (tests, portable installs). */
    public static final String HOME_PROPERTY = "atomiscope.home";

    public static final String LIGHT = "light";
    public static final String DARK = "dark";
    public static final double DEFAULT_FONT_SIZE = 14;
    public static final double MIN_FONT_SIZE = 10;
    public static final double MAX_FONT_SIZE = 32;
    public static final int MAX_RECENT = 10;

    private static final String THEME = "theme";
    private static final String FONT_SIZE = "font.size";
    private static final String WINDOW = "window.bounds";
    private static final String DIVIDERS = "dividers.";
    private static final String LAST = "last.scenario";
    private static final String MODEL = "model";
    private static final String RECENT = "recent.";

    private final Path dir;
    private final Drafts drafts;
    private final List<String> warnings = new ArrayList<>();
    private Consumer<String> warningListener = w -> { };

    private String theme = LIGHT;
    private double fontSize = DEFAULT_FONT_SIZE;
    private double[] windowBounds;
    private final Properties dividers = new Properties();
    private String lastScenario;
    private String model;
    private final List<String> recent = new ArrayList<>();

    private Settings(Path dir) {
        this.dir = dir;
        this.drafts = new Drafts(dir.resolve(Drafts.FOLDER), this::warn);
    }

    /**
     * The settings in the user's configuration folder: {@code -Datomiscope.home=DIR} if given,
     * else {@code $XDG_CONFIG_HOME/atomiscope}, else {@code ~/.config/atomiscope}.
     */
    public static Settings load() {
        return load(defaultDirectory());
    }

    /** The settings kept in {@code dir} (created on the first save if missing). */
    public static Settings load(Path dir) {
        Settings settings = new Settings(dir);
        settings.read();
        return settings;
    }

    static Path defaultDirectory() {
        try {
            String home = System.getProperty(HOME_PROPERTY);
            if (home != null && !home.isBlank()) {
                return Path.of(home);
            }
            String xdg = System.getenv("XDG_CONFIG_HOME");
            if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
                return Path.of(xdg, "atomiscope");
            }
        } catch (InvalidPathException e) {
            // fall through to the home folder, which the JVM vouches for
        }
        return Path.of(System.getProperty("user.home"), ".config", "atomiscope");
    }

    /** The folder these settings live in. */
    public Path directory() {
        return dir;
    }

    // ---- reading -------------------------------------------------------------------------

    private void read() {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: a malformed \\uXXXX escape. Keep the bad file for the curious.
            String kept = keepCopy(file);
            warn("The settings file " + file + " could not be read (" + reason(e) + "), so the defaults are used"
                    + kept + ".");
            return;
        }
        String themeValue = p.getProperty(THEME);
        if (themeValue != null) {
            String t = themeValue.strip().toLowerCase(Locale.ROOT);
            if (t.equals(LIGHT) || t.equals(DARK)) {
                theme = t;
            } else {
                warn("The settings file " + file + " names the theme '" + themeValue + "', which is neither "
                        + LIGHT + " nor " + DARK + ", so the light theme is used.");
            }
        }
        String size = p.getProperty(FONT_SIZE);
        if (size != null) {
            double parsed = parseDouble(size);
            if (Double.isFinite(parsed)) {
                fontSize = clampFontSize(parsed);
            } else {
                warn("The settings file " + file + " gives the font size '" + size + "', which is not a number, so "
                        + (int) DEFAULT_FONT_SIZE + " is used.");
            }
        }
        String bounds = p.getProperty(WINDOW);
        if (bounds != null) {
            double[] b = parseDoubles(bounds);
            if (b != null && b.length == 4 && b[2] > 0 && b[3] > 0) {
                windowBounds = b;
            } else {
                warn("The settings file " + file + " gives the window bounds '" + bounds
                        + "', which are not four numbers x, y, width, height, so the window opens at its default size.");
            }
        }
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(DIVIDERS)) {
                dividers.setProperty(key.substring(DIVIDERS.length()), p.getProperty(key));
            }
        }
        String modelValue = p.getProperty(MODEL);
        if (modelValue != null && !modelValue.isBlank()) {
            model = modelValue.strip();
        }
        String last = p.getProperty(LAST);
        if (last != null && !last.isBlank()) {
            lastScenario = last.strip();
        }
        for (int i = 0; i < MAX_RECENT; i++) {
            String location = p.getProperty(RECENT + i);
            if (location != null && !location.isBlank() && !recent.contains(location.strip())) {
                recent.add(location.strip());
            }
        }
    }

    private static String keepCopy(Path file) {
        Path copy = file.resolveSibling(FILE + ".bad");
        try {
            Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return " (the unreadable file is kept as " + copy.getFileName() + ")";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    // ---- appearance ----------------------------------------------------------------------

    /** {@value #LIGHT} or {@value #DARK}. */
    public synchronized String theme() {
        return theme;
    }

    /** Sets the theme; anything other than {@value #DARK} (in any case) means light. */
    public synchronized void setTheme(String theme) {
        this.theme = theme != null && theme.strip().equalsIgnoreCase(DARK) ? DARK : LIGHT;
    }

    public synchronized boolean isDark() {
        return DARK.equals(theme);
    }

    /** The base font size in points, between {@value #MIN_FONT_SIZE} and {@value #MAX_FONT_SIZE}. */
    public synchronized double fontSize() {
        return fontSize;
    }

    /** Sets the font size, clamped to the readable range; a non-number is ignored. */
    public synchronized void setFontSize(double size) {
        if (Double.isFinite(size)) {
            fontSize = clampFontSize(size);
        }
    }

    static double clampFontSize(double size) {
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
    }

    // ---- layout --------------------------------------------------------------------------

    /** The window's last x, y, width and height, if known. */
    public synchronized Optional<double[]> windowBounds() {
        return windowBounds == null ? Optional.empty() : Optional.of(windowBounds.clone());
    }

    /** Remembers the window's bounds; non-numbers and empty sizes are ignored. */
    public synchronized void setWindowBounds(double x, double y, double width, double height) {
        double[] b = {x, y, width, height};
        if (Arrays.stream(b).allMatch(Double::isFinite) && width > 0 && height > 0) {
            windowBounds = b;
        }
    }

    /**
     * A split pane's divider positions, saved under {@code name}; {@code defaults} when none
     * are saved or the saved ones do not fit (another count, or outside 0..1).
     */
    public synchronized double[] dividers(String name, double[] defaults) {
        double[] saved = parseDoubles(dividers.getProperty(keyName(name), ""));
        if (saved == null || saved.length != defaults.length) {
            return defaults;
        }
        for (double d : saved) {
            if (d < 0 || d > 1) {
                return defaults;
            }
        }
        return saved;
    }

    public synchronized void setDividers(String name, double[] positions) {
        StringBuilder text = new StringBuilder();
        for (double d : positions) {
            if (!Double.isFinite(d)) {
                return;
            }
            text.append(text.isEmpty() ? "" : ",").append(d);
        }
        dividers.setProperty(keyName(name), text.toString());
    }

    /** Divider names become property keys, so keep them to letters, digits, dots and dashes. */
    private static String keyName(String name) {
        return name == null ? "" : name.replaceAll("[^A-Za-z0-9.-]", "_");
    }

    // ---- scenarios -----------------------------------------------------------------------

    /** Where the last scenario came from ({@code library:...} or a path), if any. */
    public synchronized Optional<String> lastScenario() {
        return Optional.ofNullable(lastScenario);
    }

    /** Remembers the scenario to reopen next time; null or blank forgets it. */
    public synchronized void setLastScenario(String location) {
        lastScenario = location == null || location.isBlank() ? null : location.strip();
    }

    /** The memory model chosen last ("sc", "tso", "relaxed"), if any; an unknown id is the caller's to ignore. */
    public synchronized Optional<String> model() {
        return Optional.ofNullable(model);
    }

    public synchronized void setModel(String id) {
        model = id == null || id.isBlank() ? null : id.strip();
    }

    /** Recently opened locations, most recent first, at most {@value #MAX_RECENT}. */
    public synchronized List<String> recent() {
        return List.copyOf(recent);
    }

    /** Moves a location to the front of the recent list (adding it if new). */
    public synchronized void addRecent(String location) {
        if (location == null || location.isBlank()) {
            return;
        }
        String l = location.strip();
        recent.remove(l);
        recent.add(0, l);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
    }

    public synchronized void removeRecent(String location) {
        if (location != null) {
            recent.remove(location.strip());
        }
    }

    public synchronized void clearRecent() {
        recent.clear();
    }

    // ---- drafts --------------------------------------------------------------------------

    /**
     * The unsaved edit of a scenario, if there is one. Keys are scenario locations
     * ({@code library:19-reordering-123456-191.js}, a path); a folder scenario's editor may
     * add the file ({@code <location>#worker.js}).
     */
    public synchronized Optional<String> draft(String key) {
        return drafts.get(key);
    }

    /** Writes the draft to disk now (atomically); a failure becomes a warning. */
    public synchronized void saveDraft(String key, String text) {
        drafts.put(key, text);
    }

    /** Forgets a draft (after the edit is saved or reverted). */
    public synchronized void clearDraft(String key) {
        drafts.remove(key);
    }

    // ---- saving and warnings -------------------------------------------------------------

    /**
     * Writes {@value #FILE}. Never throws: a failure (a read-only folder, a full disk) is
     * added to {@link #warnings()} and reported to the warning listener.
     */
    public synchronized void save() {
        Properties p = new Properties();
        p.setProperty(THEME, theme);
        p.setProperty(FONT_SIZE, Double.toString(fontSize));
        if (windowBounds != null) {
            p.setProperty(WINDOW, join(windowBounds));
        }
        for (String name : dividers.stringPropertyNames()) {
            p.setProperty(DIVIDERS + name, dividers.getProperty(name));
        }
        if (lastScenario != null) {
            p.setProperty(LAST, lastScenario);
        }
        if (model != null) {
            p.setProperty(MODEL, model);
        }
        for (int i = 0; i < recent.size(); i++) {
            p.setProperty(RECENT + i, recent.get(i));
        }
        Path file = dir.resolve(FILE);
        try {
            AtomicFiles.write(file, text(p));
        } catch (IOException | RuntimeException e) {
            warn("The settings could not be saved to " + file + " (" + reason(e) + ").");
        }
    }

    /** Sentences about settings that could not be read or written, oldest first. */
    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Called with each new warning (on the thread that caused it), e.g. to show a notification. */
    public synchronized void setWarningListener(Consumer<String> listener) {
        this.warningListener = listener == null ? w -> { } : listener;
    }

    private synchronized void warn(String sentence) {
        warnings.add(sentence);
        try {
            warningListener.accept(sentence);
        } catch (RuntimeException e) {
            // a broken listener must not turn a warning into a crash
        }
    }

    /**
     * The properties as text with sorted keys and no time stamp, so the file changes only when
     * a setting does (Properties.store would write the date and hash order).
     */
    private static String text(Properties p) throws IOException {
        StringWriter raw = new StringWriter();
        p.store(raw, null);
        List<String> lines = new ArrayList<>(raw.toString().lines().filter(l -> !l.startsWith("#")).sorted().toList());
        lines.add(0, "# Atomiscope settings: safe to delete (the defaults come back).");
        return String.join("\n", lines) + "\n";
    }

    private static String join(double[] values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.isEmpty() ? "" : ",").append(v);
        }
        return b.toString();
    }

    /** The numbers in a comma-separated list, or null when any part is not a finite number. */
    private static double[] parseDoubles(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(",");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = parseDouble(parts[i]);
            if (!Double.isFinite(values[i])) {
                return null;
            }
        }
        return values;
    }

    private static double parseDouble(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static String reason(Throwable e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.AccessDeniedException) {
            return (e instanceof java.nio.file.AccessDeniedException ? "access denied: " : "no such file: ") + m;
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
