package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;

/** The launcher's first word, the window's display, output that cannot be written, names that must stay one line. */
class CommandLineTest {
    private static final String SLEEP = TestFiles.samples("api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json")
            .toString();

    @TempDir
    Path dir;

    @Test
    void aFirstWordThatIsNoCommandAndNoFileIsAUsageError() {
        assertTrue(CommandLine.isHeadless(new String[] {"logn"}), "not the window");
        CliRun typo = CliRun.of("sumary", "x");
        assertEquals(ExitCode.USAGE, typo.exitCode());
        assertEquals("oura-viewer: unknown command \"sumary\", and no file or folder of that name; did you mean"
                + " \"summary\"? (see oura-viewer --help)\n", typo.err());
        CliRun unknown = CliRun.of("hello");
        assertEquals(ExitCode.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("the commands are summary, night, export-night, day, fetch"), unknown.err());
        assertEquals(ExitCode.USAGE, CliRun.of("--frobnicate").exitCode());
    }

    @Test
    void anExistingFileOrFolderOpensTheWindow() {
        assertFalse(CommandLine.isHeadless(new String[] {SLEEP}));
        assertFalse(CommandLine.isHeadless(new String[] {dir.toString(), "more.json"}));
        assertFalse(CommandLine.isHeadless(new String[0]));
        assertTrue(CommandLine.isHeadless(new String[] {"summary", SLEEP}));
        assertTrue(CommandLine.isHeadless(new String[] {dir.resolve("missing.json").toString()}));
    }

    /** One registration per command: the help, the suggestions and the sentence above all name every one. */
    @Test
    void everyRegisteredCommandIsInTheHelpTheSuggestionsAndTheHeadlessSentence() {
        String help = CliRun.of("--help").out();
        String why = CommandLine.whyNoWindow(Map.of(), "Linux").orElseThrow();
        for (String name : Commands.names()) {
            assertTrue(help.contains("  oura-viewer " + name + " ") || help.contains("  oura-viewer " + name + "\n"),
                    name + " in the help");
            assertTrue(why.contains(" " + name + ",") || why.contains(" " + name + " "), name + " in: " + why);
            assertTrue(CommandLine.isHeadless(new String[] {name}), name);
        }
        for (var metric : org.ouraviewer.metrics.DayMetric.values()) {
            assertTrue(help.contains(metric.id()), metric.id() + " in the help");
        }
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneSentence() {
        Optional<String> why = CommandLine.whyNoWindow(Map.of("HOME", "/root"), "Linux");
        assertTrue(why.isPresent());
        assertEquals(1, why.get().lines().count());
        assertTrue(why.get().contains("no display") && why.get().contains("The commands summary, night, export-night,"
                + " day, fetch, trends,"), why.get());
        assertTrue(why.get().contains(" and logout work without a display"), why.get());
        assertEquals(Optional.empty(), CommandLine.whyNoWindow(Map.of("DISPLAY", ":0"), "Linux"));
        assertEquals(Optional.empty(), CommandLine.whyNoWindow(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux"));
        assertEquals(Optional.empty(), CommandLine.whyNoWindow(Map.of(), "Mac OS X"));
        assertEquals(Optional.empty(), CommandLine.whyNoWindow(Map.of(), "Windows 11"));
    }

    @Test
    void outputThatCannotBeWrittenIsExitOneAndASentence() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(new String[] {"summary", SLEEP}, new PrintStream(full, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(ExitCode.INCOMPLETE, code);
        assertEquals("oura-viewer: the output could not be written (the disk may be full, or what reads it stopped"
                + " reading).\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileNameWithANewlineIsPrintedEscapedOnOneLine() throws IOException {
        Path broken = Files.writeString(dir.resolve("bad\nname.json"), "{\"data\": [");
        CliRun run = CliRun.of("night", "2024-10-14", broken.toString(), SLEEP);
        assertEquals(ExitCode.INCOMPLETE, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith(dir + "/bad\\nname.json: "), run.err());

        Path out = dir.resolve("nuit\nété.svg");
        CliRun export = CliRun.of("export-night", "2024-10-14", SLEEP, "--out", out.toString());
        assertEquals(ExitCode.OK, export.exitCode(), export.err());
        assertEquals(dir + "/nuit\\nété.svg\n", export.out());
        assertTrue(Files.exists(out));
    }

    @Test
    void aFileThatCannotBeWrittenIsASentenceWithoutTemporaryNames() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain file"), "x");
        CliRun run = CliRun.of("export-night", "2024-10-14", SLEEP, "--out", notAFolder.resolve("n.png").toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("oura-viewer: --out " + notAFolder.resolve("n.png") + " cannot be made: "
                + notAFolder + " is a file, not a folder; nothing was written"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains(".tmp"), run.err());
    }

    @Test
    void aPngTooLargeForMemoryIsAUsageErrorAndSvgIsNot() {
        CliRun png = CliRun.of("export-night", "2024-10-14", SLEEP, "--out", dir.resolve("big.png").toString(),
                "--width", "10000", "--height", "10000");
        assertEquals(ExitCode.USAGE, png.exitCode());
        assertTrue(png.err().startsWith("oura-viewer: a PNG of --width 10000 × --height 10000 is 100,000,000 pixels,"
                + " more than the 24,000,000 it may have"), png.err());
        assertFalse(Files.exists(dir.resolve("big.png")));
        CliRun svg = CliRun.of("export-night", "2024-10-14", SLEEP, "--out", dir.resolve("big.svg").toString(),
                "--width", "10000", "--height", "10000");
        assertEquals(ExitCode.OK, svg.exitCode(), svg.err());
    }
}
