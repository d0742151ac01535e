package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ouraviewer.TestFiles;

/**
 * The headless commands never load JavaFX: run in a JVM of their own (the test JVM has JavaFX loaded by
 * the UI tests), they must not load a single {@code javafx.} class, so they work without a display. One
 * launch goes through {@code org.ouraviewer.Main}; the data commands then run in one more JVM, one after
 * another, the way Main runs each ({@link HeadlessCommandsInOneJvm}): two JVM starts rather than ten.
 */
class HeadlessPathTest {
    @Test
    void theDataCommandsLoadNoJavaFxClass(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException, InterruptedException {
        String folder = TestFiles.samples("open-humans-notebook").toString();
        String launch = run("org.ouraviewer.Main", List.of("summary", folder, "--json"));
        assertTrue(launch.contains("\"files\" : ["), launch);

        List<List<String>> commands = List.of(List.of("summary", folder, "--json"),
                List.of("night", "2022-12-01", folder),
                List.of("trends", folder, "--json"), List.of("tag-effects", folder),
                List.of("median-night", folder, "--json"),
                List.of("export-trends", folder, "--out", dir.resolve("t.png").toString()),
                List.of("export-trends", folder, "--out", dir.resolve("t.svg").toString(), "--metric", "average_hrv"),
                List.of("export-nights", folder, "--out", dir.resolve("nights.png").toString()),
                List.of("export-nights", folder, "--view", "overlay", "--out", dir.resolve("usual.svg").toString()));
        List<String> args = new ArrayList<>();
        for (List<String> command : commands) {
            args.addAll(command);
            args.add(HeadlessCommandsInOneJvm.THEN);
        }
        String output = run(HeadlessCommandsInOneJvm.class.getName(), args);
        for (List<String> command : commands) {
            assertTrue(output.contains(HeadlessCommandsInOneJvm.EXIT + " 0 " + command), command + ": " + output);
        }
    }

    /** Runs {@code main} with {@code args} in a JVM that logs each class it loads; its output, once it ended 0. */
    private static String run(String main, List<String> args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), main));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("org.ouraviewer.cli.CommandLine"), "the log lists loaded classes");
        assertTrue(output.lines().noneMatch(l -> l.contains(" javafx.") || l.contains(" com.sun.javafx.")),
                () -> args.get(0) + " loaded JavaFX: " + output.lines().filter(l -> l.contains("javafx"))
                        .findFirst().orElse(""));
        return output;
    }
}
