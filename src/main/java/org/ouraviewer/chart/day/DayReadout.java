package org.ouraviewer.chart.day;

import java.util.ArrayList;
import java.util.List;
import org.ouraviewer.chart.NightNumbers;
import org.ouraviewer.chart.SleepPhase;
import org.ouraviewer.text.Durations;

/** The crosshair's words for one moment of the day: the clock, then every lane's value or "no data". */
public final class DayReadout {
    private static final String NONE = "no data";

    private DayReadout() {
    }

    public static List<String> lines(DaySeries series, double epochSecond) {
        DayReading r = DayReading.at(series, epochSecond);
        List<String> out = new ArrayList<>();
        out.add(Durations.clock(series.timeline().at(epochSecond)));
        if (r.sleep() != null) {
            out.add("Sleep: " + r.sleep() + (r.phase() == SleepPhase.NONE ? "" : ", " + SleepPhase.label(r.phase())));
        }
        out.add("Class: " + (r.activityClass() == null ? NONE : DayNumbers.label(r.activityClass())));
        out.add("MET: " + (Double.isNaN(r.met()) ? NONE : NightNumbers.number(r.met(), "")));
        out.add("Heart rate: " + (Double.isNaN(r.heartRate()) ? NONE : NightNumbers.number(r.heartRate(), " bpm") + " ("
                + r.heartRateSource().code() + ")"));
        if (series.hasStress()) {
            out.add("Stress: " + value(r.stress(), "") + " · recovery: " + value(r.recovery(), ""));
        }
        if (series.skinTemperature().size() > 0) {
            out.add("Skin temperature: " + value(r.skinTemperature(), " °C"));
        }
        if (r.restMode() != null) {
            out.add(r.restMode());
        }
        if (r.workout() != null) {
            out.add("Workout: " + r.workout());
        }
        if (r.session() != null) {
            out.add("Session: " + r.session() + (Double.isNaN(r.sessionHeartRate()) ? ""
                    : ", " + NightNumbers.number(r.sessionHeartRate(), " bpm"))
                    + (Double.isNaN(r.sessionHrv()) ? "" : ", HRV " + NightNumbers.number(r.sessionHrv(), " ms")));
        }
        return out;
    }

    private static String value(double v, String unit) {
        return Double.isNaN(v) ? NONE : NightNumbers.number(Math.round(v * 100) / 100.0, unit);
    }
}
