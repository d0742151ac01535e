package org.ouraviewer.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The numbers beside the notebook night, with units, as Oura's app shows them. */
class NightNumbersTest {
    private static Map<String, String> rows(NightNumbers numbers) {
        Map<String, String> m = new LinkedHashMap<>();
        for (NightNumbers.Section s : numbers.sections()) {
            for (NightNumbers.Row r : s.rows()) {
                m.put(s.title() + "/" + r.label(), r.value());
            }
        }
        return m;
    }

    @Test
    void notebookNight() {
        NightNumbers n = NightNumbers.of(NotebookNight.DATA, NotebookNight.DAY, NotebookNight.main());
        assertEquals(List.of("Scores", "Long sleep", "Vitals", "Readiness contributors", "Sleep contributors"),
                n.sections().stream().map(NightNumbers.Section::title).toList());
        Map<String, String> r = rows(n);
        assertEquals("75", r.get("Scores/Sleep score"));
        assertEquals("86", r.get("Scores/Readiness score"));
        assertEquals("6:44  (83 %)", r.get("Long sleep/Total sleep"));
        assertEquals("1:20  (16 %)", r.get("Long sleep/Deep"));
        assertEquals("3:29  (43 %)", r.get("Long sleep/Light"));
        assertEquals("1:56  (24 %)", r.get("Long sleep/REM"));
        assertEquals("1:25  (17 %)", r.get("Long sleep/Awake"));
        assertEquals("8:08", r.get("Long sleep/Time in bed"));
        assertEquals("83 %", r.get("Long sleep/Efficiency"));
        assertEquals("0:03", r.get("Long sleep/Latency"));
        assertEquals("53 bpm", r.get("Vitals/Lowest heart rate"));
        assertEquals("61.1 bpm", r.get("Vitals/Average heart rate"));
        assertEquals("48 ms", r.get("Vitals/Average HRV"));
        assertEquals("14.5 /min", r.get("Vitals/Breathing rate"));
        assertEquals("-0.10 °C", r.get("Vitals/Temperature deviation"));
        assertEquals("88", r.get("Readiness contributors/HRV balance"));
        assertEquals("96", r.get("Sleep contributors/REM sleep"));
    }

    @Test
    void keysReadAsWords() {
        assertEquals("HRV balance", NightNumbers.words("hrv_balance"));
        assertEquals("Previous day activity", NightNumbers.words("previous_day_activity"));
    }
}
