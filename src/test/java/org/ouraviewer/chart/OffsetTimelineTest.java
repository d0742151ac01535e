package org.ouraviewer.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouraviewer.model.SleepPeriod;

/** Nights across daylight-saving changes: true lengths on the axis, the recorded clock on the labels. */
class OffsetTimelineTest {
    // Europe, spring: 02:00 CET became 03:00 CEST on 2024-03-31 at 01:00 UTC
    private static final SleepPeriod SPRING = Nights.period("2024-03-30T23:00:00+01:00", "2024-03-31T07:00:00+02:00",
            Nights.phases(7), null);
    // Europe, autumn: 03:00 CEST became 02:00 CET on 2024-10-27 at 01:00 UTC
    private static final SleepPeriod AUTUMN = Nights.period("2024-10-26T23:00:00+02:00", "2024-10-27T07:00:00+01:00",
            Nights.phases(9), null);

    @Test
    void theChangeIsWhereTimeZonesWithTheseOffsetsHaveIt() {
        OffsetTimeline t = OffsetTimeline.of(List.of(SPRING));
        double change = OffsetDateTime.parse("2024-03-31T01:00:00Z").toEpochSecond();
        assertEquals(ZoneOffset.ofHours(1), t.offsetAt(change - 1));
        assertEquals(ZoneOffset.ofHours(2), t.offsetAt(change));
        assertEquals("2024-03-31T01:59:59+01:00", t.at(change - 1).toString());
        assertEquals("2024-03-31T03:00+02:00", t.at(change).toString());
    }

    @Test
    void withoutAMatchingTimeZoneTheChangeIsHalfWay() {
        OffsetDateTime a = OffsetDateTime.parse("2024-05-01T22:00:00+02:00");
        OffsetDateTime b = OffsetDateTime.parse("2024-05-02T08:00:00+09:00"); // 3 h in the air, no such zone
        assertEquals(a.toInstant().plusSeconds(5400), OffsetTimeline.change(a, b));
    }

    @Test
    void aSpringNightIsSevenHoursLongAndItsAxisSkipsTwoOClock() {
        NightSeries s = new NightSeries(SPRING.day(), List.of(SPRING));
        assertEquals(7 * 3600, s.end() - s.start());
        NightLayout layout = new NightLayout(s, null, NightLayout.Options.screen(800, 500), s.start(), s.end());
        double hour = layout.plot().width() / 7;
        assertEquals(layout.plot().left(), layout.xOf(s.start()), 1e-9);
        assertEquals(layout.plot().right(), layout.xOf(s.end()), 1e-9);
        assertEquals(layout.plot().left() + 2 * hour, layout.xOf(s.start() + 7200), 1e-9);
        assertEquals(s.start() + 3600, layout.timeAt(layout.plot().left() + hour), 1e-6);

        List<TimeTicks.Tick> ticks = TimeTicks.ticks(s.timeline(), s.start(), s.end(), 3600);
        assertEquals(List.of("23:00", "00:00", "01:00", "03:00", "04:00", "05:00", "06:00", "07:00"),
                ticks.stream().map(TimeTicks.Tick::label).toList());
        // 01:00 and 03:00 are one hour apart on the axis: the hour that did not exist takes no room
        assertEquals(3600, ticks.get(3).time() - ticks.get(2).time(), 1e-9);
    }

    @Test
    void anAutumnNightIsNineHoursLongAndItsAxisShowsTwoOClockTwice() {
        NightSeries s = new NightSeries(AUTUMN.day(), List.of(AUTUMN));
        assertEquals(9 * 3600, s.end() - s.start());
        List<TimeTicks.Tick> ticks = TimeTicks.ticks(s.timeline(), s.start(), s.end(), 3600);
        assertEquals(List.of("23:00", "00:00", "01:00", "02:00", "02:00", "03:00", "04:00", "05:00", "06:00", "07:00"),
                ticks.stream().map(TimeTicks.Tick::label).toList());
        for (int i = 1; i < ticks.size(); i++) {
            assertEquals(3600, ticks.get(i).time() - ticks.get(i - 1).time(), 1e-9);
        }
        NightLayout layout = new NightLayout(s, null, NightLayout.Options.screen(1000, 500), s.start(), s.end());
        assertEquals(layout.xOf(ticks.get(4).time()) - layout.xOf(ticks.get(3).time()),
                layout.plot().width() / 9, 1e-9);
    }

    @Test
    void halfHourTicksFollowTheOffsetOfEachStretch() {
        NightSeries s = new NightSeries(SPRING.day(), List.of(SPRING));
        List<String> labels = TimeTicks.ticks(s.timeline(), s.start(), s.start() + 4 * 3600, 1800).stream()
                .map(TimeTicks.Tick::label).toList();
        assertEquals(List.of("23:00", "23:30", "00:00", "00:30", "01:00", "01:30", "03:00", "03:30", "04:00"), labels);
    }

    @Test
    void readsTheClockOfAPeriodInItsOwnOffsetEvenWhenTheComputerIsElsewhere() {
        SleepPeriod tokyo = Nights.period("2024-05-01T23:10:00+09:00", "2024-05-02T06:40:00+09:00", Nights.phases(7),
                null);
        NightSeries s = new NightSeries(tokyo.day(), List.of(tokyo));
        assertEquals("23:10", TimeTicks.clock(s.start() + s.timeline().offsetAt(s.start()).getTotalSeconds()));
        assertEquals("2024-05-01T23:10+09:00", s.timeline().at(s.start()).toString());
    }
}
