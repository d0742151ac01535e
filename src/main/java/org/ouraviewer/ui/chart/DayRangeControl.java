package org.ouraviewer.ui.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.converter.LocalDateStringConverter;
import org.controlsfx.control.SegmentedButton;
import org.ouraviewer.chart.DayRange;

/**
 * The days a chart shows: 30 days, 90 days, 1 year (each the last ones of the data), everything, or a
 * custom range typed in the two date pickers, which always show the range in force. Zooming and panning
 * the chart make a custom range ({@link #show}); {@link #reset} goes back to the last preset chosen.
 *
 * <p>Use: {@link #setBounds} with the data's first and last day whenever the data changes, listen to
 * {@link #rangeProperty()}, and call {@link #show} from the chart's zoom. FX thread only.
 */
public final class DayRangeControl extends HBox {
    /** The ranges offered; {@code days} 0 means all of the data, −1 a custom range. */
    public enum Preset {
        DAYS_30("30 days", 30), DAYS_90("90 days", 90), YEAR("1 year", 365), ALL("Everything", 0), CUSTOM("Custom", -1);

        private final String label;
        private final int days;

        Preset(String label, int days) {
            this.label = label;
            this.days = days;
        }

        public String label() {
            return label;
        }
    }

    private final ReadOnlyObjectWrapper<DayRange> range = new ReadOnlyObjectWrapper<>(this, "range");
    private final ReadOnlyObjectWrapper<Preset> preset = new ReadOnlyObjectWrapper<>(this, "preset");
    private final DatePicker fromPicker = picker("range-from", "First day shown");
    private final DatePicker toPicker = picker("range-to", "Last day shown");
    private final SegmentedButton presets = new SegmentedButton();
    private DayRange bounds;
    private Preset lastPreset;
    private boolean updating;

    /** Starts on {@code initial} (not {@link Preset#CUSTOM}) once there are bounds. */
    public DayRangeControl(Preset initial) {
        lastPreset = initial == Preset.CUSTOM ? Preset.YEAR : initial;
        preset.set(lastPreset);
        getStyleClass().add("range-control");
        for (Preset p : Preset.values()) {
            ToggleButton b = new ToggleButton(p.label());
            b.setUserData(p);
            b.getStyleClass().add("range-preset");
            b.setTooltip(new Tooltip(p == Preset.CUSTOM ? "The days in the two date pickers"
                    : p == Preset.ALL ? "Every day of the data" : "The last " + p.label() + " of the data"));
            b.setOnAction(e -> {
                b.setSelected(true); // one range is always chosen
                choose(p);
            });
            presets.getButtons().add(b);
        }
        Label to = new Label("to");
        to.getStyleClass().add("range-to-label");
        getChildren().addAll(presets, fromPicker, to, toPicker);
        fromPicker.valueProperty().addListener((o, was, now) -> typed());
        toPicker.valueProperty().addListener((o, was, now) -> typed());
        update();
    }

    private static DatePicker picker(String styleClass, String tooltip) {
        DatePicker p = new DatePicker();
        p.getStyleClass().add(styleClass);
        p.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        p.setPrefWidth(125);
        p.setTooltip(new Tooltip(tooltip));
        return p;
    }

    /** The chosen days; null while there are no bounds (nothing loaded). */
    public ReadOnlyObjectProperty<DayRange> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    /** Which preset is in force; {@link Preset#CUSTOM} after a zoom or dates typed. */
    public ReadOnlyObjectProperty<Preset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** The days there is data for (null: none); the preset in force is applied to them again. */
    public void setBounds(DayRange newBounds) {
        bounds = newBounds;
        if (preset.get() == Preset.CUSTOM && range.get() != null && bounds != null) {
            show(range.get());
        } else {
            choose(preset.get());
        }
    }

    public DayRange bounds() {
        return bounds;
    }

    /** Chooses a preset; {@link Preset#CUSTOM} keeps the range in force. */
    public void choose(Preset p) {
        if (p != Preset.CUSTOM) {
            lastPreset = p;
        }
        preset.set(p);
        if (bounds == null) {
            range.set(null);
        } else if (p == Preset.ALL) {
            range.set(bounds);
        } else if (p != Preset.CUSTOM) {
            range.set(DayRange.last(bounds, p.days));
        } else if (range.get() == null) {
            range.set(bounds);
        }
        update();
    }

    /** Shows {@code days} (cut to the bounds) as a custom range: what zooming and panning the chart do. */
    public void show(DayRange days) {
        if (bounds == null) {
            return;
        }
        LocalDate from = days.from().isBefore(bounds.from()) ? bounds.from() : days.from();
        LocalDate to = days.to().isAfter(bounds.to()) ? bounds.to() : days.to();
        DayRange cut = to.isBefore(from) ? DayRange.within(bounds, days.from(), days.days()) : new DayRange(from, to);
        preset.set(Preset.CUSTOM);
        range.set(cut);
        update();
    }

    /** Back to the last preset chosen (what Escape and a double-click on the chart do after a zoom). */
    public void reset() {
        choose(lastPreset);
    }

    private void typed() {
        if (updating || bounds == null || fromPicker.getValue() == null || toPicker.getValue() == null) {
            return;
        }
        LocalDate a = fromPicker.getValue();
        LocalDate b = toPicker.getValue();
        show(b.isBefore(a) ? new DayRange(b, a) : new DayRange(a, b));
    }

    private void update() {
        updating = true;
        try {
            DayRange r = range.get();
            fromPicker.setValue(r == null ? null : r.from());
            toPicker.setValue(r == null ? null : r.to());
            setDisable(bounds == null);
            presets.getButtons().forEach(b -> b.setSelected(b.getUserData() == preset.get()));
        } finally {
            updating = false;
        }
    }
}
