package org.ouraviewer.ui.table;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.ouraviewer.ui.common.AppModel;

/** A table row that belongs to a day, which double-click or Enter opens in the Day tab. */
public interface DayRow {
    /** The day of the row, or null when the record has none. */
    LocalDate day();

    /** What opening a row does: show its activity day (the day's workouts and tags on its time axis). */
    static <R extends DayRow> Consumer<R> opener(AppModel app) {
        return row -> {
            if (row.day() != null) {
                app.openActivityDay(row.day());
            }
        };
    }
}
