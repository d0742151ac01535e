package org.ouraviewer.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.Trend;

/** What the pointer reads on a trend chart: the day, then each metric's value and rolling mean, and the tag mark. */
public final class TrendReadout {
    private TrendReadout() {
    }

    public static List<String> lines(TrendChart chart, LocalDate day) {
        List<String> out = new ArrayList<>();
        out.add(HeaderText.longDate(day));
        for (TrendChart.Line line : chart.lines()) {
            Trend t = line.trend();
            DayMetric m = t.metric();
            int i = (int) (day.toEpochDay() - t.from().toEpochDay());
            boolean in = i >= 0 && i < t.size();
            double value = in ? t.value(i) : Double.NaN;
            double rolling = in ? t.rolling(i) : Double.NaN;
            out.add(m.label() + ": " + (Double.isNaN(value) ? "no value" : m.readable(value)) + " · " + t.window()
                    + "-day mean " + (Double.isNaN(rolling) ? "-" : m.readable(rolling)));
        }
        if (chart.markedName() != null && chart.marked().contains(day)) {
            out.add("Marked: " + chart.markedName());
        }
        return out;
    }
}
