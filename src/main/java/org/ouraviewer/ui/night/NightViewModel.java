package org.ouraviewer.ui.night;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ouraviewer.chart.NightCsv;
import org.ouraviewer.chart.NightNumbers;
import org.ouraviewer.chart.NightPalette;
import org.ouraviewer.chart.NightPicture;
import org.ouraviewer.chart.NightSeries;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.chart.HeaderText;
import org.ouraviewer.ui.chart.DayNavigation;
import org.ouraviewer.ui.chart.PictureExport;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.chart.TimeZoom;
import org.ouraviewer.ui.common.Exportable;

/**
 * The state of the Night tab, without any Node: the day shown (the app's day, or the last night when none
 * is set), its periods and which is selected, the series and numbers of the selection, and the time window
 * shown ({@link #zoom()}, in epoch seconds). Navigation sets the app's day, so the
 * calendar follows. FX thread only.
 */
public final class NightViewModel {
    /** The selection that shows every period of the day on one axis. */
    public static final int WHOLE_DAY = -1;
    private static final double MIN_SPAN_SECONDS = 10 * 60;

    private final AppModel app;
    private final DayNavigation navigation;
    private final ReadOnlyObjectWrapper<List<SleepPeriod>> periods = new ReadOnlyObjectWrapper<>(this, "periods",
            List.of());
    private final ReadOnlyIntegerWrapper selection = new ReadOnlyIntegerWrapper(this, "selection", WHOLE_DAY);
    private final ReadOnlyObjectWrapper<NightSeries> series = new ReadOnlyObjectWrapper<>(this, "series");
    private final ReadOnlyObjectWrapper<NightNumbers> numbers = new ReadOnlyObjectWrapper<>(this, "numbers");
    private final TimeZoom zoom = new TimeZoom(MIN_SPAN_SECONDS);
    private final ReadOnlyObjectWrapper<LocalDate> nearestNight = new ReadOnlyObjectWrapper<>(this, "nearestNight");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    public NightViewModel(AppModel app) {
        this.app = app;
        this.navigation = new DayNavigation(app, OuraData::sleepDays);
        app.dayProperty().addListener((o, was, now) -> refresh());
        app.loadedProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    /** Re-reads the day and its periods; the main sleep is selected and the zoom reset. */
    private void refresh() {
        OuraData data = app.data();
        LocalDate shown = navigation.refresh();
        List<SleepPeriod> list = shown == null ? List.of() : data.sleepPeriods(shown);
        periods.set(list);
        nearestNight.set(list.isEmpty() && shown != null ? nearest(data, shown) : null);
        SleepPeriod main = shown == null ? null : data.mainSleepOrLongest(shown).orElse(null);
        select(main == null ? WHOLE_DAY : list.indexOf(main));
        revision.set(revision.get() + 1);
    }

    /** The night closest to {@code day}; the earlier one when two are as close. */
    static LocalDate nearest(OuraData data, LocalDate day) {
        LocalDate before = data.sleepDays().lower(day);
        LocalDate after = data.sleepDays().higher(day);
        if (before == null || after == null) {
            return before == null ? after : before;
        }
        return day.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - day.toEpochDay() ? before : after;
    }

    /** Shows one period ({@code index} into {@link #periodsProperty()}) or {@link #WHOLE_DAY}. */
    public void select(int index) {
        List<SleepPeriod> list = periods.get();
        int i = index >= 0 && index < list.size() ? index : WHOLE_DAY;
        selection.set(i);
        if (list.isEmpty()) {
            series.set(null);
            numbers.set(null);
            zoom.setWhole(null);
            return;
        }
        List<SleepPeriod> shown = i == WHOLE_DAY ? list : List.of(list.get(i));
        NightSeries s = new NightSeries(navigation.day(), shown);
        numbers.set(NightNumbers.of(app.data(), navigation.day(), shown));
        series.set(s);
        zoom.setWhole(new TimeZoom.Window(s.start(), s.end()));
    }

    /** Which day is shown and how it moves (previous, next, a day): the app's day, so the calendar follows. */
    public DayNavigation navigation() {
        return navigation;
    }

    /** The Day tab on this day: its activity day, 04:00 to 04:00 (the Day button, D). */
    public void openActivityDay() {
        if (navigation.day() != null) {
            app.openActivityDay(navigation.day());
        }
    }

    /** The zoom and pan of the chart: a {@link TimeZoom} over the selection's span. */
    public TimeZoom zoom() {
        return zoom;
    }

    /** The picture of what is shown (selection and zoom), for exports. Null when there is no night. */
    public NightPicture picture(NightPalette palette) {
        TimeZoom.Window w = zoom.windowProperty().get();
        return series.get() == null ? null
                : new NightPicture(series.get(), numbers.get(), w.start(), w.end(), palette);
    }

    /**
     * File ▸ Export… on the Night tab: what is shown (period, zoom, colours) as a PNG picture of
     * {@code width × height} at 1×, 2× or 3× (those within {@link org.ouraviewer.chart.Picture#MAX_PNG_PIXELS}), as SVG, or
     * its series as CSV. Empty when there is no night.
     */
    public Optional<Exportable.Export> export(int width, int height, NightPalette palette) {
        NightPicture picture = picture(palette);
        if (picture == null) {
            return Optional.empty();
        }
        LocalDate shown = picture.series().day();
        String description = "Night of " + shown + ": " + HeaderText.periods(picture.series().periods())
                + ". The picture shows the period and time range as in the Night tab.";
        return Optional.of(PictureExport.of("Export night", description, "the night of " + shown, "night-" + shown,
                picture, width, height, out -> NightCsv.write(picture.series(), out)));
    }

    /** Counts refreshes: changes once the day, its periods and the empty state are all up to date. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return navigation.dayProperty();
    }

    public ReadOnlyObjectProperty<List<SleepPeriod>> periodsProperty() {
        return periods.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** The series of the selection; null when the day has no sleep. */
    public ReadOnlyObjectProperty<NightSeries> seriesProperty() {
        return series.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NightNumbers> numbersProperty() {
        return numbers.getReadOnlyProperty();
    }

    /** The night closest to a day without sleep; null otherwise. */
    public ReadOnlyObjectProperty<LocalDate> nearestNightProperty() {
        return nearestNight.getReadOnlyProperty();
    }
}
