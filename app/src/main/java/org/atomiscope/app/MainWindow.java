package org.atomiscope.app;

import atlantafx.base.controls.ToggleSwitch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.atomiscope.app.code.CodePane;
import org.atomiscope.app.code.EditorPane;
import org.atomiscope.app.console.ConsoleView;
import org.atomiscope.app.controls.ChoicesPane;
import org.atomiscope.app.controls.HelpSheet;
import org.atomiscope.app.controls.Runner;
import org.atomiscope.app.controls.Shortcut;
import org.atomiscope.app.export.Exports;
import org.atomiscope.app.heatmap.HeatmapView;
import org.atomiscope.app.library.FileOpening;
import org.atomiscope.app.library.LibraryPane;
import org.atomiscope.app.notes.NotesPane;
import org.atomiscope.app.outcomes.OutcomesView;
import org.atomiscope.app.problems.ProblemsView;
import org.atomiscope.app.session.Problem;
import org.atomiscope.app.session.Session;
import org.atomiscope.app.settings.Settings;
import org.atomiscope.app.timeline.TimelineView;
import org.atomiscope.lang.Pos;
import org.atomiscope.memory.MemoryModel;
import org.atomiscope.memory.Models;
import org.atomiscope.scenario.ScenarioLibrary;
import org.atomiscope.scenario.ScenarioSource;
import org.atomiscope.trace.Trace;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The main window: library (left), the agents' code or the editor (centre), notes (right), controls
 * and the enabled choices (top), and the tabs below. It places the views and wires the commands;
 * each view lives in its own package and reads the {@link Session}.
 */
public final class MainWindow {
    static final String TITLE = "Atomiscope";
    /** What the window opens on a first start, with nothing to restore. */
    static final String FIRST_SCENARIO = "19-reordering-123456-191";
    /** The model the user chose last (toolbar, menu, a trace); what a scenario without a challenge opens under. */
    private MemoryModel chosenModel;
    /** Set while a challenge opens under its own model, which is then not remembered as the user's choice. */
    private boolean openingChallenge;

    private final Session session = new Session();
    private final Settings settings;
    private final ScenarioLibrary library;
    private final Runner runner = new Runner(session);
    private final BorderPane root = new BorderPane();
    private final StackPane centre = new StackPane();
    private final CodePane code = new CodePane(session);
    private final EditorPane editor;
    private final TabPane tabs = new TabPane();
    private final LibraryPane libraryPane;
    private final FileOpening opening;
    private final OutcomesView outcomes = new OutcomesView(session);
    private final TimelineView timeline = new TimelineView(session);
    private final HeatmapView heatmap = new HeatmapView(session);
    private final ConsoleView console = new ConsoleView(session);
    private final ProblemsView problems = new ProblemsView(session, this::goTo, this::replay);
    private final Exports exports = new Exports(session, timeline, heatmap, outcomes);
    private final NotesPane notes = new NotesPane(session);
    private final Label status = new Label();
    private final Label stepCount = new Label();
    private final javafx.scene.control.ProgressIndicator busy = new javafx.scene.control.ProgressIndicator();
    private final ToggleButton editToggle = new ToggleButton("Edit");
    private final SplitPane outer = new SplitPane();
    private final SplitPane middle = new SplitPane();
    private final List<Shortcut> shortcuts = new ArrayList<>();
    private Stage stage;

    public MainWindow(ScenarioLibrary library, Settings settings) {
        this.library = library;
        this.settings = settings;
        this.editor = new EditorPane(settings);
        this.opening = new FileOpening(settings, library, this::open, this::tell);
        this.libraryPane = new LibraryPane(library, opening::open);
        opening.setOnTrace(this::openTrace);
        session.appearance().darkProperty().set("dark".equals(settings.theme()));
        AtomiscopeApp.applyTheme("dark".equals(settings.theme()));
        settings.model().flatMap(Models::byId).ifPresent(session.modelProperty()::set);
        chosenModel = session.modelProperty().get();
        session.modelProperty().addListener((o, a, m) -> {
            if (!openingChallenge) { // a challenge's model is its own, not the user's choice
                chosenModel = m;
                settings.setModel(m.id());
            }
        });
        session.appearance().fontSizeProperty().set(settings.fontSize());
        build();
    }

    public Session session() {
        return session;
    }

    public EditorPane editor() {
        return editor;
    }

    public OutcomesView outcomes() {
        return outcomes;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public HeatmapView heatmap() {
        return heatmap;
    }

    public ConsoleView console() {
        return console;
    }

    public CodePane code() {
        return code;
    }

    public NotesPane notes() {
        return notes;
    }

    public Runner runner() {
        return runner;
    }

    public TabPane tabs() {
        return tabs;
    }

    public Parent root() {
        return root;
    }

    // ------------------------------------------------------------------ layout

    private void build() {
        root.getStyleClass().add("main-window");
        root.getStylesheets().add(Assets.stylesheet());
        commands();
        VBox top = new VBox(menuBar(), toolBar(), new ChoicesPane(session).node());
        root.setTop(top);

        centre.getChildren().add(code.node());
        tabs.setId("bottom-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab problemsTab = tab("Problems", problems.node(), "tab-problems");
        problemsTab.textProperty().bind(Bindings.when(Bindings.isEmpty(session.problems())).then("Problems")
            .otherwise(Bindings.concat("Problems (", Bindings.size(session.problems()), ")")));
        Tab timelineTab = tab("Timeline", timeline.node(), "tab-timeline");
        Tab heatmapTab = tab("Buffer heatmap", heatmap.node(), "tab-heatmap");
        tabs.getTabs().addAll(timelineTab, heatmapTab, tab("Console", console.node(), "tab-console"),
            tab("Outcomes", outcomes.node(), "tab-outcomes"), problemsTab);
        // The canvas views draw only while their tab is shown: a step costs what is on screen.
        timeline.setShowing(timelineTab.isSelected());
        heatmap.setShowing(heatmapTab.isSelected());
        timelineTab.selectedProperty().addListener((o, was, on) -> timeline.setShowing(on));
        heatmapTab.selectedProperty().addListener((o, was, on) -> heatmap.setShowing(on));

        middle.setOrientation(Orientation.VERTICAL);
        middle.getItems().addAll(centre, tabs);
        outer.getItems().addAll(libraryPane.node(), middle, notes.node());
        SplitPane.setResizableWithParent(libraryPane.node(), false);
        SplitPane.setResizableWithParent(notes.node(), false);
        outer.setDividerPositions(settings.dividers("outer", new double[] {0.2, 0.76}));
        middle.setDividerPositions(settings.dividers("middle", new double[] {0.52}));
        root.setCenter(outer);

        status.setId("status");
        // A long sentence is cut to the line's width; hovering shows all of it.
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(status.textProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(700);
        status.setTooltip(whole);
        status.getStyleClass().add("status-text");
        stepCount.setId("step-count");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        busy.setId("busy");
        busy.setPrefSize(16, 16);
        HBox bar = new HBox(12, busy, status, gap, stepCount);
        bar.getStyleClass().add("status-bar");
        root.setBottom(bar);

        session.revisionProperty().addListener((o, a, b) -> updateStatus());
        editToggle.selectedProperty().addListener((o, was, on) -> setEditing(on));
        session.appearance().fontSizeProperty().addListener((o, a, b) -> applyFont());
        applyFont();
        updateStatus();
        settings.setWarningListener(this::tell);
        runner.setOnStop(this::tell);
        busy.visibleProperty().bind(session.busyProperty());
        busy.managedProperty().bind(session.busyProperty());
        session.busyProperty().addListener((o, was, now) -> tell(now ? "Working on a long step (the window stays usable)…" : ""));
        settings.warnings().forEach(this::tell);
    }

    private static Tab tab(String title, javafx.scene.Node content, String id) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    private void applyFont() {
        root.setStyle("-fx-font-size: " + session.appearance().fontSize() + "px;");
    }

    private void updateStatus() {
        if (session.primary() == null) {
            stepCount.setText("");
            return;
        }
        stepCount.setText("step " + session.position() + " of " + session.length()
            + (session.atEnd() ? " · ended" : "") + " · " + session.primary().model().displayName());
    }

    // ------------------------------------------------------------------ commands

    private void commands() {
        add("File", "Open file…", "Ctrl+O", () -> opening.openFile(stage));
        add("File", "Open folder…", "Ctrl+Shift+O", () -> opening.openFolder(stage));
        add("File", "Save", "Ctrl+S", () -> tell(editor.save()));
        add("File", "Save as…", "Ctrl+Shift+S", this::saveAs);
        add("File", "Quit", "Ctrl+Q", () -> stage.close());
        add("Run", "Step", "F10", this::step);
        add("Run", "Step back", "F9", () -> session.back());
        add("Run", "Run / pause", "F5", runner::toggle);
        add("Run", "Run to the end", "Shift+F5", runner::runToEnd);
        add("Run", "Reset", "Ctrl+R", () -> {
            runner.pause();
            session.reset();
        });
        add("Run", "Explore all outcomes", "Ctrl+E", this::explore);
        add("Run", "Hint (challenges)", "Ctrl+H", () -> notes.challenge().askForHint());
        add("View", "Edit mode", "F2", () -> editToggle.setSelected(!editToggle.isSelected()));
        add("View", "Side by side with SC", "Ctrl+B", () -> session.sideBySideProperty().set(!session.sideBySideProperty().get()));
        for (int i = 0; i < Models.ALL.size(); i++) {
            MemoryModel m = Models.ALL.get(i);
            add("View", "Model: " + m.displayName(), "Ctrl+" + (i + 1), () -> session.modelProperty().set(m));
        }
        add("View", "Dark theme", "Ctrl+T", () -> setDark(!session.appearance().isDark()));
        add("View", "Larger text", "Ctrl+Equals", () -> setFont(session.appearance().fontSize() + 2));
        add("View", "Smaller text", "Ctrl+Minus", () -> setFont(session.appearance().fontSize() - 2));
        add("View", "Timeline tab", "Alt+1", () -> tabs.getSelectionModel().select(0));
        add("View", "Heatmap tab", "Alt+2", () -> tabs.getSelectionModel().select(1));
        add("View", "Console tab", "Alt+3", () -> tabs.getSelectionModel().select(2));
        add("View", "Outcomes tab", "Alt+4", () -> tabs.getSelectionModel().select(3));
        add("View", "Problems tab", "Alt+5", () -> tabs.getSelectionModel().select(4));
        add("Help", "Keyboard shortcuts", "F1", () -> HelpSheet.of(stage, shortcuts).show());
    }

    private void add(String group, String name, String keys, Runnable run) {
        shortcuts.add(new Shortcut(group, name, KeyCombination.keyCombination(keys), () -> {
            try {
                run.run();
            } catch (RuntimeException e) {
                tell(name + " failed: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()) + ".");
            }
        }));
    }

    private Shortcut shortcut(String name) {
        return shortcuts.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** Runs a command by its name, as its key or menu item would. */
    public void run(String name) {
        shortcut(name).run().run();
    }

    private MenuBar menuBar() {
        MenuBar bar = new MenuBar();
        bar.setId("menu-bar");
        for (String group : List.of("File", "Run", "View", "Help")) {
            Menu menu = new Menu(group);
            for (Shortcut s : shortcuts) {
                if (!s.group().equals(group)) {
                    continue;
                }
                MenuItem item = new MenuItem(s.name());
                item.setAccelerator(s.keys());
                item.setOnAction(e -> s.run().run());
                menu.getItems().add(item);
                if (s.name().equals("Open folder…")) {
                    MenuItem trace = new MenuItem("Open trace…");
                    trace.setId("open-trace");
                    trace.setOnAction(e -> chooseTrace());
                    menu.getItems().addAll(trace, opening.recentMenu(), new SeparatorMenuItem());
                }
                if (s.name().equals("Save as…")) {
                    menu.getItems().addAll(exportMenu(), new SeparatorMenuItem());
                }
            }
            bar.getMenus().add(menu);
        }
        return bar;
    }

    private ToolBar toolBar() {
        List<ToggleButton> modelButtons = new ArrayList<>();
        for (MemoryModel m : Models.ALL) {
            ToggleButton b = new ToggleButton(shortName(m));
            b.setId("model-" + m.id());
            b.setUserData(m);
            b.setTooltip(new Tooltip(m.displayName() + " (" + shortcut("Model: " + m.displayName()).keys().getDisplayText() + ")"));
            modelButtons.add(b);
        }
        SegmentedButton models = new SegmentedButton(modelButtons.toArray(new ToggleButton[0]));
        models.setId("model-choice");
        syncModelButtons(modelButtons);
        session.modelProperty().addListener((o, a, b) -> syncModelButtons(modelButtons));
        // SegmentedButton puts its buttons in a toggle group of its own.
        models.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                syncModelButtons(modelButtons); // a segmented choice always has one selected
            } else {
                session.modelProperty().set((MemoryModel) now.getUserData());
            }
        });

        ToggleSwitch twin = new ToggleSwitch("Side by side with SC");
        twin.setId("side-by-side");
        twin.selectedProperty().bindBidirectional(session.sideBySideProperty());
        twin.setTooltip(new Tooltip(shortcut("Side by side with SC").tooltip()));

        Button reset = button("Reset", new FontIcon(MaterialDesignR.RESTORE), "reset");
        Button back = button("Step back", new FontIcon(MaterialDesignS.SKIP_PREVIOUS), "step-back");
        Button step = button("Step", new FontIcon(MaterialDesignS.SKIP_NEXT), "step");
        Button play = button("Run / pause", new FontIcon(MaterialDesignP.PLAY), "run-pause");
        runner.runningProperty().addListener((o, a, on) -> play.setGraphic(new FontIcon(on ? MaterialDesignP.PAUSE
            : MaterialDesignP.PLAY)));
        Slider speed = new Slider(1, 30, 4);
        speed.setId("speed");
        speed.setPrefWidth(90);
        speed.setTooltip(new Tooltip("Speed: steps per second while running"));
        runner.speedProperty().bind(speed.valueProperty());
        Button toEnd = button("Run to the end", new FontIcon(MaterialDesignF.FAST_FORWARD), "run-to-end");
        Button explore = button("Explore all outcomes", new FontIcon(MaterialDesignC.CHART_BAR), "explore");
        explore.setText("Explore");
        editToggle.setId("edit-toggle");
        editToggle.setGraphic(new FontIcon(MaterialDesignP.PENCIL));
        editToggle.setTooltip(new Tooltip(shortcut("Edit mode").tooltip()));

        back.disableProperty().bind(Bindings.createBooleanBinding(() -> session.primary() == null || session.position() == 0
            || session.busy(), session.revisionProperty(), session.busyProperty()));
        for (Button b : List.of(step, toEnd)) {
            b.disableProperty().bind(Bindings.createBooleanBinding(
                () -> session.primary() == null || session.busy() || (session.atEnd() && !runner.runningProperty().get()),
                session.revisionProperty(), runner.runningProperty(), session.busyProperty()));
        }
        play.disableProperty().bind(Bindings.createBooleanBinding(
            () -> session.primary() == null || (session.atEnd() && !runner.runningProperty().get()),
            session.revisionProperty(), runner.runningProperty()));
        reset.disableProperty().bind(Bindings.createBooleanBinding(() -> session.primary() == null, session.revisionProperty()));
        explore.disableProperty().bind(reset.disableProperty());

        ToolBar bar = new ToolBar(models, twin, new Separator(), reset, back, step, play, speed, toEnd, new Separator(),
            explore, new Separator(), editToggle);
        bar.setId("tool-bar");
        return bar;
    }

    private Button button(String command, FontIcon icon, String id) {
        Shortcut s = shortcut(command);
        Button b = new Button(null, icon);
        b.setId(id);
        b.setTooltip(new Tooltip(s.tooltip()));
        b.setOnAction(e -> s.run().run());
        b.setFocusTraversable(false);
        return b;
    }

    private static String shortName(MemoryModel m) {
        return switch (m.id()) {
            case "sc" -> "SC";
            case "tso" -> "TSO (x86)";
            default -> "Relaxed (JS)";
        };
    }

    private void syncModelButtons(List<ToggleButton> buttons) {
        for (ToggleButton b : buttons) {
            b.setSelected(((MemoryModel) b.getUserData()).id().equals(session.modelProperty().get().id()));
        }
    }

    // ------------------------------------------------------------------ actions

    private void step() {
        runner.pause();
        session.stepLive(true);
    }

    private void explore() {
        tabs.getSelectionModel().select(3);
        outcomes.explore();
    }

    private void saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save scenario as");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (*.js)", "*.js"));
        if (session.scenario() != null && session.scenario().files().size() > 1) {
            tell("Save as writes single-file scenarios; this one is a folder of " + session.scenario().files().size()
                + " files: copy the folder to keep your own version.");
            return;
        }
        java.io.File f = chooser.showSaveDialog(stage);
        if (f != null) {
            String said = editor.saveAs(f.toPath());
            // From now on the scenario is the new file: Save writes there, the drafts follow it.
            opening.read(f.toPath().toString()).ifPresent(saved -> {
                editor.discardDrafts();
                opening.open(saved);
            });
            tell(said);
        }
    }

    // ------------------------------------------------------------------ traces and exports

    /** Opens a scenario file or folder, or a trace, as Open file and a drop do; failures go to the status line. */
    public void openLocation(String location) {
        opening.load(location);
    }

    private void chooseTrace() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a trace");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Atomiscope traces (*.json)", "*.json"));
        java.io.File f = chooser.showOpenDialog(stage);
        if (f != null) {
            opening.load(f.toPath().toString());
        }
    }

    /**
     * Loads a trace (already read and checked by replaying) into the stepper: its scenario, its
     * model, every recorded step as the recorded future, and the cursor at step 0, so that Step
     * follows the trace and the scrubber reaches any step of it.
     */
    public void openTrace(Trace trace, java.nio.file.Path file) {
        ScenarioSource s = trace.scenario();
        ScenarioSource located = new ScenarioSource(s.name(), s.mainFile(), s.files(), s.header(), file.toString());
        runner.pause();
        // The trace is what runs, never a draft left from editing it earlier, under the trace's model.
        editor.load(located);
        editor.discardDrafts();
        open(located, trace.model());
        int took = session.replay(trace.schedule());
        session.moveTo(0);
        tell("Opened the trace " + file.getFileName() + ": " + took + " steps under " + trace.model().shortName()
            + ". Step (F10) follows it; the timeline's scrubber reaches any step.");
    }

    private Menu exportMenu() {
        Menu menu = new Menu("Export");
        menu.setId("export-menu");
        for (Exports.Kind kind : Exports.Kind.values()) {
            MenuItem item = new MenuItem(kind.menuName);
            item.setId("export-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> chooseExport(kind));
            menu.getItems().add(item);
            if (kind == Exports.Kind.TRACE_CSV || kind == Exports.Kind.HEATMAP_SVG || kind == Exports.Kind.OUTCOMES_MARKDOWN) {
                menu.getItems().add(new SeparatorMenuItem());
            }
        }
        return menu;
    }

    private void chooseExport(Exports.Kind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + kind.menuName.replace("…", "").toLowerCase(java.util.Locale.ROOT));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.filterName + " (" + kind.pattern + ")", kind.pattern));
        chooser.setInitialFileName(exports.suggestedName(kind));
        java.io.File f = chooser.showSaveDialog(stage);
        if (f != null) {
            export(kind, f.toPath());
        }
    }

    /** Exports to a file and says what happened in the status line; a failed export writes nothing. */
    public void export(Exports.Kind kind, java.nio.file.Path file) {
        try {
            tell(exports.export(kind, file));
        } catch (Exports.Refused e) {
            tell(e.getMessage());
        } catch (java.io.IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (e instanceof java.nio.file.AccessDeniedException) {
                why = "permission denied";
            } else if (e instanceof java.nio.file.NoSuchFileException) {
                why = "no such folder";
            }
            tell("Could not save " + file + ": " + why.replaceAll("\\.$", "") + ". Nothing was written.");
        }
    }

    /** Loads a problem's witness (a schedule some exploration found) into the stepper. */
    private void replay(Problem p) {
        MemoryModel m = Models.byId(p.modelId()).orElse(null);
        if (m == null || p.witness().isEmpty()) {
            return;
        }
        runner.pause();
        session.replayLive(m, p.witness());
        tell("Replaying the schedule that shows it: " + p.witness().size() + " steps under " + m.displayName() + ".");
    }

    /** Opens a scenario (from the library, a file, a drop, or the last session). */
    public void open(ScenarioSource source) {
        open(source, null);
    }

    /** Opens a scenario under {@code under}; null: a challenge's own model, else the model the user chose. */
    private void open(ScenarioSource source, MemoryModel under) {
        runner.pause();
        quietly = true;
        editToggle.setSelected(false);
        centre.getChildren().setAll(code.node());
        quietly = false;
        editor.load(source);
        boolean draft = editor.dirtyProperty().get();
        boolean draftRuns = draft && editor.check().isEmpty();
        ScenarioSource runs = draftRuns ? editor.edited() : source;
        openingChallenge = under == null && !runs.header().goals().isEmpty();
        try {
            session.open(runs, under != null ? under : modelFor(runs));
        } finally {
            openingChallenge = false;
        }
        libraryPane.select(source.name());
        settings.setLastScenario(source.location());
        settings.save(); // the recent list and last scenario survive even a crash
        if (stage != null) {
            stage.setTitle(source.title() + " — " + TITLE);
        }
        if (draft) {
            // Show what runs: the restored draft, in the editor, with its banner (and its error, if any).
            quietly = true;
            editToggle.setSelected(true);
            centre.getChildren().setAll(editor.node());
            quietly = false;
            tell(draftRuns ? "Opened " + source.title() + " with your unsaved changes, which are what runs (F2 to step)."
                : "Opened " + source.title() + " with your unsaved changes; they have an error, so the saved version runs until you fix it.");
        } else {
            tell("Opened " + source.title() + ".");
        }
        if (session.primary() == null && !session.problems().isEmpty()) {
            editToggle.setSelected(true);
            tabs.getSelectionModel().select(4);
        }
    }

    /** Set while the window itself switches modes (opening a scenario): no checks, no reruns. */
    private boolean quietly;

    private void setEditing(boolean on) {
        if (quietly) {
            return;
        }
        if (session.scenario() == null) {
            editToggle.setSelected(false);
            return;
        }
        runner.pause();
        if (on) {
            centre.getChildren().setAll(editor.node());
            tell("Edit mode: changes are kept as you type. F2 runs your version.");
            return;
        }
        if (editor.check().isPresent()) {
            // Stay in the editor: the error is marked at its line and listed in Problems.
            editToggle.setSelected(true);
            tell("Fix the error first: " + editor.message());
            session.open(editor.edited());
            tabs.getSelectionModel().select(4);
            return;
        }
        ScenarioSource edited = editor.edited();
        centre.getChildren().setAll(code.node());
        if (session.scenario() != null && edited.files().equals(session.scenario().files()) && session.primary() != null) {
            tell("No changes: the run goes on where it was.");
            return;
        }
        session.open(edited);
        tell(editor.dirtyProperty().get() ? "Running your version from the start." : "Running the scenario from the start.");
    }

    /**
     * A challenge opens under the model its goals are played in; anything else under the model the
     * user chose last (a challenge's model does not stick to the scenarios opened after it).
     */
    private MemoryModel modelFor(ScenarioSource source) {
        if (source.header().goals().isEmpty()) {
            return chosenModel;
        }
        return Models.byId(source.header().model()).orElse(chosenModel);
    }

    private void goTo(Pos pos) {
        if (pos == null) {
            return;
        }
        editToggle.setSelected(true);
        editor.goTo(pos);
    }

    /** Shows a sentence in the status line. */
    public void tell(String message) {
        status.setText(message);
    }

    private void setDark(boolean dark) {
        session.appearance().darkProperty().set(dark);
        settings.setTheme(dark ? "dark" : "light");
        AtomiscopeApp.applyTheme(dark);
    }

    private void setFont(double size) {
        double s = Math.max(10, Math.min(32, size));
        session.appearance().fontSizeProperty().set(s);
        settings.setFontSize(s);
    }

    // ------------------------------------------------------------------ the stage

    /** A window for rendering pictures: the given theme and font size, nothing restored. */
    public static MainWindow offScreen(ScenarioLibrary library, Settings settings, boolean dark, double fontSize) {
        settings.setTheme(dark ? "dark" : "light");
        settings.setFontSize(fontSize);
        AtomiscopeApp.applyTheme(dark);
        return new MainWindow(library, settings);
    }

    /** Shows the window in a stage of the given size without restoring the last session. */
    public void showIn(Stage stage, double width, double height) {
        this.stage = stage;
        Scene scene = new Scene(root, width, height);
        installShortcuts(scene);
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.show();
    }

    /** Brings a part of the window to the front: a bottom tab's name, or code/notes/window. */
    public void selectPart(String part) {
        int tab = List.of("timeline", "heatmap", "console", "outcomes", "problems").indexOf(part);
        if (tab >= 0) {
            tabs.getSelectionModel().select(tab);
        }
    }

    /** The node of a part of the window, as {@link #selectPart} names them. */
    public javafx.scene.Node part(String part) {
        return switch (part) {
            case "timeline" -> timeline.node();
            case "heatmap" -> heatmap.node();
            case "console" -> console.node();
            case "outcomes" -> outcomes.node();
            case "problems" -> problems.node();
            case "code" -> centre;
            case "notes" -> notes.node();
            default -> root;
        };
    }

    private void installShortcuts(Scene scene) {
        for (Shortcut s : shortcuts) {
            scene.getAccelerators().put(s.keys(), () -> s.run().run());
        }
    }

    void show(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(root, 1400, 880);
        installShortcuts(scene);
        opening.installDragAndDrop(scene);
        stage.setTitle(TITLE);
        stage.getIcons().setAll(Assets.appIcons());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        settings.windowBounds().ifPresent(b -> {
            stage.setX(b[0]);
            stage.setY(b[1]);
            stage.setWidth(b[2]);
            stage.setHeight(b[3]);
        });
        stage.setScene(scene);
        stage.setOnHidden(e -> remember());
        restoreLast();
        stage.show();
    }

    private void restoreLast() {
        Optional<String> last = settings.lastScenario();
        if (last.isPresent() && FileOpening.isTrace(last.get()) && opening.load(last.get()).isPresent()) {
            return; // the last thing open was a trace: it opens again, checked, at step 0
        }
        Optional<ScenarioSource> source = last.filter(l -> !FileOpening.isTrace(l)).flatMap(opening::read);
        if (source.isEmpty()) {
            source = library.named(FIRST_SCENARIO); // the course's showcase: 123456 with 191
        }
        source.ifPresent(this::open);
    }

    private void remember() {
        runner.pause();
        if (stage != null) {
            settings.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
        settings.setDividers("outer", outer.getDividerPositions());
        settings.setDividers("middle", middle.getDividerPositions());
        settings.save();
    }
}
