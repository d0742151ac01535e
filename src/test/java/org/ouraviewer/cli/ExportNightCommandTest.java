package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;

/** {@code export-night}: exit codes of CLI.md, the file written, the path printed. */
class ExportNightCommandTest {
    private static final String NOTEBOOK = TestFiles.samples("open-humans-notebook").toString();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesAPngOfTheDefaultSizeAndPrintsItsPath() throws Exception {
        Path png = dir.resolve("night.png");
        assertEquals(ExitCode.OK, run("export-night", "2022-12-01", NOTEBOOK, "--out", png.toString()), stderr());
        ExportedPicture.assertPng(png, stdout(), 1600, 900, 1);
    }

    @Test
    void writesAnSvgOfTheSizeAsked() throws Exception {
        Path svg = dir.resolve("night.SVG");
        assertEquals(ExitCode.OK, run("export-night", "2022-12-01", NOTEBOOK, "--out", svg.toString(), "--width",
                "1200", "--height=700"), stderr());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml"));
        assertTrue(text.contains("width=\"1200\" height=\"700\""));
        assertTrue(text.contains("2022-12-01"));
    }

    @Test
    void aDayWithoutSleepIsExitOneWithTheNightsNearby() {
        Path png = dir.resolve("none.png");
        assertEquals(ExitCode.INCOMPLETE, run("export-night", "2022-11-20", NOTEBOOK, "--out", png.toString()));
        assertTrue(stderr().startsWith("No sleep data for 2022-11-20"), stderr());
        assertTrue(stderr().contains("2022-12-01"), stderr());
        assertFalse(Files.exists(png));
        assertEquals("", stdout());
    }

    @Test
    void usageErrorsAreExitTwo() {
        ExportedPicture.assertUsageErrors("export-night", "2022-12-01", NOTEBOOK, dir);
    }

    @Test
    void anUnreadableFileIsExitOneButTheNightIsStillWritten() throws Exception {
        ExportedPicture.assertUnreadableFileStillWrites("export-night", "2022-12-01", NOTEBOOK, dir.resolve("night.png"));
    }
}
