package org.ouraviewer.chart.nights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.chart.Lane;
import org.ouraviewer.metrics.Fixture;
import org.ouraviewer.metrics.MedianNight;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;

/** The median-night picture: medians break where fewer than 3 nights have a value; a night on its own times. */
class OverlayLayoutTest {
    @TempDir
    Path dir;

    /** Three nights of 30 minutes; the third has heart rate only in its first 10 minutes; phases 1 2 3 … */
    private OuraData data() {
        Fixture f = new Fixture(dir);
        for (int d = 1; d <= 3; d++) {
            String day = "2024-03-0" + d;
            Double[] items = d == 3 ? new Double[] {60.0, 62.0} : new Double[] {50.0, 52.0, 54.0, 56.0, 58.0, 60.0};
            f.period(day, "long_sleep", day + "T00:00:00+01:00", day + "T00:30:00+01:00",
                    Fixture.series("heart_rate", day + "T00:00:00+01:00", items)
                            + ",\"sleep_phase_5_min\":\"" + (d == 3 ? "44" : "112233") + "\"");
        }
        return f.load();
    }

    @Test
    void theMedianLineBreaksWhereFewerThanThreeNightsHaveAValue() {
        List<SleepPeriod> nights = MedianNight.nights(data(), null, null, null);
        MedianSet set = new MedianSet("All nights", MedianNight.of(nights));
        OverlayLayout l = new OverlayLayout(set, null, null, OverlayLayout.Options.screen(1200, 700), "");
        OverlayContent c = l.content();
        assertEquals(1, c.heartRate().median().size(), "one stretch: bins 0 and 1 only");
        assertEquals(2, c.heartRate().median().get(0).xs().length);
        assertEquals(2, c.heartRate().band().count());
        assertEquals(l.xOf(150), c.heartRate().median().get(0).xs()[0], 1e-9, "drawn at the middle of the bin");
        assertNull(c.referenceHeartRate());
        assertNull(l.lane(OverlayLayout.NIGHT), "no single night, no strip");
        assertEquals(3600, l.secondsAt(l.plot().right()), 1e-6, "at least an hour shown");
    }

    @Test
    void thePhasesStackAsSharesOfAllTheNightsAndFallAsNightsEnd() {
        List<SleepPeriod> nights = MedianNight.nights(data(), null, null, null);
        MedianSet set = new MedianSet("All nights", MedianNight.of(nights));
        OverlayLayout l = new OverlayLayout(set, null, nights.get(0), OverlayLayout.Options.screen(1200, 700), "");
        Lane lane = l.lane(OverlayLayout.PHASES);
        RectList[] phases = l.content().phases();
        double height = Math.round(lane.bottom()) - Math.round(lane.bottom() - (lane.bottom() - lane.top()));
        // bin 0: two nights deep, one awake, stacked to the full height; bin 2: only two nights have a character
        assertEquals(height * 2 / 3, phases[1].height(0), 1.0);
        assertEquals(height / 3, phases[4].height(0), 1.0);
        double bin2 = phases[2].height(0);
        assertEquals(height * 2 / 3, bin2, 1.0, "light in bin 2: two of the three nights, the third has ended");
        assertNotNull(l.lane(OverlayLayout.NIGHT));
        RectList[] strip = l.content().nightPhases();
        assertEquals(List.of(2, 2, 2, 0), List.of(strip[1].count(), strip[2].count(), strip[3].count(),
                strip[4].count()), "the single night's characters 112233");
        assertEquals(1, l.content().nightHeartRate().size());
        assertEquals(l.xOf(0), l.content().nightHeartRate().get(0).xs()[0], 1e-9, "its first sample at its onset");
    }
}
