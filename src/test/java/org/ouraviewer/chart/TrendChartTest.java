package org.ouraviewer.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.metrics.Baseline;
import org.ouraviewer.metrics.DailySeries;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.DayMetrics;
import org.ouraviewer.metrics.Fixture;
import org.ouraviewer.metrics.Trend;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The trend chart on three weeks with a gap: scores 70–74 on 1–5 January 2024 and 80–84 on 15–19 January,
 * nothing between. Gaps stay gaps in the rolling mean and the week steps; the picture and CSV follow.
 */
class TrendChartTest {
    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final DayRange THREE_WEEKS = new DayRange(JAN_1, LocalDate.of(2024, 1, 21));

    @TempDir
    Path dir;
    private DailySeries series;

    @BeforeEach
    void data() {
        Fixture f = new Fixture(dir);
        for (int i = 0; i < 5; i++) {
            f.dailySleep(JAN_1.plusDays(i).toString(), 70 + i);
            f.dailySleep(JAN_1.plusDays(14 + i).toString(), 80 + i);
        }
        series = DayMetrics.of(f.load()).series(DayMetric.SLEEP_SCORE);
    }

    private TrendChart chart(DayRange range, TrendChart.Periods periods, TreeSet<LocalDate> marked) {
        Trend t = Trend.of(series, range.from(), range.to(), 7);
        return new TrendChart(List.of(new TrendChart.Line(t, Baseline.of(series))), range, periods, marked,
                marked.isEmpty() ? null : "Alcohol, the night after");
    }

    @Test
    void theRollingMeanAndTheWeekStepsAreNotDrawnAcrossMissingDays() {
        TrendLayout layout = new TrendLayout(chart(THREE_WEEKS, TrendChart.Periods.WEEKS, new TreeSet<>()),
                TrendLayout.Options.screen(1000, 500));
        TrendShapes s = layout.shapes().get(0);
        assertEquals(10, s.dots());
        // 7-day mean with at least 4 values: 4–8 January, then 18–21 January; nothing from the 9th to the 17th
        assertEquals(2, s.rolling().size());
        double[] first = s.rolling().get(0).xs();
        assertEquals(5, first.length);
        assertEquals(layout.xOf(LocalDate.of(2024, 1, 4)), first[0], 1e-9);
        assertEquals(layout.xOf(LocalDate.of(2024, 1, 8)), first[4], 1e-9);
        assertEquals(s.scale().y(71.5), s.rolling().get(0).ys()[0], 1e-9);
        assertEquals(4, s.rolling().get(1).xs().length);
        assertEquals(layout.xOf(LocalDate.of(2024, 1, 18)), s.rolling().get(1).xs()[0], 1e-9);
        // week means: 2024-W01 (72) and 2024-W03 (82); W02 has no value, so two separate steps
        assertEquals(2, s.steps().size());
        assertEquals(s.scale().y(72), s.steps().get(0).ys()[0], 1e-9);
        assertEquals(layout.xOf(JAN_1) - layout.dayWidth() / 2, s.steps().get(0).xs()[0], 1e-9);
        assertEquals(layout.xOf(LocalDate.of(2024, 1, 7)) + layout.dayWidth() / 2, s.steps().get(0).xs()[1], 1e-9);
        assertNull(layout.emptyMessage());
    }

    @Test
    void daysAndPixelsMapBothWaysAndMarksFallOnTheirDays() {
        TreeSet<LocalDate> marked = new TreeSet<>(List.of(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 16),
                LocalDate.of(2024, 2, 1)));
        TrendLayout layout = new TrendLayout(chart(THREE_WEEKS, TrendChart.Periods.NONE, marked),
                TrendLayout.Options.screen(1000, 500));
        for (LocalDate d = JAN_1; !d.isAfter(THREE_WEEKS.to()); d = d.plusDays(1)) {
            assertEquals(d, layout.dayAt(layout.xOf(d)));
            assertEquals(d, layout.dayAt(layout.xOf(d) + layout.dayWidth() * 0.45));
        }
        assertEquals(JAN_1, layout.dayAt(-50), "kept within the range");
        assertEquals(2, layout.markedDays().size(), "the day outside the range is not marked");
        assertEquals(layout.xOf(LocalDate.of(2024, 1, 16)), layout.markedDays().get(1).x()
                + layout.markedDays().get(1).width() / 2, 1e-9);
        assertTrue(layout.keys().stream().anyMatch(k -> k.text().text().equals("Alcohol, the night after")));
    }

    @Test
    void aRangeWithoutValuesSaysSo() {
        DayRange february = new DayRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 10));
        TrendLayout layout = new TrendLayout(chart(february, TrendChart.Periods.NONE, new TreeSet<>()),
                TrendLayout.Options.screen(1000, 500));
        assertEquals("No sleep score values from 2024-02-01 to 2024-02-10", layout.emptyMessage());
        assertEquals(0, layout.shapes().get(0).dots());
    }

    @Test
    void thePictureIsAPngAtEveryScaleAndAnSvgWithTheMetricNamed() throws Exception {
        TrendPicture picture = new TrendPicture(chart(THREE_WEEKS, TrendChart.Periods.WEEKS, new TreeSet<>()),
                ChartPalette.DARK);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        picture.writePng(png, 800, 450, 2);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertEquals(1600, image.getWidth());
        assertEquals(900, image.getHeight());
        assertEquals(0x1e2226, image.getRGB(3, 3) & 0xffffff, "the dark palette's background");

        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        picture.writeSvg(svg, 800, 450);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.toByteArray()));
        String text = svg.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains(">Sleep score<"), "the metric's name is written");
        assertTrue(text.contains(" Jan 2024<"), "the day axis is labelled with days");
        Element rolling = null;
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("id").equals("rolling-mean-sleep_score")) {
                rolling = g;
            }
        }
        assertEquals(2, rolling.getElementsByTagName("polyline").getLength(), "two runs, not joined");
    }

    @Test
    void theCsvHasEveryDayThenTheWeeksAndMonths() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TrendCsv.write(List.of(Trend.of(series, THREE_WEEKS.from(), THREE_WEEKS.to(), 7)), out);
        List<String> rows = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(TrendCsv.HEADER, rows.get(0));
        assertEquals(1 + 21 + 2 + 1, rows.size());
        assertEquals("day,2024-01-01,sleep_score,70,,", rows.get(1));
        assertEquals("day,2024-01-04,sleep_score,73,71.5,", rows.get(4));
        assertEquals("day,2024-01-10,sleep_score,,,", rows.get(10));
        assertEquals("week,2024-W01,sleep_score,72,,5", rows.get(22));
        assertEquals("week,2024-W03,sleep_score,82,,5", rows.get(23));
        assertEquals("month,2024-01,sleep_score,77,,10", rows.get(24));
    }
}
