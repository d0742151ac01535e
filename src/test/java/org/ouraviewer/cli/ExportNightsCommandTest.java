package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-nights}: both views, PNG and SVG, the options and exit codes of CLI.md, on the bundled sample. */
class ExportNightsCommandTest {
    private static final String SAMPLE = sample();

    @TempDir
    Path dir;

    private static String sample() {
        try {
            return Path.of(ExportNightsCommandTest.class.getResource("/org/ouraviewer/sample/index.txt").toURI())
                    .getParent().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theActogramAsAPngOfTheDefaultSizeWithItsPathPrinted() throws Exception {
        Path png = dir.resolve("nights.png");
        CliRun run = CliRun.of("export-nights", SAMPLE, "--out", png.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        ExportedPicture.assertPng(png, run.out(), 1600, 900, 1);
    }

    @Test
    void theMedianNightAfterATagAsSvgOfTheSizeAsked() throws Exception {
        Path svg = dir.resolve("usual.SVG");
        CliRun run = CliRun.of("export-nights", SAMPLE, "--out", svg.toString(), "--view", "overlay", "--tag",
                "alcohol", "--from", "2024-02-01", "--to=2024-04-30", "--width", "1200", "--height", "800");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("1200", doc.getDocumentElement().getAttribute("width"));
        assertEquals("800", doc.getDocumentElement().getAttribute("height"));
        String text = Files.readString(svg);
        assertTrue(text.contains("Median night, 2024-02-01 to 2024-04-30"));
        assertTrue(text.contains("After Alcohol, ") && text.contains("All other nights, "), "both sets, with their n");
        CliRun json = CliRun.of("median-night", SAMPLE, "--tag", "Alcohol", "--from", "2024-02-01", "--to",
                "2024-04-30", "--json");
        int nights = json.json().get("nights").asInt();
        assertTrue(text.contains("After Alcohol, " + nights + " nights"), "the nights of median-night --tag");
    }

    @Test
    void theActogramOfARangeMarksTheTagAsked() throws Exception {
        Path svg = dir.resolve("range.svg");
        CliRun run = CliRun.of("export-nights", SAMPLE, "--out", svg.toString(), "--from", "2024-03-01", "--to",
                "2024-03-14", "--tag", "Caffeine");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String text = Files.readString(svg);
        assertTrue(text.contains("Nights, 2024-03-01 to 2024-03-14"));
        assertTrue(text.contains(">Caffeine (tag day)</text>"));
        assertTrue(text.contains(">Fri 1 Mar 2024</text>"), "14 days: each row named");
    }

    @Test
    void usageErrorsExitTwoAndWriteNothing() {
        Path out = dir.resolve("x.png");
        for (String[] args : new String[][] {
            {"export-nights", SAMPLE, "--out", dir.resolve("x.jpg").toString()},
            {"export-nights", SAMPLE, "--out", out.toString(), "--view", "hypnogram"},
            {"export-nights", SAMPLE, "--out", out.toString(), "--from", "2024-03-02", "--to", "2024-03-01"},
            {"export-nights", SAMPLE, "--out", out.toString(), "--width", "100000"},
            {"export-nights", SAMPLE},
            {"export-nights", "--out", out.toString()}}) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCode.USAGE, run.exitCode(), String.join(" ", args));
            assertEquals(1, run.err().lines().count(), run.err());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void nothingToDrawExitsOneWithASentence() {
        Path out = dir.resolve("x.png");
        CliRun unknownTag = CliRun.of("export-nights", SAMPLE, "--out", out.toString(), "--tag", "Marathon");
        assertEquals(ExitCode.INCOMPLETE, unknownTag.exitCode());
        assertTrue(unknownTag.err().contains("No tag named \"Marathon\"") && unknownTag.err().contains("Alcohol"),
                unknownTag.err());
        CliRun noNights = CliRun.of("export-nights", SAMPLE, "--out", out.toString(), "--from", "2030-01-01");
        assertEquals(ExitCode.INCOMPLETE, noNights.exitCode());
        assertTrue(noNights.err().contains("they have nights from 2024-01-15"), noNights.err());
        assertFalse(Files.exists(out));
    }
}
