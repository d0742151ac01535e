package org.ouraviewer.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The exported pictures of the notebook night: the right size, drawn, and a well-formed SVG with every lane. */
class NightPictureTest {
    @Test
    void pngHasTheSizeTimesTheScaleAndIsDrawn() throws IOException {
        for (int scale = 1; scale <= 3; scale += 2) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            NotebookNight.picture().writePng(out, 800, 450, scale);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
            assertNotNull(image);
            assertEquals(800 * scale, image.getWidth());
            assertEquals(450 * scale, image.getHeight());
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 3) {
                for (int x = 0; x < image.getWidth(); x += 3) {
                    colours.add(image.getRGB(x, y) & 0xffffff);
                }
            }
            assertTrue(colours.size() > 20, "a picture, not a blank: " + colours.size() + " colours");
            for (int phase : new int[] {0x0072b2, 0x56b4e9, 0xcc79a7, 0xe69f00}) {
                assertTrue(colours.contains(phase), "phase colour " + Integer.toHexString(phase));
            }
        }
    }

    @Test
    void svgIsWellFormedWithEveryLaneTheDateAndTheNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NotebookNight.picture().writeSvg(out, 1600, 900);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
        Element svg = doc.getDocumentElement();
        assertEquals("svg", svg.getTagName());
        assertEquals("1600", svg.getAttribute("width"));
        Set<String> groups = new HashSet<>();
        NodeList gs = doc.getElementsByTagName("g");
        for (int i = 0; i < gs.getLength(); i++) {
            groups.add(((Element) gs.item(i)).getAttribute("id"));
        }
        assertTrue(groups.containsAll(Set.of("lane-sleep-phases", "lane-heart-rate", "lane-hrv", "lane-movement",
                "time-axis", "header", "numbers")), groups.toString());
        StringBuilder text = new StringBuilder();
        NodeList texts = doc.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            text.append(texts.item(i).getTextContent()).append('\n');
        }
        String all = text.toString();
        for (String expected : new String[] {"2022-12-01", "Thursday 1 December 2022", "Sleep phases",
            "Heart rate (bpm)", "HRV (ms)", "Movement", "01:00", "08:00", "Sleep score", "75", "Readiness score", "86",
            "6:44  (83 %)", "53 bpm", "48 ms", "14.5 /min"}) {
            assertTrue(all.contains(expected), "missing " + expected);
        }
        assertTrue(doc.getElementsByTagName("polyline").getLength() >= 4, "heart rate and HRV lines");
    }

    @Test
    void svgNumbersHaveAtMostTwoDecimals() {
        assertEquals("12", SvgPainter.n(12.001));
        assertEquals("12.50", SvgPainter.n(12.5));
        assertEquals("-0.07", SvgPainter.n(-0.0712));
        assertEquals("3.05", SvgPainter.n(3.049));
        assertEquals("-4", SvgPainter.n(-3.999));
    }

    @Test
    void svgEscapesText() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", SvgPainter.escape("a <b> & \"c\""));
    }
}
