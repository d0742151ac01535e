package org.ouraviewer.ui.calendar;

import java.time.LocalDate;

/**
 * What one calendar cell shows.
 *
 * @param text the value as shown, empty when the day has no value for the metric
 * @param band null when the day has no value: such days look empty, never like a low score
 */
public record DayCell(LocalDate day, String text, DayBand band, boolean nap, boolean tag, boolean workout) {
    public boolean hasValue() {
        return band != null;
    }
}
