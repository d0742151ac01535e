package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.metrics.Fixture;

/** {@code export-trends}: the picture of CLI.md, the path printed, the exit codes of the other commands. */
class ExportTrendsCommandTest {
    @TempDir
    Path dir;

    /** Three weeks of sleep scores from 2024-01-01 and readiness on the first week. */
    private String files() {
        Path data = dir.resolve("data");
        try {
            java.nio.file.Files.createDirectories(data);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Fixture f = new Fixture(data);
        for (int i = 0; i < 21; i++) {
            f.dailySleep("2024-01-" + (i < 9 ? "0" : "") + (i + 1), 70 + i % 9);
        }
        for (int i = 1; i <= 7; i++) {
            f.readiness("2024-01-0" + i, 60 + i, 0.1 * i);
        }
        return f.write().toString();
    }

    @Test
    void writesAPngOfTheDefaultSizeAndPrintsItsPath() throws Exception {
        Path png = dir.resolve("trends.png");
        CliRun run = CliRun.of("export-trends", files(), "--out", png.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        ExportedPicture.assertPng(png, run.out(), 1600, 900, 2); // the data folder and the picture
    }

    @Test
    void anSvgHasTheDaysTheRollingMeanTheNamesAndUnitsOfBothMetrics() throws Exception {
        Path svg = dir.resolve("trends.svg");
        CliRun run = CliRun.of("export-trends", files(), "--out", svg.toString(), "--metric", "sleep_score",
                "--metric", "temperature_deviation", "--from", "2024-01-03", "--to=2024-01-12", "--width", "1200",
                "--height", "700");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml"));
        assertTrue(text.contains("width=\"1200\" height=\"700\""));
        assertTrue(text.contains(">Sleep score<"), "the first metric's axis");
        assertTrue(text.contains(">Temperature deviation (°C)<"), "the second metric's axis, with its unit");
        assertTrue(text.contains("id=\"values-sleep_score\"") && text.contains("id=\"rolling-mean-sleep_score\""));
        assertTrue(text.contains("Wednesday 3 January 2024 to Friday 12 January 2024 · 10 days"), "the range asked");
        assertTrue(text.contains(">4 Jan<") || text.contains(">4 Jan 2024<"), "the axis in days");
    }

    @Test
    void noValueInTheRangeIsExitOneAndNothingWritten() {
        Path png = dir.resolve("none.png");
        CliRun run = CliRun.of("export-trends", files(), "--out", png.toString(), "--metric", "steps");
        assertEquals(ExitCode.INCOMPLETE, run.exitCode());
        assertTrue(run.err().startsWith("No steps values"), run.err());
        assertFalse(Files.exists(png));
        assertEquals("", run.out());
    }

    @Test
    void anUnreadableFileIsExitOneButTheChartIsStillWritten() throws Exception {
        String data = files();
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[{\"day\": ");
        Path png = dir.resolve("trends.png");
        CliRun run = CliRun.of("export-trends", data, broken.toString(), "--out", png.toString());
        assertEquals(ExitCode.INCOMPLETE, run.exitCode());
        assertTrue(run.err().contains("broken.json"), run.err());
        assertTrue(Files.size(png) > 0);
    }

    @Test
    void usageErrorsAreExitTwo() {
        String data = files();
        String png = dir.resolve("x.png").toString();
        assertEquals(ExitCode.USAGE, CliRun.of("export-trends", data, "--out", dir.resolve("x.jpg").toString()).exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("export-trends", data).exitCode(), "--out is required");
        assertEquals(ExitCode.USAGE, CliRun.of("export-trends", "--out", png).exitCode(), "no path");
        assertEquals(ExitCode.USAGE, CliRun.of("export-trends", data, "--out", png, "--metric", "mood").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("export-trends", data, "--out", png, "--metric", "steps", "--metric",
                "sleep_score", "--metric", "spo2").exitCode(), "three metrics");
        assertEquals(ExitCode.USAGE, CliRun.of("export-trends", data, "--out", png, "--from", "2024-02-01", "--to",
                "2024-01-01").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("export-trends", data, "--out", png, "--width", "20000").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("export-trends", data, "--out", png, "--window", "7").exitCode(),
                "no --window in CLI.md's export-trends");
        assertFalse(Files.exists(Path.of(png)));
    }
}
