package org.ouraviewer.ui.chart;

import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.ui.common.AppModel;

/**
 * Which day a tab that shows one day at a time (Night, Day) is on, and how it moves: the app's day, or the last
 * day with data when none is set; previous and next go to the neighbouring days with data. Moving sets the app's
 * day, so the calendar and the other tabs follow. "With data" is the tab's own set of days (the nights with
 * sleep, the days with anything). Without any Node; FX thread only.
 */
public final class DayNavigation {
    private final AppModel app;
    private final Function<OuraData, NavigableSet<LocalDate>> daysWithData;
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>(this, "day");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");

    /** @param daysWithData the days the tab has something to show on ({@link OuraData#sleepDays()}, ...) */
    public DayNavigation(AppModel app, Function<OuraData, NavigableSet<LocalDate>> daysWithData) {
        this.app = app;
        this.daysWithData = daysWithData;
    }

    /** Re-reads the app's day and the data; returns the day now shown (null: no day and no data). */
    public LocalDate refresh() {
        NavigableSet<LocalDate> days = days();
        LocalDate shown = app.dayProperty().get();
        if (shown == null && !days.isEmpty()) {
            shown = days.last();
        }
        day.set(shown);
        hasPrevious.set(shown != null && days.lower(shown) != null);
        hasNext.set(shown != null && days.higher(shown) != null);
        return shown;
    }

    /** The days with data, in the data loaded now. */
    public NavigableSet<LocalDate> days() {
        return daysWithData.apply(app.data());
    }

    /** The day before with data. */
    public void previousDay() {
        showDay(day.get() == null ? null : days().lower(day.get()));
    }

    /** The day after with data. */
    public void nextDay() {
        showDay(day.get() == null ? null : days().higher(day.get()));
    }

    /** Shows {@code d} (it may have no data; the tab then says so); null does nothing. */
    public void showDay(LocalDate d) {
        if (d != null) {
            app.dayProperty().set(d);
        }
    }

    /** The day shown; null without a day and data. */
    public LocalDate day() {
        return day.get();
    }

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }
}
