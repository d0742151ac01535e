package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code export-day}: exit codes of CLI.md, the file written, the path printed, the lanes and marks drawn. */
class ExportDayCommandTest {
    private static final String DAY = DayCommandTest.fixture().toString();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesAPngOfTheDefaultSizeAndPrintsItsPath() throws Exception {
        Path png = dir.resolve("day.png");
        assertEquals(ExitCode.OK, run("export-day", "2024-03-05", DAY, "--out", png.toString()), stderr());
        ExportedPicture.assertPng(png, out.toString(StandardCharsets.UTF_8), 1600, 900, 1);
    }

    @Test
    void theSvgHasEveryLaneWithItsTitleTheMarksAndTheNumbers() throws Exception {
        Path svg = dir.resolve("day.svg");
        assertEquals(ExitCode.OK, run("export-day", "2024-03-05", DAY, "--out", svg.toString(), "--width", "1400",
                "--height=800"), stderr());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        Element root = doc.getDocumentElement();
        assertEquals("1400", root.getAttribute("width"));
        assertEquals("800", root.getAttribute("height"));
        assertEquals(List.of("lane-sleep", "lane-activity-class", "lane-met", "lane-heart-rate", "lane-daytime-stress",
                "lane-skin-temperature", "lane-events"), groups(doc).stream().filter(g -> g.startsWith("lane-")).toList());
        assertTrue(texts(doc, "lane-activity-class").contains("Activity class"));
        assertTrue(texts(doc, "lane-heart-rate").contains("Heart rate (bpm)"));
        // the workout, the session and the timed tag, named in their lane; the untimed tag only in the numbers
        List<String> events = texts(doc, "lane-events");
        assertTrue(events.containsAll(List.of("Walking", "Breathing session", "Caffeine")), events.toString());
        assertFalse(events.contains("Alcohol"), events.toString());
        List<String> legend = texts(doc, "legend");
        assertTrue(legend.containsAll(List.of("Rest", "High", "Awake", "Workout", "Deep")), legend.toString());
        List<String> numbers = texts(doc, "numbers");
        assertTrue(numbers.containsAll(List.of("Activity score", "82", "Steps", "9120", "Resilience")),
                numbers.toString());
        assertTrue(texts(doc, "header").get(0).contains("2024-03-05"));
        assertTrue(texts(doc, "time-axis").containsAll(List.of("04:00", "12:00")));
    }

    private static List<String> groups(Document doc) {
        List<String> ids = new ArrayList<>();
        NodeList g = doc.getElementsByTagName("g");
        for (int i = 0; i < g.getLength(); i++) {
            String id = ((Element) g.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<String> texts(Document doc, String group) {
        List<String> out = new ArrayList<>();
        NodeList g = doc.getElementsByTagName("g");
        for (int i = 0; i < g.getLength(); i++) {
            Element e = (Element) g.item(i);
            if (e.getAttribute("id").equals(group)) {
                NodeList t = e.getElementsByTagName("text");
                for (int j = 0; j < t.getLength(); j++) {
                    out.add(t.item(j).getTextContent());
                }
            }
        }
        return out;
    }

    @Test
    void aDayWithoutDataIsExitOneAndWritesNothing() {
        Path png = dir.resolve("none.png");
        assertEquals(ExitCode.INCOMPLETE, run("export-day", "2023-01-01", DAY, "--out", png.toString()));
        assertEquals("No data for 2023-01-01 in the files given.\n", stderr().replace("\r\n", "\n"));
        assertFalse(Files.exists(png));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void usageErrorsAreExitTwo() {
        ExportedPicture.assertUsageErrors("export-day", "2024-03-05", DAY, dir);
    }

    @Test
    void anUnreadableFileIsExitOneButTheDayIsStillWritten() throws Exception {
        ExportedPicture.assertUnreadableFileStillWrites("export-day", "2024-03-05", DAY, dir.resolve("day.svg"));
    }
}
