package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;

/**
 * The launcher as a user starts it, in a process of its own: without a locale (cron, ssh, systemd), without a
 * display, into a full disk, under a 256 MB heap. The launcher scripts are run with a stand-in for Java that
 * shows what they would start it with.
 */
class LaunchersTest {
    private static final Path SLEEP = TestFiles.samples("api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json");
    private static final Path PACKAGING = Path.of("packaging");

    @TempDir
    Path dir;

    @BeforeAll
    static void onlyWhereThereIsAShell() {
        assumeTrue(new File("/bin/sh").canExecute(), "the launchers are shell scripts");
    }

    /** What a process printed (stdout and stderr together) and its exit code. */
    private record Run(int code, String output) {
    }

    private Run run(List<String> command, Map<String, String> env, File stdout) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("DISPLAY")
                || k.equals("WAYLAND_DISPLAY") || k.startsWith("JAVA_TOOL") || k.startsWith("JDK_JAVA"));
        pb.environment().putAll(env);
        if (stdout != null) {
            pb.redirectOutput(stdout);
        } else {
            pb.redirectErrorStream(true);
        }
        Process p = pb.start();
        String output = new String((stdout != null ? p.getErrorStream() : p.getInputStream()).readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher ended");
        return new Run(p.exitValue(), output);
    }

    /**
     * The JVM as the launchers start it, on the test's class path, with the app's data in target and a config
     * folder of its own: with the user's, a window the user has open would take the launch's files over.
     */
    private List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Douraviewer.data.dir=" + Path.of("target", "test-data").toAbsolutePath(),
                "-Douraviewer.config.dir=" + dir.resolve("config"),
                "-cp", System.getProperty("java.class.path"), "org.ouraviewer.Main"));
        command.addAll(List.of(args));
        return command;
    }

    /** A stand-in for java that prints LC_ALL and its arguments, at {@code bin} of a copied launcher. */
    private void fakeJava(Path bin) throws IOException {
        Files.createDirectories(bin);
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s|' \"LC_ALL=${LC_ALL:-}\" \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theLocaleBlockChoosesUtf8OnlyWhenNoUtf8LocaleIsSet() throws Exception {
        String script = ". " + PACKAGING.resolve("utf8-locale.sh").toAbsolutePath() + "; printf %s \"${LC_ALL:-}\"";
        assertEquals("C.UTF-8", run(List.of("/bin/sh", "-c", script), Map.of(), null).output());
        assertEquals("C.UTF-8", run(List.of("/bin/sh", "-c", script), Map.of("LC_ALL", "C"), null).output());
        assertEquals("C.UTF-8", run(List.of("/bin/sh", "-c", script), Map.of("LANG", "fr_FR.ISO-8859-1"), null).output());
        assertEquals("", run(List.of("/bin/sh", "-c", script), Map.of("LANG", "de_DE.UTF-8"), null).output());
        assertEquals("fr_FR.utf8", run(List.of("/bin/sh", "-c", script), Map.of("LC_ALL", "fr_FR.utf8"), null).output());
    }

    @Test
    void theInstalledLinuxLauncherRunsJavaInAUtf8LocaleAndPassesNamesThrough() throws Exception {
        Path app = dir.resolve("app");
        Files.createDirectories(app.resolve("bin"));
        Path launcher = Files.copy(PACKAGING.resolve("linux/launcher.sh"), app.resolve("bin/oura-viewer"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        fakeJava(app.resolve("lib/runtime/bin"));
        Run r = run(List.of(launcher.toString(), "summary", "café.json"), Map.of(), null);
        assertEquals("LC_ALL=C.UTF-8|-XX:TieredStopAtLevel=1|-XX:+UseSerialGC|-Xms16m|-XX:MaxNewSize=16m"
                + "|-XX:MinHeapFreeRatio=10|-XX:MaxHeapFreeRatio=30"
                + (hasGpuDevice() ? "" : "|-Dprism.order=sw|-Dprism.disableRegionCaching=true")
                + "|-m|org.ouraviewer/org.ouraviewer.Main|summary|café.json|", r.output());
    }

    /** Whether this machine has a device the launchers take for a GPU (packaging/no-gpu.sh). */
    private static boolean hasGpuDevice() {
        return Files.exists(Path.of("/dev/dri")) || Files.exists(Path.of("/dev/nvidiactl"));
    }

    @Test
    void withoutAGpuDeviceTheLaunchersChooseTheSoftwarePipelineAndNoOpenGlProbe() throws Exception {
        String script = "JLINK_VM_OPTIONS=-Xshare:auto; . " + PACKAGING.resolve("no-gpu.sh").toAbsolutePath()
                + "; printf '%s|%s' \"$JLINK_VM_OPTIONS\" \"${GDK_GL:-}\"";
        boolean linux = System.getProperty("os.name", "").startsWith("Linux");
        String expected = !linux || hasGpuDevice() ? "-Xshare:auto|"
                : "-Xshare:auto -Dprism.order=sw -Dprism.disableRegionCaching=true|disable";
        assertEquals(expected, run(List.of("/bin/sh", "-c", script), Map.of(), null).output());
    }

    @Test
    void inTheLocaleTheLaunchersSetNonAsciiNamesAreReadAndWritten() throws Exception {
        Path cafe = Files.copy(SLEEP, dir.resolve("café.json"));
        Run summary = run(java("summary", "café.json"), Map.of("LC_ALL", "C.UTF-8"), null);
        assertEquals(0, summary.code(), summary.output());
        assertTrue(summary.output().contains("café.json: json, sleep, 48 records"), summary.output());
        Run export = run(java("export-night", "2024-10-14", cafe.getFileName().toString(), "--out", "nuit-été.png"),
                Map.of("LC_ALL", "C.UTF-8"), null);
        assertEquals(0, export.code(), export.output());
        assertEquals(1600, ImageIO.read(dir.resolve("nuit-été.png").toFile()).getWidth());
        // what the launchers prevent: in plain C, the name is a usage error that says what to do, not a stack trace
        Run plain = run(java("summary", "café.json"), Map.of("LC_ALL", "C"), null);
        assertEquals(ExitCode.USAGE, plain.code(), plain.output());
        assertTrue(plain.output().contains("start oura-viewer with a UTF-8 locale, for example LC_ALL=C.UTF-8"),
                plain.output());
        assertFalse(plain.output().contains("Exception"), plain.output());
    }

    @Test
    void withoutADisplayTheWindowSaysSoAndExitsOne() throws Exception {
        Run r = run(java(), Map.of("LC_ALL", "C.UTF-8"), null);
        assertEquals(ExitCode.INCOMPLETE, r.code(), r.output());
        assertEquals(1, r.output().lines().count(), r.output());
        assertTrue(r.output().startsWith("oura-viewer: the window cannot open: there is no display here"), r.output());
        Run typo = run(java("logn"), Map.of("LC_ALL", "C.UTF-8"), null);
        assertEquals(ExitCode.USAGE, typo.code(), typo.output());
        assertTrue(typo.output().startsWith("oura-viewer: unknown command \"logn\""), typo.output());
    }

    @Test
    void summaryIntoAFullDiskExitsNonZeroWithOneSentence() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "this system has /dev/full");
        Run r = run(java("summary", SLEEP.toString()), Map.of("LC_ALL", "C.UTF-8"), full);
        assertEquals(ExitCode.INCOMPLETE, r.code(), r.output());
        assertEquals("oura-viewer: the output could not be written (the disk may be full, or what reads it stopped"
                + " reading).\n", r.output());
    }

    @Test
    void theLargestPngWorksUnderA256MbHeap() throws Exception {
        Run r = run(java("export-night", "2024-10-14", SLEEP.toString(), "--out", "large.png", "--width", "6000",
                "--height", "4000"), Map.of("LC_ALL", "C.UTF-8"), null);
        assertEquals(0, r.code(), r.output());
        assertEquals(6000, ImageIO.read(dir.resolve("large.png").toFile()).getWidth());
    }
}
