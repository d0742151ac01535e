package org.ouraviewer.chart.nights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.ouraviewer.metrics.TagDays;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.text.NumberText;
import org.w3c.dom.Document;

/** Both pictures as PNG and SVG through the one painter, and both series as CSV, on the bundled sample. */
class NightsExportTest {
    private static final OuraData DATA = SampleData.DATA;
    private static final LocalDate FROM = DATA.sleepDays().first();
    private static final LocalDate TO = DATA.sleepDays().last();

    private static ActogramPicture actogram(double scale) {
        return new ActogramPicture(ActogramRows.of(DATA, FROM, TO, NightSets.markedDays(TagDays.of(DATA), null)),
                "Nights", "Tag day", NightsPalette.DARK, scale);
    }

    private static OverlayPicture overlay() {
        NightSets sets = NightSets.of(DATA, TagDays.of(DATA), FROM, TO, "Alcohol", true);
        SleepPeriod single = DATA.mainSleep(LocalDate.of(2024, 3, 10)).orElseThrow();
        return new OverlayPicture(sets.primary(), sets.reference(), single, "Median night", NightsPalette.LIGHT);
    }

    @Test
    void picturesArePngsOfTheSizeAndScaleAsked() throws Exception {
        for (var picture : List.of(actogram(1), overlay())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            picture.writePng(out, 800, 500, 2);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
            assertEquals(1600, image.getWidth());
            assertEquals(1000, image.getHeight());
        }
    }

    @Test
    void picturesAreSvgDocumentsWithTheirParts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        actogram(1).writeSvg(out, 1200, 700);
        Document actogram = parse(out.toByteArray());
        assertEquals("1200", actogram.getDocumentElement().getAttribute("width"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("<g id=\"nights\">"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(">Tag day</text>"));
        out.reset();
        overlay().writeSvg(out, 1200, 700);
        parse(out.toByteArray());
        String svg = out.toString(StandardCharsets.UTF_8);
        assertTrue(svg.contains("<g id=\"lane-heart-rate\">") && svg.contains("<g id=\"lane-night\">")
                && svg.contains("<g id=\"lane-reference-phases\">"), "every lane");
        assertTrue(svg.contains("After Alcohol, "), "the set and its number of nights");
    }

    private static Document parse(byte[] svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    @Test
    void theActogramCsvHasARowPerPeriodOnItsRecordedClock() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NightsCsv.actogram(DATA, FROM, TO, NightSets.markedDays(TagDays.of(DATA), null), out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        int periods = 0;
        for (LocalDate d : DATA.sleepDays()) {
            periods += DATA.sleepPeriods(d).size();
        }
        assertEquals(NightsCsv.ACTOGRAM_HEADER, lines.get(0));
        assertEquals(periods + 1, lines.size());
        SleepPeriod first = DATA.sleepPeriods(FROM).get(0);
        String[] cells = lines.get(1).split(",");
        assertEquals(FROM.toString(), cells[0]);
        assertEquals(first.type().code(), cells[1]);
        assertEquals(first.start().toLocalDateTime().toString().length() == 16
                ? first.start().toLocalDateTime() + ":00" : first.start().toLocalDateTime().toString(), cells[2]);
        assertEquals(first.start().getOffset().toString(), cells[3]);
        assertEquals(Long.toString(first.length().getSeconds()), cells[6]);
        assertTrue(lines.stream().anyMatch(l -> l.contains(",+07:00,")), "the trip to Bangkok on its own clock");
        assertTrue(lines.stream().anyMatch(l -> l.contains(",+01:00,") && l.contains(",+02:00,")),
                "the night across the clock change has both offsets");
        assertTrue(lines.stream().anyMatch(l -> l.split(",")[1].equals("rest")), "rest periods are listed");
    }

    @Test
    void theMedianCsvHasARowPerSetAndBin() throws Exception {
        NightSets sets = NightSets.of(DATA, TagDays.of(DATA), FROM, TO, "Alcohol", true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NightsCsv.median(List.of(sets.primary(), sets.reference()), out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(NightsCsv.MEDIAN_HEADER, lines.get(0));
        assertEquals(1 + sets.primary().median().bins() + sets.reference().median().bins(), lines.size());
        String[] first = lines.get(1).split(",", -1);
        assertEquals(15, first.length);
        assertEquals("After Alcohol", first[0]);
        assertEquals(Integer.toString(sets.primary().median().nights()), first[1]);
        assertEquals("0", first[2]);
        assertEquals(NumberText.cell(sets.primary().median().heartRate().median(0)), first[3]);
        assertEquals("", NumberText.cell(Double.NaN), "null is an empty cell");
        assertEquals("0.1", NumberText.cell(0.1 + 0.0000000000001));
        assertTrue(lines.get(lines.size() - 1).startsWith("All other nights,"));
    }
}
