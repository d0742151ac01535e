package org.ouraviewer.ui.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.converter.LocalDateStringConverter;
import org.ouraviewer.chart.HeaderText;
import org.ouraviewer.ui.common.Icons;
import org.ouraviewer.ui.common.KeyHelp;

/**
 * The toolbar of a tab that shows one day at a time with a zoomable chart (Night, Day), the same on each:
 * previous and next, the date picker marking the days with data, the day's long date, the tab's own buttons,
 * Reset zoom and Export…; the hint line under the chart; the keys (Left, Right, the tab's own letter, the
 * zoom's). The tab's name is also its unit ("night"): the style classes ("night-previous", ...) and the words
 * ("Previous night (Left)") follow it, so each tab's stylesheet and tests find its own; what the tabs share is
 * styled once, in app.css (chart-toolbar, chart-title, chart-hint). FX thread only.
 */
public final class DayToolbar {
    private final DayNavigation navigation;
    private final ZoomCommands zoom;
    private final DatePicker datePicker = new DatePicker();
    private final Label title = new Label();
    private final HBox bar = new HBox();
    private final Label hint;
    private boolean updating;

    /**
     * @param tab          the tab's name and unit ("night", "day")
     * @param hasDataClass the style class of a day with data in the date picker's month ("night-has-sleep")
     * @param shown        what the chart shows; null: nothing (then no Reset zoom, no Export…, no hint)
     * @param export       File ▸ Export… of the tab
     * @param hintKeys     the hint's words for the tab's own key, after the others (" · N: the night"), or ""
     * @param own          the tab's own buttons, before Reset zoom
     */
    public DayToolbar(String tab, DayNavigation navigation, String hasDataClass, ObservableObjectValue<?> shown,
                      ZoomCommands zoom, Runnable export, String hintKeys, List<Button> own) {
        this.navigation = navigation;
        this.zoom = zoom;
        Button previous = iconButton(Icons.PREVIOUS, "Previous " + tab + " (Left)", tab + "-previous");
        previous.setOnAction(e -> navigation.previousDay());
        previous.disableProperty().bind(navigation.hasPreviousProperty().not());
        Button next = iconButton(Icons.NEXT, "Next " + tab + " (Right)", tab + "-next");
        next.setOnAction(e -> navigation.nextDay());
        next.disableProperty().bind(navigation.hasNextProperty().not());
        datePicker.getStyleClass().add(tab + "-date");
        datePicker.setDayCellFactory(p -> new DataDateCell(hasDataClass));
        datePicker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ISO_LOCAL_DATE));
        datePicker.setPrefWidth(130);
        datePicker.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null && !now.equals(navigation.day())) {
                navigation.showDay(now);
            }
        });
        title.getStyleClass().addAll("chart-title", tab + "-title");
        Button reset = iconButton(Icons.ZOOM_RESET, "Show the whole " + tab + " (double-click the chart)",
                tab + "-reset");
        reset.setText("Reset zoom");
        reset.setOnAction(e -> zoom.resetZoom());
        reset.disableProperty().bind(Bindings.isNull(shown));
        Button exportButton = iconButton(Icons.EXPORT, "Export the " + tab + " as PNG, SVG or CSV", tab + "-export");
        exportButton.setText("Export…");
        exportButton.setOnAction(e -> export.run());
        exportButton.disableProperty().bind(Bindings.isNull(shown));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        List<Node> children = new ArrayList<>(List.of(previous, datePicker, next, title, spacer));
        children.addAll(own);
        children.addAll(List.of(reset, exportButton));
        bar.getChildren().setAll(children);
        bar.getStyleClass().addAll("chart-toolbar", tab + "-toolbar");
        hint = new Label("Drag to zoom · scroll to zoom · right-drag or Shift-drag to pan · double-click to reset"
                + " · + and − zoom · Left/Right: previous/next " + tab + hintKeys);
        hint.getStyleClass().addAll("chart-hint", tab + "-hint");
        hint.visibleProperty().bind(Bindings.isNotNull(shown));
    }

    /**
     * The keyboard help of such a tab: Left and Right ({@code leftRight} says where to), the tab's own key, and
     * the zoom's keys ({@code reset}: what Escape shows).
     */
    public static List<KeyHelp> keys(String leftRight, KeyHelp own, String reset) {
        return KeyHelp.join(List.of(new KeyHelp("Left, Right", leftRight), own), ZoomKeys.help(reset));
    }

    /**
     * Answers the keys on {@code root} (but not in a text field): Left and Right move to the previous and next
     * day with data, {@code ownKey} (without the shortcut key) does {@code ownAction}, the zoom keys zoom.
     */
    public void handleKeys(Node root, KeyCode ownKey, Runnable ownAction) {
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl) {
                return;
            }
            if (e.getCode() == KeyCode.LEFT) {
                navigation.previousDay();
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT) {
                navigation.nextDay();
                e.consume();
            } else if (e.getCode() == ownKey && !e.isShortcutDown()) {
                ownAction.run();
                e.consume();
            } else {
                ZoomKeys.handle(e, zoom);
            }
        });
    }

    /** Shows {@code day} (null: none) in the date picker and the title, without moving to it again. */
    public void show(LocalDate day) {
        updating = true;
        try {
            datePicker.setValue(day);
            title.setText(day == null ? "" : HeaderText.longDate(day));
        } finally {
            updating = false;
        }
    }

    /** The toolbar itself, for the top of the tab. */
    public HBox bar() {
        return bar;
    }

    /** The hint line, for under the chart; shown while the chart is. */
    public Label hint() {
        return hint;
    }

    public DatePicker datePicker() {
        return datePicker;
    }

    private static Button iconButton(Icons icon, String tooltip, String styleClass) {
        Button b = new Button(null, icon.node());
        b.setTooltip(new Tooltip(tooltip));
        b.getStyleClass().add(styleClass);
        return b;
    }

    /** Days with data are marked in the date picker's month. */
    private final class DataDateCell extends DateCell {
        private final String hasDataClass;

        DataDateCell(String hasDataClass) {
            this.hasDataClass = hasDataClass;
        }

        @Override
        public void updateItem(LocalDate item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove(hasDataClass);
            if (!empty && item != null && navigation.days().contains(item)) {
                getStyleClass().add(hasDataClass);
            }
        }
    }
}
