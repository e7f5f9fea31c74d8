package org.atomiscope.app.code;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.atomiscope.app.settings.Settings;
import org.atomiscope.lang.Pos;
import org.atomiscope.lang.ScenarioSyntaxError;
import org.atomiscope.machine.Program;
import org.atomiscope.memory.ScModel;
import org.atomiscope.scenario.HeaderParser;
import org.atomiscope.scenario.ScenarioSource;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * Edit mode: the scenario's files in tabs, coloured as they are typed, checked a moment after each
 * change (a syntax error is marked at its line with its sentence below). Every change is kept as a
 * draft in the settings folder at once, so nothing typed is lost, not even by a crash; opening the
 * scenario again restores the draft.
 */
public final class EditorPane {
    private static final Duration CHECK_DELAY = Duration.millis(300);

    private final Settings settings;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Label message = new Label();
    private final HBox banner = new HBox(8);
    private final Map<String, CodeArea> areas = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final PauseTransition check = new PauseTransition(CHECK_DELAY);
    private ScenarioSource original;
    private ScenarioSyntaxError error;
    private String errorFile;
    private int errorLine = -1;

    public EditorPane(Settings settings) {
        this.settings = settings;
        root.getStylesheets().add(EditorPane.class.getResource("code.css").toExternalForm());
        root.setId("editor");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        message.getStyleClass().add("editor-message");
        message.setId("editor-message");
        message.setMaxWidth(Double.MAX_VALUE);
        message.setWrapText(true);
        banner.getStyleClass().add("editor-banner");
        banner.setVisible(false);
        banner.setManaged(false);
        root.setTop(banner);
        root.setCenter(tabs);
        root.setBottom(message);
        check.setOnFinished(e -> check());
    }

    public Node node() {
        return root;
    }

    /** Loads a scenario's files, or the drafts left for them. */
    public void load(ScenarioSource source) {
        original = source;
        areas.clear();
        tabs.getTabs().clear();
        boolean restored = false;
        for (Map.Entry<String, String> f : source.files().entrySet()) {
            Optional<String> draft = settings.draft(draftKey(f.getKey()));
            String text = draft.filter(d -> !d.equals(f.getValue())).orElse(f.getValue());
            restored |= !text.equals(f.getValue());
            CodeArea area = new CodeArea(text);
            area.setId("editor-area-" + f.getKey().replace('/', '-'));
            area.setParagraphGraphicFactory(LineNumberFactory.get(area));
            area.setStyleSpans(0, Highlighter.spans(text));
            area.textProperty().addListener((o, a, b) -> changed(f.getKey(), area));
            areas.put(f.getKey(), area);
            tabs.getTabs().add(new Tab(f.getKey(), new VirtualizedScrollPane<>(area)));
        }
        showBanner(restored);
        updateDirty();
        check();
    }

    private void showBanner(boolean restored) {
        banner.getChildren().clear();
        if (restored) {
            Label text = new Label("Your unsaved changes from last time are restored.");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button discard = new Button("Discard changes");
            discard.setId("editor-discard");
            discard.setOnAction(e -> discard());
            banner.getChildren().addAll(text, gap, discard);
        }
        banner.setVisible(restored);
        banner.setManaged(restored);
    }

    /** Deletes the drafts of the scenario as loaded (it was saved elsewhere). */
    public void discardDrafts() {
        for (String file : original.files().keySet()) {
            settings.clearDraft(draftKey(file));
        }
    }

    /** Back to the scenario as loaded; the drafts are deleted. */
    public void discard() {
        discardDrafts();
        load(original);
    }

    private void changed(String file, CodeArea area) {
        String text = area.getText();
        area.setStyleSpans(0, Highlighter.spans(text));
        if (text.equals(original.files().get(file))) {
            settings.clearDraft(draftKey(file));
        } else {
            settings.saveDraft(draftKey(file), text);
        }
        updateDirty();
        check.playFromStart();
    }

    private String draftKey(String file) {
        return original.location() + "#" + file;
    }

    private void updateDirty() {
        dirty.set(areas.entrySet().stream().anyMatch(e -> !e.getValue().getText().equals(original.files().get(e.getKey()))));
    }

    /** Whether the text differs from the scenario as loaded. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Compiles the text now; marks and returns the first error, if any. */
    public Optional<ScenarioSyntaxError> check() {
        check.stop();
        clearErrorMark();
        error = null;
        try {
            Program.compile(edited(), ScModel.INSTANCE);
            message.setText("No errors. Leave Edit mode (F2) to step through your version.");
            message.getStyleClass().setAll("label", "editor-message", "ok");
        } catch (ScenarioSyntaxError e) {
            error = e;
            message.setText(e.pos() + ": " + e.sentence());
            message.getStyleClass().setAll("label", "editor-message", "error");
            markError(e.pos());
        } catch (RuntimeException e) {
            message.setText("This scenario cannot run: " + e.getMessage());
            message.getStyleClass().setAll("label", "editor-message", "error");
        }
        return Optional.ofNullable(error);
    }

    private void markError(Pos pos) {
        CodeArea area = pos == null ? null : areas.get(pos.file());
        if (area == null || pos.line() < 1 || pos.line() > area.getParagraphs().size()) {
            return;
        }
        errorFile = pos.file();
        errorLine = pos.line() - 1;
        area.setParagraphStyle(errorLine, List.of("editor-error-line"));
    }

    private void clearErrorMark() {
        CodeArea area = errorFile == null ? null : areas.get(errorFile);
        if (area != null && errorLine >= 0 && errorLine < area.getParagraphs().size()) {
            area.setParagraphStyle(errorLine, List.of());
        }
        errorFile = null;
        errorLine = -1;
    }

    /** The 1-based line marked as an error, or 0. */
    public int errorLine() {
        return errorLine + 1;
    }

    public String message() {
        return message.getText();
    }

    /** The scenario as edited (its header parsed again from the edited main file). */
    public ScenarioSource edited() {
        Map<String, String> files = new LinkedHashMap<>();
        areas.forEach((f, a) -> files.put(f, a.getText()));
        String main = files.get(original.mainFile());
        return new ScenarioSource(original.name(), original.mainFile(), files, HeaderParser.parse(original.mainFile(), main),
            original.location());
    }

    /** Shows a file's line (a problem's position), selecting its tab. */
    public void goTo(Pos pos) {
        CodeArea area = areas.get(pos.file());
        if (area == null) {
            return;
        }
        tabs.getTabs().stream().filter(t -> t.getText().equals(pos.file())).findFirst()
            .ifPresent(t -> tabs.getSelectionModel().select(t));
        int line = Math.max(0, Math.min(pos.line() - 1, area.getParagraphs().size() - 1));
        area.moveTo(line, Math.max(0, Math.min(pos.column() - 1, area.getParagraph(line).length())));
        area.showParagraphInViewport(line);
        area.requestFocus();
    }

    /** The editor of one file, for tests and the window's focus handling. */
    public CodeArea area(String file) {
        return areas.get(file);
    }

    /**
     * Writes the edited files back where the scenario came from, if it came from the file system.
     * Returns a sentence saying what happened.
     */
    public String save() {
        String location = original.location();
        if (location.startsWith("library:")) {
            return "Library scenarios are read-only; your changes are kept as a draft. Use Save As to keep a copy.";
        }
        if (location.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return "This scenario came from a trace, which stays as it was recorded; your changes are kept as a draft. "
                + "Use Save As to keep a copy as a scenario.";
        }
        try {
            Path path = Path.of(location);
            for (Map.Entry<String, CodeArea> e : areas.entrySet()) {
                Path target = Files.isDirectory(path) ? path.resolve(e.getKey()) : path;
                Files.writeString(target, e.getValue().getText(), StandardCharsets.UTF_8);
            }
            ScenarioSource saved = edited();
            discardDrafts();
            original = saved;
            updateDirty();
            showBanner(false);
            return "Saved " + location + ".";
        } catch (IOException | RuntimeException e) {
            return "Could not save " + location + ": " + e.getMessage();
        }
    }

    /** Writes the main file (a single-file scenario) to a new place. */
    public String saveAs(Path target) {
        try {
            Files.writeString(target, areas.get(original.mainFile()).getText(), StandardCharsets.UTF_8);
            return "Saved " + target + ".";
        } catch (IOException e) {
            return "Could not save " + target + ": " + e.getMessage();
        }
    }

}
