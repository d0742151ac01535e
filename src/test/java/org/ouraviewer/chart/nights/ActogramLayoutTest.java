package org.ouraviewer.chart.nights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.metrics.Fixture;
import org.ouraviewer.model.OuraData;

/** The actogram's geometry: a row per day while there is room, pixel rows of several days by majority after. */
class ActogramLayoutTest {
    @TempDir
    Path dir;

    /** {@code days} nights from 2020-01-01, 23:00 to 07:00 (+01:00), deep first then light. */
    private OuraData nights(int days) {
        Fixture f = new Fixture(dir);
        LocalDate first = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < days; i++) {
            LocalDate d = first.plusDays(i);
            f.period(d.toString(), "long_sleep", d.minusDays(1) + "T23:00:00+01:00", d + "T07:00:00+01:00",
                    ",\"sleep_phase_5_min\":\"" + "1".repeat(48) + "2".repeat(48) + "\"");
        }
        return f.load();
    }

    @Test
    void fewDaysGetARowEachOnWholePixels() {
        OuraData data = nights(14);
        ActogramRows rows = ActogramRows.of(data, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 14), Set.of());
        ActogramLayout l = new ActogramLayout(rows, ActogramLayout.Options.screen(1000, 700, 1.25), "", "Tag day");
        assertEquals(1, l.daysPerLine());
        assertEquals(14, l.bars(1).count());
        assertEquals(14, l.bars(2).count());
        for (int r = 0; r < 14; r++) {
            double top = l.rowTop(r) * 1.25;
            assertEquals(Math.rint(top), top, 1e-9, "row tops on device pixels");
            assertTrue(l.rowBottom(r) > l.rowTop(r));
            assertEquals(r, l.rowAt((l.rowTop(r) + l.rowBottom(r)) / 2));
        }
        // 23:00 is 5 h after 18:00, deep to 03:00, light to 07:00
        assertEquals(l.xOf(5 * 3600), l.bars(1).x(0), 1e-9);
        assertEquals(l.xOf(9 * 3600), l.bars(2).x(0), 1e-9);
        assertEquals(l.xOf(13 * 3600), l.bars(2).x(0) + l.bars(2).width(0), 1e-9);
        assertEquals(-1, l.rowAt(l.plot().top() - 1));
    }

    @Test
    void moreDaysThanPixelRowsShareThemAndEveryPixelRowIsOneDevicePixel() {
        OuraData data = nights(1200);
        ActogramRows rows = ActogramRows.of(data, LocalDate.of(2020, 1, 1), LocalDate.of(2023, 4, 14), Set.of());
        ActogramLayout l = new ActogramLayout(rows, ActogramLayout.Options.screen(1200, 500, 1), "", "Tag day");
        double pixelRows = l.plot().bottom() - l.plot().top();
        assertEquals(1200 / pixelRows, l.daysPerLine(), 1e-9);
        assertTrue(l.daysPerLine() > 2);
        for (int i = 0; i < l.bars(1).count(); i++) {
            assertEquals(1, l.bars(1).height(i), "one device pixel");
        }
        assertEquals(pixelRows, l.bars(1).count(), "every pixel row has its deep run");
        assertEquals(0, l.rowAt(l.plot().top()));
        assertEquals(1199, l.rowAt(l.plot().bottom() - 0.01));
        ActogramLayout twice = new ActogramLayout(rows, ActogramLayout.Options.screen(1200, 500, 2), "", "Tag day");
        assertEquals(0.5, twice.bars(1).height(0), "at 2× a pixel row is half a logical pixel");
    }

    @Test
    void aPixelRowShowsWhatMostOfItsDaysDid() {
        // three days a pixel row: two asleep 23:00–07:00, one not at all; then one asleep of three
        Fixture f = new Fixture(dir);
        LocalDate first = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 6; i++) {
            LocalDate d = first.plusDays(i);
            if (i == 0 || i == 1 || i == 3) {
                f.period(d.toString(), "long_sleep", d.minusDays(1) + "T23:00:00+01:00", d + "T07:00:00+01:00",
                        ",\"sleep_phase_5_min\":\"" + "3".repeat(96) + "\"");
            }
        }
        ActogramRows rows = ActogramRows.of(f.load(), first, first.plusDays(5), Set.of());
        RectList[] bars = new RectList[ActogramRows.STATES];
        for (int i = 0; i < bars.length; i++) {
            bars[i] = new RectList();
        }
        ActogramRaster.paint(rows, 2, 200, 0, 0, 1, bars);
        assertEquals(1, bars[3].count(), "only the first pixel row: two of three asleep");
        assertEquals(0, bars[3].y(0));
        assertEquals(50, bars[3].x(0), 1e-9, "23:00 is a quarter of the 20 hours");
        assertEquals(80, bars[3].width(0), 1e-9, "8 of the 20 hours");
    }

    @Test
    void theScreenGetsTheBarsAsOneImageOfDevicePixels() {
        OuraData data = nights(14);
        ActogramRows rows = ActogramRows.of(data, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 14), Set.of());
        ActogramLayout l = new ActogramLayout(rows, ActogramLayout.Options.screen(1000, 700, 2), "", "Tag day");
        ActogramPixels px = l.pixels();
        assertEquals(Math.round(l.plot().width() * 2), px.width());
        assertEquals(Math.round(l.plot().height() * 2), px.height());
        int y = (int) ((l.rowTop(3) + 1 - l.plot().top()) * 2);
        assertEquals(1, px.state((int) ((l.xOf(6 * 3600) - l.plot().left()) * 2), y), "deep at midnight");
        assertEquals(2, px.state((int) ((l.xOf(11 * 3600) - l.plot().left()) * 2), y), "light at 05:00");
        assertEquals(0, px.state((int) ((l.xOf(15 * 3600) - l.plot().left()) * 2), y), "awake and up at 09:00");
        int[] argb = px.argb(NightsPalette.DARK);
        assertEquals(0xff000000 | 0x3d9be0, argb[y * px.width() + (int) ((l.xOf(6 * 3600) - l.plot().left()) * 2)]);
        assertEquals(null, new ActogramLayout(rows, ActogramLayout.Options.export(1000, 700, 1), "", "").pixels(),
                "exports keep the rectangles");
    }

    @Test
    void aPainterWithoutImagesDrawsPixelsAsRunsOfRectangles() {
        org.ouraviewer.chart.SvgPainter svg = new org.ouraviewer.chart.SvgPainter(30, 20);
        int red = 0xffd55e00;
        svg.pixels(new int[] {red, red, 0, 0, 0, red}, 3, 2, 0, 0, 30, 20);
        String text = svg.toSvg();
        assertTrue(text.contains("<rect x=\"0\" y=\"0\" width=\"20\" height=\"10\" fill=\"#d55e00\"/>"), text);
        assertTrue(text.contains("<rect x=\"20\" y=\"10\" width=\"10\" height=\"10\" fill=\"#d55e00\"/>"), text);
        assertEquals(2, text.split("<rect").length - 1, "transparent pixels are nothing");
    }

    @Test
    void theAxesNameDaysMonthsAndHours() {
        OuraData data = nights(14);
        ActogramRows rows = ActogramRows.of(data, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 14), Set.of());
        ActogramLayout l = new ActogramLayout(rows, ActogramLayout.Options.export(1600, 900, 1), "Nights", "Tag day");
        var labels = l.axes().labels().stream().map(t -> t.text()).toList();
        assertTrue(labels.contains("Wed 1 Jan 2020"), labels::toString);
        assertTrue(labels.contains("Tue 14"), labels::toString);
        assertTrue(labels.contains("18:00") && labels.contains("00:00") && labels.contains("14:00"), labels::toString);
        assertEquals(l.xOf(6 * 3600), l.axes().midnightX(), 1e-9);
    }
}
