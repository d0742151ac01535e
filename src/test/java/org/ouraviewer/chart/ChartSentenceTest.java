package org.ouraviewer.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.metrics.Baseline;
import org.ouraviewer.metrics.DailySeries;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.DayMetrics;
import org.ouraviewer.metrics.Fixture;
import org.ouraviewer.metrics.TagEffect;
import org.ouraviewer.metrics.Trend;
import org.ouraviewer.model.SleepPeriod;

/** The sentences that say what a chart shows, for screen readers and the SVG's title. */
class ChartSentenceTest {
    @TempDir
    Path dir;

    /** 23:10 to 07:10 (+02:00), heart rate 48 to 71 over 5-minute samples, a gap in the middle. */
    private static NightSeries night() {
        float[] hr = new float[96];
        for (int i = 0; i < hr.length; i++) {
            hr[i] = i == 40 ? Float.NaN : 48 + (i * 23f / 95);
        }
        SleepPeriod p = Nights.period("2024-10-19T23:10:00+02:00", "2024-10-20T07:10:00+02:00", Nights.phases(8),
                hr);
        return new NightSeries(LocalDate.of(2024, 10, 20), List.of(p));
    }

    @Test
    void aNightSaysItsPeriodsHowLongItsSleepWasAndTheRangesOfItsLanes() {
        NightSeries s = night();
        assertEquals("Night of 2024-10-20: Long sleep 23:10–07:10 (UTC+02:00, 8:00); 7 h 50 min asleep. "
                + "Lanes: sleep phases, heart rate 48 to 71 bpm, HRV 48 to 71 ms, movement.",
                ChartSentence.night(s, null, s.start(), s.end()));
    }

    @Test
    void aZoomedNightSaysTheWindowShownAndTheRangesWithinIt() {
        NightSeries s = night();
        double start = s.start();
        String sentence = ChartSentence.night(s, null, start, start + 3600);
        assertTrue(sentence.contains(" Shown: 23:10 to 00:10. "), sentence);
        assertTrue(sentence.contains("heart rate 48 to 51 bpm"), sentence);
    }

    @Test
    void theSleepScoreComesFromTheNumbersWhenThereAreAny() {
        Fixture f = new Fixture(dir).dailySleep("2024-10-20", 75);
        NightSeries s = night();
        NightNumbers numbers = NightNumbers.of(f.load(), s.day(), s.periods());
        assertTrue(ChartSentence.night(s, numbers, s.start(), s.end()).contains("7 h 50 min asleep; sleep score 75."));
    }

    @Test
    void aTrendSaysItsRangeEachMetricsValuesAndWhatIsMarked() {
        LocalDate jan1 = LocalDate.of(2024, 1, 1);
        Fixture f = new Fixture(dir);
        for (int i = 0; i < 10; i++) {
            f.dailySleep(jan1.plusDays(i).toString(), 70 + i);
        }
        DailySeries series = DayMetrics.of(f.load()).series(DayMetric.SLEEP_SCORE);
        DayRange range = new DayRange(jan1, jan1.plusDays(13));
        TreeSet<LocalDate> marked = new TreeSet<>(List.of(jan1.plusDays(2), jan1.plusDays(5)));
        TrendChart chart = new TrendChart(List.of(new TrendChart.Line(Trend.of(series, range.from(), range.to(), 7),
                Baseline.of(series))), range, TrendChart.Periods.WEEKS, marked, "Alcohol, the night after");
        assertEquals("Trends from 2024-01-01 to 2024-01-14 (14 days): Sleep score, 10 days with a value, 70 to 79, "
                + "usual range " + DayMetric.SLEEP_SCORE.readable(Baseline.of(series).p25()) + " to "
                + DayMetric.SLEEP_SCORE.readable(Baseline.of(series).p75())
                + "; 7-day rolling mean; week means. Marked: Alcohol, the night after, 2 days.",
                ChartSentence.trend(chart));
    }

    @Test
    void tagEffectsSayTheStrongestThreeAndHowManyMore() {
        List<TagEffect> effects = List.of(new TagEffect("Alcohol", 12, 80, 70, 75, -5, -7, -3),
                new TagEffect("Late meal", 2, 90, 74, 75, -1, Double.NaN, Double.NaN),
                new TagEffect("Sauna", 20, 72, 76, 75, 1, -1, 3), new TagEffect("Yoga", 5, 87, 75, 75, 0, -2, 2));
        assertEquals("Tag effects on Sleep score, 4 tags, strongest first: Alcohol −5.0 (95 % interval −7.0 to −3.0, "
                + "12 days with); Late meal −1.0 (2 days with); Sauna +1.0 (95 % interval −1.0 to +3.0, 20 days with);"
                + " and 1 more.", ChartSentence.tagEffects(effects, DayMetric.SLEEP_SCORE));
        assertEquals("Tag effects on Sleep score: no tags.", ChartSentence.tagEffects(List.of(), DayMetric.SLEEP_SCORE));
    }

    @Test
    void theSvgCarriesTheSentenceAsItsTitle() throws Exception {
        NightSeries s = night();
        NightPicture picture = NightPicture.of(s, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        picture.writeSvg(out, 900, 600);
        String svg = out.toString(StandardCharsets.UTF_8);
        assertTrue(svg.contains(" role=\"img\">\n<title>Night of 2024-10-20: Long sleep 23:10–07:10 (UTC+02:00, "
                + "8:00); 7 h 50 min asleep. Lanes:"), svg.substring(0, 600));
    }
}
