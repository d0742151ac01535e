package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;
import org.ouraviewer.desktop.InstanceEndpoint;
import org.ouraviewer.desktop.InstanceServer;

/**
 * A second launch as its own JVM, with this JVM playing the open window (the real endpoint, listening
 * where the launcher looks: the instance folder of the config folder). The launcher has no display, so
 * had it not handed its files over it would have ended with the no-window sentence and exit code 1.
 */
class SecondLaunchTest {
    /** Whoever does not display the window, so a launch that does not hand over ends at once. */
    private static final Map<String, String> NO_DISPLAY = Map.of("DISPLAY", "", "WAYLAND_DISPLAY", "");

    @TempDir
    Path tmp;
    final List<List<Path>> received = new CopyOnWriteArrayList<>();

    @Test
    void aSecondLaunchHandsItsFilesToTheOpenWindowAndExitsZero() throws Exception {
        Path config = tmp.resolve("config");
        Path file = TestFiles.samples("api-recordings/daily_sleep__multiple.json");
        try (InstanceServer window = new InstanceEndpoint(config.resolve("instance"), InstanceEndpoint.TIMEOUT)
                .listen().orElseThrow()) {
            window.deliverTo(received::add);

            ChildJvm launch = ChildJvm.start(config, List.of(), NO_DISPLAY, file.toString(), "relative.json");

            assertEquals(ExitCode.OK, launch.exitCode(), launch::err);
            assertEquals("", launch.err());
        }
        assertEquals(List.of(List.of(file.toAbsolutePath(), Path.of("relative.json").toAbsolutePath())), received);
    }

    @Test
    void aHeadlessCommandRunsItselfWhileAWindowIsOpen() throws Exception {
        Path config = tmp.resolve("config");
        Path file = TestFiles.samples("api-recordings/daily_sleep__multiple.json");
        try (InstanceServer window = new InstanceEndpoint(config.resolve("instance"), InstanceEndpoint.TIMEOUT)
                .listen().orElseThrow()) {
            window.deliverTo(received::add);

            ChildJvm summary = ChildJvm.start(config, List.of(), NO_DISPLAY, "summary", file.toString());

            assertEquals(ExitCode.OK, summary.exitCode(), summary::err);
            assertTrue(summary.out().contains("daily_sleep"), summary::out);
        }
        assertEquals(List.of(), received);
    }

    @Test
    void withNoWindowOpenALaunchGoesOnToOpenItsOwn() throws Exception {
        Path file = TestFiles.samples("api-recordings/daily_sleep__multiple.json");

        ChildJvm launch = ChildJvm.start(tmp.resolve("config"), List.of(), NO_DISPLAY, file.toString());

        assertEquals(ExitCode.INCOMPLETE, launch.exitCode(), launch::err);
        assertTrue(launch.err().contains("there is no display here"), launch::err);
    }
}
