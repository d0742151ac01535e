package org.ouraviewer.chart.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouraviewer.chart.Box;
import org.ouraviewer.chart.Lane;
import org.ouraviewer.chart.NightLayout;
import org.ouraviewer.chart.NightNumbers;
import org.ouraviewer.chart.SleepPhase;
import org.ouraviewer.chart.ValueScale;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.metrics.day.ActivityClass;
import org.ouraviewer.metrics.day.ActivityDays;
import org.ouraviewer.model.HeartRateSource;

/**
 * The day chart on the hand-made day of {@code /day} (an activity day at +01:00, the nights on both sides, heart
 * rate on the window's edges, the Hub's stress and skin temperature): its lanes, readings, CSV and numbers.
 */
class DayChartTest {
    private static final LocalDate MAR5 = LocalDate.of(2024, 3, 5);
    /** 2024-03-05T04:00:00+01:00. */
    private static final long START = 1709607600L;

    private static DaySeries series(String... files) throws URISyntaxException {
        Path dir = Path.of(DayChartTest.class.getResource("/day").toURI());
        List<Path> paths = files.length == 0 ? List.of(dir) : java.util.Arrays.stream(files).map(dir::resolve).toList();
        return new DaySeries(ActivityDays.of(DataLoader.load(paths).data(), MAR5));
    }

    private static DayLayout layout(DaySeries s) {
        return new DayLayout(s, null, NightLayout.Options.screen(1200, 800), s.start(), s.end());
    }

    @Test
    void lanesShareTheWindowsAxisAndTheHubLanesComeOnlyWithTheHubsSeries() throws Exception {
        DayLayout all = layout(series());
        assertEquals(List.of("sleep", "activity-class", "met", "heart-rate", "daytime-stress", "skin-temperature",
                "events"), all.lanes().stream().map(Lane::id).toList());
        assertEquals(all.plot().left(), all.xOf(START), 1e-9);
        assertEquals(all.plot().right(), all.xOf(START + 86400), 1e-9);
        assertEquals(START + 3600, all.timeAt(all.xOf(START + 3600)), 1e-6);
        for (int i = 1; i < all.lanes().size(); i++) {
            assertTrue(all.lanes().get(i).top() > all.lanes().get(i - 1).bottom(), "lanes do not overlap");
        }
        assertTrue(all.lanes().get(all.lanes().size() - 1).bottom() < 800 - 12, "the time axis stays in the picture");

        DayLayout apiOnly = layout(series("oura-day.json", "heartrate-1.json"));
        assertEquals(List.of("sleep", "activity-class", "met", "heart-rate", "events"),
                apiOnly.lanes().stream().map(Lane::id).toList());
        assertNull(apiOnly.scale(DayLayout.STRESS));
    }

    @Test
    void theClassBandHasABlockPerRunAndTheNightsTheirPeriods() throws Exception {
        DayLayout l = layout(series());
        // "1112223450": rest, inactive, low, medium, high, non-wear
        assertEquals(List.of(DayPalette.CLASS + 1, DayPalette.CLASS + 2, DayPalette.CLASS + 3, DayPalette.CLASS + 4,
                DayPalette.CLASS + 5, DayPalette.CLASS), l.classBlocks().stream().map(b -> b.level()).toList());
        assertEquals(l.xOf(START + 900) - l.xOf(START), l.classBlocks().get(0).width(), 1e-9);
        // the night before ends at 07:00, the rest period ends at the window's start, the night after starts 23:30
        assertEquals(2, l.sleepBlocks().stream().filter(b -> b.level() == DayPalette.SLEEP).count());
    }

    @Test
    void heartRateIsAPolylinePerSourceAndAGapStaysAGap() {
        DaySeries.Points points = new DaySeries.Points(new double[] {0, 300, 600, 700, 2000},
                new double[] {60, 62, 64, 120, 70}, new HeartRateSource[] {HeartRateSource.AWAKE,
                HeartRateSource.AWAKE, HeartRateSource.AWAKE, HeartRateSource.WORKOUT, HeartRateSource.AWAKE});
        ValueScale scale = ValueScale.nice(40, 140, 5, 0, 100);
        PointShapes.Drawn d = PointShapes.of(List.of(points), t -> t, scale, 0, 3000, DayLayout.HEART_RATE_GAP,
                new int[] {0}, 4);
        assertEquals(1, d.lines().size());
        assertEquals(3, d.lines().get(0).line().xs().length);
        assertEquals(DayPalette.HEART_RATE + HeartRateSource.AWAKE.ordinal(), d.lines().get(0).key());
        // the workout row stands alone (another source), the last one after 1300 s (a gap)
        assertEquals(List.of(DayPalette.HEART_RATE + HeartRateSource.WORKOUT.ordinal(),
                DayPalette.HEART_RATE + HeartRateSource.AWAKE.ordinal()), d.dots().stream().map(b -> b.level()).toList());
        assertEquals(2000, d.dots().get(1).x() + 2, 1e-9);
    }

    @Test
    void aReadingHoldsWhatEveryLaneShowsAtThatMoment() throws Exception {
        DaySeries s = series();
        DayReading first = DayReading.at(s, START + 30);
        assertEquals(ActivityClass.REST, first.activityClass());
        assertEquals(1.0, first.met());
        assertEquals(60, first.heartRate()); // the 04:00 row, held 5 minutes
        assertEquals(HeartRateSource.AWAKE, first.heartRateSource());
        assertTrue(Double.isNaN(DayReading.at(s, START + 100).met()), "the null MET item is a gap");
        DayReading walk = DayReading.at(s, START + 6 * 3600 + 30);
        assertEquals("Walking", walk.workout());
        assertEquals(33.5, walk.skinTemperature());
        assertTrue(Double.isNaN(walk.heartRate()), "no heart rate for hours: a gap, not the last value");
        assertNull(walk.activityClass());
        DayReading asleep = DayReading.at(s, START + 3600);
        assertEquals("Long sleep", asleep.sleep());
        assertEquals(SleepPhase.NONE, asleep.phase());
    }

    @Test
    void theCsvHasARowPerMinuteOfTheWindow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DayCsv.write(series(), out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(DayCsv.HEADER, lines.get(0));
        assertEquals(1 + 1440, lines.size());
        assertEquals("2024-03-05T04:00:00+01:00,rest,1,60,awake,,,,,,long_sleep,,", lines.get(1));
        // two rows at 04:01:40 (awake 70, rest 50): the last in the data's order, by source
        assertEquals("2024-03-05T04:02:00+01:00,rest,2.5,50,rest,,,,,,long_sleep,,", lines.get(3));
        assertEquals("2024-03-05T10:00:00+01:00,,,,,,,33.5,Walking,,,,", lines.get(1 + 360));
        assertEquals("2024-03-05T09:15:00+01:00,,,,,55,10,,,,,,", lines.get(1 + 315));
        // rest mode from 12:00 to 15:00: its first minute is in, the minute before it and its end are not
        assertTrue(lines.get(1 + 479).startsWith("2024-03-05T11:59:00+01:00,") && lines.get(1 + 479).endsWith(",,"));
        assertTrue(lines.get(1 + 480).startsWith("2024-03-05T12:00:00+01:00,") && lines.get(1 + 480).endsWith(",1"));
        assertTrue(lines.get(1 + 659).startsWith("2024-03-05T14:59:00+01:00,") && lines.get(1 + 659).endsWith(",1"));
        assertTrue(lines.get(1 + 660).startsWith("2024-03-05T15:00:00+01:00,") && lines.get(1 + 660).endsWith(",,"));
    }

    @Test
    void theNumbersHaveEverySectionTheDayHas() throws Exception {
        List<NightNumbers.Section> numbers = DayNumbers.of(series().day());
        assertEquals(List.of("Activity", "Time per class", "Stress", "Vitals", "Resilience", "Activity contributors",
                "Workouts, sessions, tags"), numbers.stream().map(NightNumbers.Section::title).toList());
        assertEquals(new NightNumbers.Row("Target calories", "450 kcal"), numbers.get(0).rows().get(4));
        assertEquals(new NightNumbers.Row("Rest", "0:15"), numbers.get(1).rows().get(1));
        assertTrue(numbers.get(6).rows().contains(new NightNumbers.Row("Caffeine", "08:00")), numbers.get(6).toString());
    }

    /** The day's rest mode (12:00 to 15:00, a cold logged): a band over every lane, in the legend and the readout. */
    @Test
    void restModeIsABandOverTheLanesNamedInTheLegendAndTheReadout() throws Exception {
        DaySeries s = series();
        assertEquals(List.of(new DaySeries.Span(START + 8 * 3600, START + 11 * 3600, "Rest mode: Cold")), s.restMode());
        DayLayout l = layout(s);
        List<Box> bands = l.marks().restModeBands();
        assertEquals(l.lanes().size(), bands.size(), "one band per lane, none over the titles between them");
        for (int i = 0; i < bands.size(); i++) {
            assertEquals(l.xOf(START + 8 * 3600), bands.get(i).x(), 1e-9);
            assertEquals(l.xOf(START + 11 * 3600) - l.xOf(START + 8 * 3600), bands.get(i).width(), 1e-9);
            assertEquals(l.lanes().get(i).top(), bands.get(i).y(), 1e-9);
            assertEquals(DayPalette.REST_MODE, bands.get(i).level());
        }
        assertTrue(l.marks().legend().stream().anyMatch(t -> t.text().equals("Rest mode")));
        assertTrue(DayReadout.lines(s, START + 9 * 3600).contains("Rest mode: Cold"));
        assertNull(DayReading.at(s, START + 11 * 3600).restMode(), "the end is not in it");
        assertTrue(DayReadout.lines(s, START + 7 * 3600).stream().noneMatch(x -> x.startsWith("Rest mode")));
        assertTrue(layout(series("heartrate-1.json")).marks().legend().stream()
                .noneMatch(t -> t.text().equals("Rest mode")), "no entry on a day without rest mode");
    }

    /** What the screen reader says and the SVG's title holds: the picture's numbers, in words. */
    @Test
    void theSentenceSaysWhatTheDayChartShows() throws Exception {
        DaySeries s = series();
        String sentence = DaySentence.of(s, s.start(), s.end());
        assertEquals("Activity day 2024-03-05, 04:00 to 04:00 (UTC+01:00): activity score 82, 9120 steps; most time"
                + " rest 15 min, then inactive 15 min; heart rate 50 to 150 bpm from 4 readings; workouts: Walking"
                + " 10:00–11:00; 1 session; tags: Caffeine, Jet lag, Alcohol; rest mode: Cold from 12:00 to 15:00. Lanes:"
                + " activity class, MET, heart rate,"
                + " daytime stress and recovery, skin temperature, the nights at both ends.", sentence);
        assertTrue(DaySentence.of(s, START + 3600, START + 7200).contains(" Shown: 05:00 to 06:00."));
        DaySeries withoutRestMode = series("heartrate-1.json");
        assertFalse(DaySentence.of(withoutRestMode, withoutRestMode.start(), withoutRestMode.end()).contains("rest mode"));
        assertTrue(new DayPicture(s, List.of(), s.start(), s.end(), DayPalette.LIGHT).description().equals(sentence));
    }
}
