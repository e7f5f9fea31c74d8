package org.atomiscope.app.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.atomiscope.app.session.Stepper;
import org.atomiscope.machine.Event;

/**
 * The console of one run. A run's recorded events only grow, except when a new choice after a step
 * back drops the recorded future; so the lines are collected once, incrementally, from every
 * recorded event, and the list shows the prefix up to the cursor. Stepping costs the new events
 * only, and stepping back or forth only adds or removes rows at the end.
 */
final class ConsoleColumn {
    private final Label header = new Label();
    private final ListView<ConsoleLine> list;
    private final ObservableList<ConsoleLine> shown = FXCollections.observableArrayList();
    private final VBox node;

    /** Lines from the recorded events scanned so far, and for each the index of its event. */
    private final List<ConsoleLine> lines = new ArrayList<>();
    private int[] eventIndex = new int[64];
    private Stepper source;
    private int scanned;
    private Event lastScanned;

    ConsoleColumn(String id) {
        list = new ListView<>(shown);
        list.setId(id);
        list.getStyleClass().add("console-list");
        list.setCellFactory(v -> new ConsoleCell());
        list.setFocusTraversable(true);
        Label empty = new Label("Nothing printed yet.");
        empty.getStyleClass().add("console-placeholder");
        list.setPlaceholder(empty);
        header.getStyleClass().add("console-header");
        VBox.setVgrow(list, Priority.ALWAYS);
        node = new VBox(header, list);
        node.getStyleClass().add("console-column");
    }

    VBox node() {
        return node;
    }

    ListView<ConsoleLine> list() {
        return list;
    }

    /** Shows the header (the model's name) or hides it, when only one run is shown. */
    void header(String text) {
        header.setText(text == null ? "" : text);
        header.setVisible(text != null);
        header.setManaged(text != null);
    }

    /** Shows the run's lines up to its cursor; scrolls to the end when lines were added. */
    void show(Stepper run) {
        if (run == null) {
            forget(null);
            shown.clear();
            return;
        }
        List<Event> every = run.history().allEvents();
        boolean fresh = run != source || every.size() < scanned
            || (scanned > 0 && every.get(scanned - 1) != lastScanned);
        if (fresh) {
            forget(run);
        }
        for (int i = scanned; i < every.size(); i++) {
            Event e = every.get(i);
            if (ConsoleLine.shows(e.kind())) {
                if (lines.size() == eventIndex.length) {
                    eventIndex = Arrays.copyOf(eventIndex, eventIndex.length * 2);
                }
                eventIndex[lines.size()] = i;
                lines.add(ConsoleLine.of(e));
            }
        }
        scanned = every.size();
        lastScanned = scanned == 0 ? null : every.get(scanned - 1);

        int visible = visibleLines(run.history().events().size());
        int before = shown.size();
        if (fresh) {
            shown.setAll(lines.subList(0, visible));
        } else if (visible > before) {
            shown.addAll(lines.subList(before, visible));
        } else if (visible < before) {
            shown.remove(visible, before);
        }
        if (visible > before && visible > 0) {
            list.scrollTo(visible - 1);
        }
    }

    private void forget(Stepper run) {
        source = run;
        lines.clear();
        scanned = 0;
        lastScanned = null;
    }

    /** How many lines come from the first {@code events} events (binary search over event indices). */
    private int visibleLines(int events) {
        int lo = 0;
        int hi = lines.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (eventIndex[mid] < events) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
