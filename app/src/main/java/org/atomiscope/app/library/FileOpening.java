package org.atomiscope.app.library;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.atomiscope.app.settings.Settings;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioLoadException;
import org.atomiscope.scenario.ScenarioLoader;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.trace.Trace;
import org.atomiscope.trace.TraceException;
import org.atomiscope.trace.TraceFile;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/**
 * Every way a scenario gets opened besides the library tree: the file and folder choosers, the
 * recent list, dragging a file or folder onto the window, and reopening a location by name.
 * A location is what {@link ScenarioSource#location()} says: a path, or
 * {@code library:<index entry>} ({@code library:19-reordering-123456-191.js},
 * {@code library:03-sharing-primes/}). Failures never escape as exceptions: each becomes one
 * sentence, naming the file, for {@code onError}.
 */
public final class FileOpening {
    static final String LIBRARY_PREFIX = "library:";
    static final String NO_RECENT = "No recent scenarios";
    static final String CLEAR_RECENT = "Clear recent";
    static final String DROP_HINT = "atomiscope-drop-hint";

    private final Settings settings;
    private final Consumer<ScenarioSource> onOpen;
    private final Consumer<String> onError;
    private BiConsumer<Trace, Path> onTrace = (t, p) -> { };
    private ScenarioLibrary library;
    private final List<Menu> recentMenus = new ArrayList<>();

    public FileOpening(Settings settings, Consumer<ScenarioSource> onOpen, Consumer<String> onError) {
        this(settings, null, onOpen, onError);
    }

    /** With the library the window shows already, so it is not parsed twice. */
    public FileOpening(Settings settings, ScenarioLibrary library, Consumer<ScenarioSource> onOpen,
                       Consumer<String> onError) {
        this.settings = settings;
        this.library = library;
        this.onOpen = onOpen;
        this.onError = onError;
    }

    /** Where a trace goes once read and checked (the window loads it into the stepper). */
    public void setOnTrace(BiConsumer<Trace, Path> onTrace) {
        this.onTrace = onTrace;
    }

    /** Whether a location is a trace (a {@code .json} file) rather than a scenario. */
    public static boolean isTrace(String location) {
        return location != null && location.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    // ---- opening ---------------------------------------------------------------------------

    /** Asks for a {@code .js} file and opens it; cancelling does nothing. */
    public void openFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a scenario or a trace");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Scenarios and traces (*.js, *.json)", "*.js", "*.json"),
                new FileChooser.ExtensionFilter("JavaScript scenarios (*.js)", "*.js"),
                new FileChooser.ExtensionFilter("Atomiscope traces (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        startFolder().ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            load(file.toPath().toString());
        }
    }

    /** Asks for a scenario folder (one with a main.js) and opens it; cancelling does nothing. */
    public void openFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a scenario folder (with a main.js)");
        startFolder().ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        File dir = chooser.showDialog(owner);
        if (dir != null) {
            load(dir.toPath().toString());
        }
    }

    /**
     * Opens the scenario at a location: loads it, adds it to the recent list and hands it to
     * {@code onOpen}. On failure {@code onError} gets a sentence and the result is empty.
     */
    public Optional<ScenarioSource> load(String location) {
        if (isTrace(location)) {
            return openTrace(location);
        }
        Optional<ScenarioSource> source = read(location);
        source.ifPresent(this::open);
        return source;
    }

    /**
     * Reads a trace, which checks it by replaying (a corrupt, newer or edited trace is refused with a
     * sentence for {@code onError}), and hands it to the trace handler.
     */
    private Optional<ScenarioSource> openTrace(String location) {
        Path path;
        Trace trace;
        try {
            path = Path.of(location);
            trace = TraceFile.read(path);
        } catch (InvalidPathException e) {
            onError.accept("Could not open " + location + ": it is not a file path this system accepts.");
            return Optional.empty();
        } catch (TraceException e) {
            forgetIfGone(location);
            onError.accept(e.getMessage());
            return Optional.empty();
        }
        settings.addRecent(location);
        refreshRecent();
        try {
            onTrace.accept(trace, path);
        } catch (RuntimeException e) {
            onError.accept("Could not open " + describe(location) + ": " + message(e));
        }
        return Optional.of(trace.scenario());
    }

    /**
     * Hands an already loaded scenario (one clicked in the library) to {@code onOpen} and adds
     * it to the recent list, so that every way of opening is remembered alike.
     */
    public void open(ScenarioSource source) {
        settings.addRecent(source.location());
        refreshRecent();
        try {
            onOpen.accept(source);
        } catch (RuntimeException e) {
            onError.accept("Could not open " + describe(source.location()) + ": " + message(e));
        }
    }

    /**
     * Loads the scenario at a location without opening it or touching the recent list; on
     * failure {@code onError} gets a sentence and the result is empty.
     */
    public Optional<ScenarioSource> read(String location) {
        try {
            return Optional.of(readOrThrow(location));
        } catch (ScenarioLoadException e) {
            forgetIfGone(location);
            onError.accept(e.getMessage());
        } catch (RuntimeException e) {
            // UncheckedIOException, SecurityException and the like: still a sentence, not a trace.
            onError.accept("Could not open " + location + ": " + message(e));
        }
        return Optional.empty();
    }

    private ScenarioSource readOrThrow(String location) {
        if (location == null || location.isBlank()) {
            throw new ScenarioLoadException("No scenario was named to open.");
        }
        if (location.startsWith(LIBRARY_PREFIX)) {
            String entry = location.substring(LIBRARY_PREFIX.length());
            ScenarioLibrary lib = library();
            int index = lib.entries().indexOf(entry);
            if (index >= 0) {
                return lib.list().get(index);
            }
            return lib.named(entry).orElseThrow(() -> new ScenarioLoadException(
                    "There is no scenario '" + entry + "' in the library."));
        }
        Path path;
        try {
            path = Path.of(location);
        } catch (InvalidPathException e) {
            throw new ScenarioLoadException("'" + location + "' is not a file path this system accepts: "
                    + e.getReason() + ".", e);
        }
        return ScenarioLoader.load(path);
    }

    private ScenarioLibrary library() {
        if (library == null) {
            try {
                library = ScenarioLibrary.fromClasspath();
            } catch (ScenarioLoadException e) {
                throw new ScenarioLoadException("The scenario library could not be loaded: " + e.getMessage(), e);
            }
        }
        return library;
    }

    /** A recent file that has been deleted or moved is dropped from the list. */
    private void forgetIfGone(String location) {
        if (location == null || location.startsWith(LIBRARY_PREFIX) || !settings.recent().contains(location)) {
            return;
        }
        try {
            if (Files.notExists(Path.of(location))) {
                settings.removeRecent(location);
                refreshRecent();
            }
        } catch (InvalidPathException | SecurityException e) {
            settings.removeRecent(location);
            refreshRecent();
        }
    }

    /** Where the choosers start: the folder of the most recent file that still exists. */
    private Optional<Path> startFolder() {
        for (String location : settings.recent()) {
            if (location.startsWith(LIBRARY_PREFIX)) {
                continue;
            }
            try {
                Path parent = Path.of(location).toAbsolutePath().getParent();
                if (parent != null && Files.isDirectory(parent)) {
                    return Optional.of(parent);
                }
            } catch (InvalidPathException | SecurityException e) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    // ---- the recent menu -------------------------------------------------------------------

    /**
     * An "Open Recent" menu: one item per recent location, most recent first, then "Clear
     * recent"; a disabled "No recent scenarios" when there are none. It stays up to date as
     * scenarios are opened; each call makes a new menu (a menu item has only one parent).
     */
    public Menu recentMenu() {
        Menu menu = new Menu("Open Recent");
        menu.setId("recent-menu");
        menu.setGraphic(new FontIcon(MaterialDesignH.HISTORY));
        menu.setOnShowing(e -> fill(menu)); // the settings may have changed behind our back
        recentMenus.add(menu);
        fill(menu);
        return menu;
    }

    /** Rebuilds the recent menus from the settings. */
    public void refreshRecent() {
        recentMenus.forEach(this::fill);
    }

    private void fill(Menu menu) {
        List<MenuItem> items = new ArrayList<>();
        for (String location : settings.recent()) {
            MenuItem item = new MenuItem(describe(location));
            item.setMnemonicParsing(false); // file names have underscores
            item.setGraphic(new FontIcon(location.startsWith(LIBRARY_PREFIX) ? MaterialDesignB.BOOKMARK_OUTLINE
                    : location.toLowerCase(Locale.ROOT).endsWith(".js") ? MaterialDesignF.FILE_CODE_OUTLINE
                    : isTrace(location) ? MaterialDesignF.FILE_CHART_OUTLINE
                    : MaterialDesignF.FOLDER_OUTLINE));
            item.setUserData(location);
            item.setOnAction(e -> load(location));
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(NO_RECENT);
            none.setDisable(true);
            items.add(none);
        } else {
            MenuItem clear = new MenuItem(CLEAR_RECENT);
            clear.setGraphic(new FontIcon(MaterialDesignD.DELETE_SWEEP_OUTLINE));
            clear.setOnAction(e -> {
                settings.clearRecent();
                refreshRecent();
            });
            items.add(new SeparatorMenuItem());
            items.add(clear);
        }
        menu.getItems().setAll(items);
    }

    /**
     * How a location reads in a menu or a message: a library scenario by its title, a file as
     * "name — folder" with the home folder shortened to ~.
     */
    String describe(String location) {
        if (location.startsWith(LIBRARY_PREFIX)) {
            String entry = location.substring(LIBRARY_PREFIX.length());
            if (library != null) {
                int index = library.entries().indexOf(entry);
                Optional<ScenarioSource> s = index >= 0 ? Optional.of(library.list().get(index)) : library.named(entry);
                if (s.isPresent()) {
                    return s.get().title() + " (library)";
                }
            }
            return entry + " (library)";
        }
        try {
            Path path = Path.of(location);
            Path name = path.getFileName();
            Path parent = path.getParent();
            if (name == null || parent == null) {
                return location;
            }
            String folder = parent.toString();
            String home = System.getProperty("user.home", "");
            if (!home.isEmpty() && folder.startsWith(home)) {
                folder = "~" + folder.substring(home.length());
            }
            return name + " \u2014 " + folder;
        } catch (InvalidPathException e) {
            return location;
        }
    }

    // ---- drag and drop ---------------------------------------------------------------------

    /**
     * Lets a {@code .js} file or a scenario folder be dropped anywhere on the window. While one
     * is dragged over, the window's root gets the style class {@value #DROP_HINT} (a glow
     * inside its edge, from this package's stylesheet, which is added to the scene).
     */
    public void installDragAndDrop(Scene scene) {
        URL css = FileOpening.class.getResource("library.css");
        if (css != null && !scene.getStylesheets().contains(css.toExternalForm())) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            // Drags that start inside the app (selected code text) are not files to open.
            if (e.getGestureSource() == null && droppable(e.getDragboard()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                hint(scene, true);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_EXITED, e -> hint(scene, false));
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            hint(scene, false);
            Optional<Path> path = e.getGestureSource() == null ? droppable(e.getDragboard()) : Optional.empty();
            if (path.isEmpty()) {
                return;
            }
            e.setDropCompleted(true);
            e.consume();
            // Open after the drop returns, so the file manager is not kept waiting on a big scenario.
            Platform.runLater(() -> load(path.get().toString()));
        });
    }

    private static void hint(Scene scene, boolean on) {
        Node root = scene.getRoot();
        if (root == null) {
            return;
        }
        if (on && !root.getStyleClass().contains(DROP_HINT)) {
            root.getStyleClass().add(DROP_HINT);
        } else if (!on) {
            root.getStyleClass().remove(DROP_HINT);
        }
    }

    private static Optional<Path> droppable(Dragboard board) {
        return board.hasFiles() ? droppable(board.getFiles()) : Optional.empty();
    }

    /** The first dropped file that can be opened: a {@code .js} file, a folder or a {@code .json} trace. */
    static Optional<Path> droppable(List<File> files) {
        for (File file : files) {
            if (file.isDirectory() || file.getName().toLowerCase(Locale.ROOT).endsWith(".js") || isTrace(file.getName())) {
                return Optional.of(file.toPath());
            }
        }
        return Optional.empty();
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName() + ".";
        }
        return m.endsWith(".") ? m : m + ".";
    }
}
