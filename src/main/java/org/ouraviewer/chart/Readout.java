package org.ouraviewer.chart;

import java.util.List;
import org.ouraviewer.text.Durations;

/** The crosshair's words for one moment: the recorded local time, then each lane's value or "no data". */
public final class Readout {
    private static final String NONE = "no data";

    private Readout() {
    }

    public static List<String> lines(NightSeries series, double epochSecond) {
        NightSeries.Reading r = series.readingAt(epochSecond);
        String period = series.periods().size() < 2 ? "" : series.periods().stream()
                .filter(p -> p.start().toEpochSecond() <= epochSecond && epochSecond < p.end().toEpochSecond())
                .map(p -> "  " + p.type().label()).findFirst().orElse("  between periods");
        return List.of(Durations.clock(series.timeline().at(epochSecond)) + period,
                "Phase: " + (r.phase() == SleepPhase.NONE ? NONE : SleepPhase.label(r.phase())),
                "Heart rate: " + (Double.isNaN(r.heartRate()) ? NONE : NightNumbers.number(r.heartRate(), " bpm")),
                "HRV: " + (Double.isNaN(r.hrv()) ? NONE : NightNumbers.number(r.hrv(), " ms")),
                "Movement: " + (r.movement() == SleepPhase.NONE ? NONE : SleepPhase.movementLabel(r.movement())));
    }
}
