package org.ouraviewer.ui.day;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ouraviewer.chart.NightNumbers;
import org.ouraviewer.chart.day.DayCsv;
import org.ouraviewer.chart.day.DayNumbers;
import org.ouraviewer.chart.day.DayPalette;
import org.ouraviewer.chart.day.DayPicture;
import org.ouraviewer.chart.day.DaySeries;
import org.ouraviewer.metrics.day.ActivityDay;
import org.ouraviewer.metrics.day.ActivityDays;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.ui.chart.DayNavigation;
import org.ouraviewer.ui.chart.PictureExport;
import org.ouraviewer.ui.chart.TimeZoom;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Exportable;

/**
 * The state of the Day tab, without any Node: the day shown (the app's day, or the last day with data when none
 * is set), its activity day's series and numbers, built when the day is shown (a binary search into the heart
 * rate, then the day's few thousand rows), and the time window shown ({@link #zoom()}, epoch seconds).
 * Navigation sets the app's day, so the calendar and the Night tab follow. FX thread only.
 */
public final class DayViewModel {
    private static final double MIN_SPAN_SECONDS = 15 * 60;

    private final AppModel app;
    private final DayNavigation navigation;
    private final ReadOnlyObjectWrapper<DaySeries> series = new ReadOnlyObjectWrapper<>(this, "series");
    private final ReadOnlyObjectWrapper<List<NightNumbers.Section>> numbers = new ReadOnlyObjectWrapper<>(this,
            "numbers", List.of());
    private final TimeZoom zoom = new TimeZoom(MIN_SPAN_SECONDS);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    public DayViewModel(AppModel app) {
        this.app = app;
        this.navigation = new DayNavigation(app, OuraData::days);
        app.dayProperty().addListener((o, was, now) -> refresh());
        app.loadedProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    /** Builds the day shown; a day without any data shows nothing (the tab says so). */
    private void refresh() {
        OuraData data = app.data();
        LocalDate shown = navigation.refresh();
        ActivityDay d = shown == null ? null : ActivityDays.of(data, shown);
        if (d == null || d.isEmpty()) {
            series.set(null);
            numbers.set(List.of());
            zoom.setWhole(null);
        } else {
            DaySeries s = new DaySeries(d);
            numbers.set(DayNumbers.of(d));
            series.set(s);
            zoom.setWhole(new TimeZoom.Window(s.start(), s.end()));
        }
        revision.set(revision.get() + 1);
    }

    /** Which day is shown and how it moves (previous, next, a day): the app's day, so the calendar follows. */
    public DayNavigation navigation() {
        return navigation;
    }

    /** The Night tab on this day. */
    public void openNight() {
        if (navigation.day() != null) {
            app.openDay(navigation.day());
        }
    }

    /** The zoom and pan of the chart over the day's window. */
    public TimeZoom zoom() {
        return zoom;
    }

    /** The picture of what is shown (zoom, colours), for exports; null without a day. */
    public DayPicture picture(DayPalette palette) {
        TimeZoom.Window w = zoom.windowProperty().get();
        return series.get() == null ? null
                : new DayPicture(series.get(), numbers.get(), w.start(), w.end(), palette);
    }

    /**
     * File ▸ Export… on the Day tab: what is shown as a PNG of {@code width × height} at 1×, 2× or 3×, as SVG, or
     * its series as CSV (a row a minute of the window). Empty without a day.
     */
    public Optional<Exportable.Export> export(int width, int height, DayPalette palette) {
        DayPicture picture = picture(palette);
        if (picture == null) {
            return Optional.empty();
        }
        LocalDate shown = picture.series().day().day();
        return Optional.of(PictureExport.of("Export day", "Activity day of " + shown + ", 04:00 to 04:00. The picture"
                + " shows the time range as in the Day tab.", "the activity day of " + shown, "day-" + shown,
                picture, width, height, out -> DayCsv.write(picture.series(), out)));
    }

    /** Counts refreshes: changes once the day, its series and the empty state are all up to date. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return navigation.dayProperty();
    }

    /** The series of the day; null when the day has no data. */
    public ReadOnlyObjectProperty<DaySeries> seriesProperty() {
        return series.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<NightNumbers.Section>> numbersProperty() {
        return numbers.getReadOnlyProperty();
    }
}
