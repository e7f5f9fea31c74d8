package org.atomiscope.app.heatmap;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.atomiscope.buffer.ElementType;
import org.atomiscope.machine.AgentState;
import org.atomiscope.machine.Machine;

/**
 * The heatmap's controls: which buffer, which view over its bytes, what the colours show, and for
 * the staleness mode which agent's view. Calls back whenever the user changes one.
 */
final class HeatmapToolbar {
    /** A block in the chooser: "ia — 400 bytes". */
    record BufferItem(int block, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final FlowPane pane = new FlowPane();
    private final ComboBox<BufferItem> buffers = new ComboBox<>();
    private final ComboBox<ElementType> types = new ComboBox<>();
    private final ToggleGroup modeGroup = new ToggleGroup();
    private final Map<ColorMode, ToggleButton> modeButtons = new EnumMap<>(ColorMode.class);
    private final ComboBox<String> agents = new ComboBox<>();
    private final HBox agentBox;
    private final Runnable changed;
    private boolean updating;
    /** Whether the user picked the staleness agent; until then it follows the newest agent. */
    private boolean agentChosen;

    HeatmapToolbar(Runnable changed) {
        this.changed = changed;
        pane.getStyleClass().add("heatmap-toolbar");
        buffers.setId("heatmap-buffer");
        buffers.setPromptText("no buffer");
        buffers.valueProperty().addListener((o, was, now) -> fire());
        types.setId("heatmap-view-type");
        types.getItems().setAll(ElementType.values());
        types.setConverter(new StringConverter<>() {
            @Override
            public String toString(ElementType t) {
                return t == null ? "" : CellDetails.typeName(t);
            }

            @Override
            public ElementType fromString(String s) {
                return null;
            }
        });
        types.setVisibleRowCount(ElementType.values().length);
        types.valueProperty().addListener((o, was, now) -> fire());
        types.setTooltip(new Tooltip("The typed-array view over the buffer's bytes: one cell per element"));

        HBox modes = new HBox();
        modes.getStyleClass().add("heatmap-modes");
        for (ColorMode m : ColorMode.values()) {
            ToggleButton b = new ToggleButton(m.label());
            b.setId("heatmap-mode-" + m.name().toLowerCase().replace('_', '-'));
            b.setToggleGroup(modeGroup);
            b.setUserData(m);
            b.setTooltip(new Tooltip(m.description()));
            b.managedProperty().bind(b.visibleProperty());
            modeButtons.put(m, b);
            modes.getChildren().add(b);
        }
        agents.setId("heatmap-agent");
        agents.valueProperty().addListener((o, was, now) -> {
            agentChosen |= !updating;
            fire();
        });
        agentBox = labelled("as seen by", agents);
        agentBox.managedProperty().bind(agentBox.visibleProperty());
        agentBox.setVisible(false);
        modeButtons.get(ColorMode.WRITES).setSelected(true);
        modeGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                modeGroup.selectToggle(was); // one mode is always on
                return;
            }
            agentBox.setVisible(mode() == ColorMode.STALENESS);
            fire();
        });
        pillStyles();
        pane.getChildren().addAll(labelled("Buffer", buffers), labelled("View", types), modes, agentBox);
    }

    private static HBox labelled(String text, Node control) {
        Label l = new Label(text);
        l.getStyleClass().add("heatmap-toolbar-label");
        HBox box = new HBox(l, control);
        box.getStyleClass().add("heatmap-toolbar-group");
        return box;
    }

    private void fire() {
        if (!updating) {
            changed.run();
        }
    }

    Node node() {
        return pane;
    }

    /**
     * Shows the machine's blocks and agents. The staleness mode is offered only under the relaxed
     * model, the only one where an agent may read more than one value.
     */
    void update(Machine m, BlockCatalog catalog, boolean relaxed) {
        updating = true;
        try {
            List<BufferItem> items = new ArrayList<>();
            for (int b = 0; b < m.blockCount(); b++) {
                items.add(new BufferItem(b, catalog.label(b, m.blockLength(b))));
            }
            if (!items.equals(buffers.getItems())) {
                int keep = buffers.getValue() == null ? 0 : buffers.getValue().block();
                buffers.getItems().setAll(items);
                buffers.setValue(items.isEmpty() ? null : items.get(Math.min(keep, items.size() - 1)));
            } else if (buffers.getValue() == null && !items.isEmpty()) {
                buffers.setValue(items.get(0));
            }
            List<String> names = new ArrayList<>();
            for (AgentState a : m.agents()) {
                names.add(a.name());
            }
            if (!names.equals(agents.getItems())) {
                int keep = agents.getSelectionModel().getSelectedIndex();
                boolean grown = names.size() > agents.getItems().size()
                    && names.subList(0, agents.getItems().size()).equals(agents.getItems());
                agentChosen &= grown;
                agents.getItems().setAll(names);
                // Until the user picks one, the newest agent: in the teaching scenarios, the reader.
                agents.getSelectionModel().select(agentChosen && keep >= 0 ? keep : names.size() - 1);
            }
            ToggleButton stale = modeButtons.get(ColorMode.STALENESS);
            if (stale.isVisible() != relaxed) {
                stale.setVisible(relaxed);
                if (!relaxed && stale.isSelected()) {
                    modeButtons.get(ColorMode.WRITES).setSelected(true);
                }
                pillStyles();
            }
            agentBox.setVisible(mode() == ColorMode.STALENESS);
        } finally {
            updating = false;
        }
    }

    /** No scenario runs: nothing to choose. */
    void clearItems() {
        updating = true;
        try {
            buffers.getItems().clear();
            buffers.setValue(null);
            agents.getItems().clear();
        } finally {
            updating = false;
        }
    }

    /** AtlantaFX's pill shapes, so the visible mode buttons read as one segmented control. */
    private void pillStyles() {
        List<ToggleButton> shown = new ArrayList<>();
        for (ToggleButton b : modeButtons.values()) {
            b.getStyleClass().removeAll(Styles.LEFT_PILL, Styles.CENTER_PILL, Styles.RIGHT_PILL);
            if (b.isVisible()) {
                shown.add(b);
            }
        }
        for (int i = 0; i < shown.size(); i++) {
            shown.get(i).getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == shown.size() - 1 ? Styles.RIGHT_PILL
                : Styles.CENTER_PILL);
        }
    }

    /** Shows the view type without calling back. */
    void showViewType(ElementType type) {
        if (types.getValue() != type) {
            boolean was = updating;
            updating = true;
            types.setValue(type);
            updating = was;
        }
    }

    /** The chosen block, or null when there is none. */
    Integer block() {
        return buffers.getValue() == null ? null : buffers.getValue().block();
    }

    ElementType viewType() {
        return types.getValue();
    }

    ColorMode mode() {
        return modeGroup.getSelectedToggle() == null ? ColorMode.WRITES : (ColorMode) modeGroup.getSelectedToggle().getUserData();
    }

    /** The agent whose possible reads the staleness mode shows. */
    int staleAgent() {
        return agents.getSelectionModel().getSelectedIndex();
    }

    void setMode(ColorMode m) {
        modeButtons.get(m).setSelected(true);
    }

    ToggleButton button(ColorMode m) {
        return modeButtons.get(m);
    }

    ComboBox<ElementType> typeBox() {
        return types;
    }

    ComboBox<BufferItem> bufferBox() {
        return buffers;
    }

    ComboBox<String> agentBox() {
        return agents;
    }
}
