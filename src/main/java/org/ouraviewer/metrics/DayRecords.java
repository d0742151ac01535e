package org.ouraviewer.metrics;

import java.time.LocalDate;
import java.util.List;
import org.ouraviewer.model.CardiovascularAge;
import org.ouraviewer.model.DailyActivity;
import org.ouraviewer.model.DailyReadiness;
import org.ouraviewer.model.DailyResilience;
import org.ouraviewer.model.DailySleep;
import org.ouraviewer.model.DailySpo2;
import org.ouraviewer.model.DailyStress;
import org.ouraviewer.model.MainSleep;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.Vo2Max;

/**
 * The records of one day that the day metrics read, looked up once per day (so the main sleep is chosen
 * once for all the metrics of the day). Any part may be null.
 */
record DayRecords(DailySleep sleep, DailyReadiness readiness, DailyActivity activity, DailySpo2 spo2,
                  DailyStress stress, DailyResilience resilience, CardiovascularAge cardiovascularAge, Vo2Max vo2Max,
                  List<SleepPeriod> periods, SleepPeriod mainSleep) {

    static DayRecords of(OuraData data, LocalDate day) {
        List<SleepPeriod> periods = data.sleepPeriods(day);
        return new DayRecords(data.dailySleep(day).orElse(null), data.dailyReadiness(day).orElse(null),
                data.dailyActivity(day).orElse(null), data.spo2(day).orElse(null), data.stress(day).orElse(null),
                data.resilience(day).orElse(null), data.cardiovascularAge(day).orElse(null),
                data.vo2Max(day).orElse(null), periods, MainSleep.of(periods).orElse(null));
    }
}
