package org.ouraviewer.chart;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ouraviewer.model.SampleSeries;
import org.ouraviewer.model.SleepDurations;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.SleepType;
import org.ouraviewer.model.SleepVitals;

/** Sleep periods built in code, for nights the samples do not have (daylight-saving changes, chosen gaps). */
final class Nights {
    private Nights() {
    }

    /** A long sleep from {@code start} to {@code end} with 5-minute heart rate and HRV of the given values. */
    static SleepPeriod period(String start, String end, String phases, float[] heartRate) {
        OffsetDateTime s = OffsetDateTime.parse(start);
        OffsetDateTime e = OffsetDateTime.parse(end);
        SampleSeries hr = heartRate == null ? null : new SampleSeries(s, 300, heartRate);
        int seconds = (int) (e.toEpochSecond() - s.toEpochSecond());
        return new SleepPeriod("id-" + start, LocalDate.from(e), SleepType.LONG_SLEEP, s, e,
                new SleepDurations(seconds, seconds - 600, 3600, seconds - 7200, 2400, 600, 300),
                new SleepVitals(55.5, 50, 42.0, 14.0, 90), hr, hr, phases, "1".repeat(seconds / 30), 80, false);
    }

    /** Phases for {@code hours} of sleep: light throughout, REM in the second half-hour of each hour. */
    static String phases(int hours) {
        return "222222333333".repeat(hours);
    }
}
