package org.ouraviewer.ui.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.ouraviewer.metrics.DailySeries;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.DayMetrics;
import org.ouraviewer.model.OuraData;

/**
 * The calendar's state without any node: the data, the chosen metric with every day's value and band
 * computed once when either changes (so paging and repainting only look values up), the selected day,
 * and which months are on screen. FX thread only.
 */
public final class CalendarViewModel {
    private final ObjectProperty<DayMetric> metric = new SimpleObjectProperty<>(this, "metric",
            DayMetric.SLEEP_SCORE);
    private final ObjectProperty<LocalDate> selectedDay = new SimpleObjectProperty<>(this, "selectedDay");
    private final ReadOnlyObjectWrapper<YearMonth> firstMonth = new ReadOnlyObjectWrapper<>(this, "firstMonth",
            YearMonth.now());
    /** Bumped whenever cell contents change (data or metric), so the view repaints once per change. */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private OuraData data = OuraData.EMPTY;
    private DayMetrics dayMetrics = DayMetrics.EMPTY;
    /** The days with anything to show: a daily document, a sleep period, a tag or a workout. */
    private NavigableSet<LocalDate> days = new TreeSet<>();
    private DayMarkers markers = new DayMarkers(OuraData.EMPTY);
    private LocalDate origin = LocalDate.now();
    private double[] values = new double[0];
    private DayBand[] bands = new DayBand[0];
    private BandScale scale = BandScale.scores();
    private int monthCount = 1;

    public CalendarViewModel() {
        metric.addListener((obs, old, now) -> recompute());
        selectedDay.addListener((obs, old, now) -> {
            if (now != null) {
                showMonth(YearMonth.from(now));
            }
        });
    }

    /** Takes newly loaded data; selects its last day when nothing sensible is selected yet. */
    public void setData(OuraData newData) {
        data = Objects.requireNonNull(newData);
        dayMetrics = DayMetrics.of(newData);
        markers = new DayMarkers(newData);
        days = new TreeSet<>(newData.days());
        days.addAll(markers.days());
        recompute();
        LocalDate day = selectedDay.get();
        if (!days.isEmpty() && (day == null || !inDataMonths(day))) {
            selectedDay.set(days.last());
            frame(YearMonth.from(days.last()));
        }
    }

    private void recompute() {
        DayMetric m = metric.get();
        DailySeries series = dayMetrics.series(m);
        if (days.isEmpty()) {
            values = new double[0];
            bands = new DayBand[0];
            scale = CalendarMetrics.scale(m, series);
        } else {
            origin = days.first();
            values = new double[(int) ChronoUnit.DAYS.between(origin, days.last()) + 1];
            Arrays.fill(values, Double.NaN);
            for (LocalDate day : days) {
                values[index(day)] = series.value(day);
            }
            scale = CalendarMetrics.scale(m, series);
            bands = new DayBand[values.length];
            for (int i = 0; i < values.length; i++) {
                bands[i] = Double.isNaN(values[i]) ? null : scale.band(values[i]);
            }
        }
        revision.set(revision.get() + 1);
    }

    private int index(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(origin, day);
    }

    /** The cell of {@code day}: a plain lookup in the arrays computed for the metric. */
    public DayCell cell(LocalDate day) {
        int i = index(day);
        boolean inRange = i >= 0 && i < values.length;
        double v = inRange ? values[i] : Double.NaN;
        String text = Double.isNaN(v) ? "" : CalendarMetrics.cellText(metric.get(), v);
        return new DayCell(day, text, inRange ? bands[i] : null, markers.nap(day), markers.tag(day),
                markers.workout(day));
    }

    /** The band of {@code day}'s value, null when it has none: all the year strip needs of a day's cell. */
    public DayBand band(LocalDate day) {
        int i = index(day);
        return i >= 0 && i < bands.length ? bands[i] : null;
    }

    /** The value of the chosen metric on {@code day}, NaN when it has none. */
    public double value(LocalDate day) {
        int i = index(day);
        return i >= 0 && i < values.length ? values[i] : Double.NaN;
    }

    /** The tooltip text of {@code day}: its three scores and key numbers. */
    public String describe(LocalDate day) {
        return DaySummary.describe(data, day);
    }

    public OuraData data() {
        return data;
    }

    public ObjectProperty<DayMetric> metricProperty() {
        return metric;
    }

    /** The selected day; the view binds it to the app's day, so the Night tab and the calendar agree. */
    public ObjectProperty<LocalDate> selectedDayProperty() {
        return selectedDay;
    }

    public ReadOnlyObjectProperty<YearMonth> firstMonthProperty() {
        return firstMonth.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public BandScale scale() {
        return scale;
    }

    /** The day metrics that have at least one value in the data (the scores always, the rest where present). */
    public List<DayMetric> availableMetrics() {
        return Arrays.stream(DayMetric.values()).filter(m -> CalendarMetrics.SCORES.contains(m)
                || dayMetrics.series(m).count() > 0).toList();
    }

    /** The years that have data, oldest first. */
    public List<Integer> years() {
        return days.stream().map(LocalDate::getYear).distinct().toList();
    }

    /** The months on screen, oldest first. */
    public List<YearMonth> visibleMonths() {
        return java.util.stream.IntStream.range(0, monthCount).mapToObj(i -> firstMonth.get().plusMonths(i)).toList();
    }

    /** How many months fit on screen; the view sets it as the window is resized. */
    public void setMonthCount(int count) {
        int old = monthCount;
        monthCount = Math.max(1, count);
        if (old != monthCount) {
            frame(YearMonth.from(current()));
        }
    }

    public int monthCount() {
        return monthCount;
    }

    /** Shows {@code focus} as the last month on screen, unless that would show months before the data. */
    private void frame(YearMonth focus) {
        YearMonth start = focus.minusMonths(monthCount - 1L);
        YearMonth firstData = days.isEmpty() ? focus : YearMonth.from(days.first());
        YearMonth earliest = firstData.isBefore(focus) ? firstData : focus;
        firstMonth.set(start.isBefore(earliest) ? earliest : start);
    }

    /** Scrolls as little as needed to bring {@code month} on screen. */
    void showMonth(YearMonth month) {
        YearMonth first = firstMonth.get();
        if (month.isBefore(first)) {
            firstMonth.set(month);
        } else if (!month.isBefore(first.plusMonths(monthCount))) {
            firstMonth.set(month.minusMonths(monthCount - 1L));
        }
    }

    public void select(LocalDate day) {
        selectedDay.set(clamp(day));
    }

    /** Arrow keys: a day left or right, a week up or down. */
    public void moveDays(int count) {
        select(current().plusDays(count));
    }

    /** Page Up/Down: the same day a month earlier or later (the month's last day when shorter). */
    public void moveMonths(int count) {
        select(current().plusMonths(count));
    }

    /** Home: the first day with data. */
    public void moveToFirst() {
        if (!days.isEmpty()) {
            select(days.first());
        }
    }

    /** End: the last day with data. */
    public void moveToLast() {
        if (!days.isEmpty()) {
            select(days.last());
        }
    }

    /** Jumps to {@code year}: the same date there, or the nearest day of that year with data. */
    public void jumpToYear(int year) {
        LocalDate target = current().withYear(year);
        LocalDate after = days.ceiling(target);
        LocalDate before = days.floor(target);
        if (before != null && before.getYear() == year && (after == null || after.getYear() != year
                || ChronoUnit.DAYS.between(before, target) <= ChronoUnit.DAYS.between(target, after))) {
            select(before);
        } else if (after != null && after.getYear() == year) {
            select(after);
        } else {
            select(target);
        }
    }

    private LocalDate current() {
        LocalDate day = selectedDay.get();
        if (day != null) {
            return day;
        }
        return days.isEmpty() ? LocalDate.now() : days.last();
    }

    /** Keeps moves within the months that have data, so a held key cannot run off into empty years. */
    private LocalDate clamp(LocalDate day) {
        if (days.isEmpty()) {
            return day;
        }
        LocalDate min = days.first().withDayOfMonth(1);
        LocalDate max = YearMonth.from(days.last()).atEndOfMonth();
        return day.isBefore(min) ? min : day.isAfter(max) ? max : day;
    }

    private boolean inDataMonths(LocalDate day) {
        return clamp(day).equals(day);
    }

}
