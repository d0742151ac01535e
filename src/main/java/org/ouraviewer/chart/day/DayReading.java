package org.ouraviewer.chart.day;

import java.util.ArrayList;
import java.util.List;
import org.ouraviewer.chart.NightSeries;
import org.ouraviewer.chart.SleepPhase;
import org.ouraviewer.metrics.day.ActivityClass;
import org.ouraviewer.model.HeartRateSource;

/**
 * What the day chart shows at one moment; NaN, null or {@link org.ouraviewer.chart.SleepPhase#NONE} where
 * nothing was recorded.
 *
 * @param heartRateSource where the heart-rate row came from; null with no row
 * @param workout         the workouts covering the moment, joined by "; "; {@code session} likewise
 * @param sleep           the type of the sleep period covering the moment
 * @param restMode        the rest mode period covering the moment ({@link RestModeSpans#label}); null if none
 */
public record DayReading(double time, ActivityClass activityClass, double met, double heartRate,
                         HeartRateSource heartRateSource, double stress, double recovery, double skinTemperature,
                         double sessionHeartRate, double sessionHrv, String workout, String session, String sleep,
                         int phase, String restMode) {

    /** How long a rest mode period that is a moment stands for under the crosshair. */
    static final double MOMENT_SECONDS = 300;

    /** What {@code s} shows at {@code t}: the crosshair's readout and a CSV row. */
    public static DayReading at(DaySeries s, double t) {
        int level = NightSeries.levelAt(s.classes(), t);
        int hr = s.heartRate().at(t, DaySeries.HEART_RATE_HOLD);
        int phase = SleepPhase.NONE;
        String sleep = null;
        for (DaySeries.Night n : s.nights()) {
            if (t >= n.period().start().toEpochSecond() && t < n.period().end().toEpochSecond()) {
                phase = NightSeries.levelAt(n.phases(), t);
                sleep = n.period().type().label();
            }
        }
        return new DayReading(t, level == SleepPhase.NONE ? null
                : ActivityClass.values()[level], NightSeries.valueAt(s.met(), t),
                hr < 0 ? Double.NaN : s.heartRate().values()[hr], hr < 0 ? null : s.heartRate().sources()[hr],
                value(s.stress(), t), value(s.recovery(), t), value(s.skinTemperature(), t),
                NightSeries.valueAt(s.sessionHeartRate(), t), NightSeries.valueAt(s.sessionHrv(), t),
                covering(s.workouts(), t), covering(s.sessions(), t), sleep, phase,
                restMode(s.restMode(), t));
    }

    /** A rest mode period covering {@code t}; one that is a moment stands for the 5 minutes after it. */
    private static String restMode(List<DaySeries.Span> spans, double t) {
        for (DaySeries.Span span : spans) {
            if (t >= span.start() && t < Math.max(span.end(), span.start() + MOMENT_SECONDS)) {
                return span.label();
            }
        }
        return null;
    }

    private static double value(DaySeries.Points p, double t) {
        int i = p.at(t, DaySeries.HUB_HOLD);
        return i < 0 ? Double.NaN : p.values()[i];
    }

    private static String covering(List<DaySeries.Span> spans, double t) {
        List<String> names = new ArrayList<>();
        for (DaySeries.Span span : spans) {
            if (span.covers(t)) {
                names.add(span.label());
            }
        }
        return names.isEmpty() ? null : String.join("; ", names);
    }
}
