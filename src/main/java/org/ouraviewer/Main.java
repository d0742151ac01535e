package org.ouraviewer;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.ouraviewer.cli.CommandLine;
import org.ouraviewer.cli.ExitCode;
import org.ouraviewer.desktop.InstanceEndpoint;
import org.ouraviewer.desktop.InstanceServer;
import org.ouraviewer.log.AppLog;

/**
 * The launcher's entry point: a headless command when the first word names one (or is no file to open),
 * otherwise the window, unless a window is open already: then the files go to it ({@link InstanceEndpoint}).
 * It deliberately does not extend {@code Application}, so headless commands never load the JavaFX toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (CommandLine.isHeadless(args)) {
            AppLog.install(false);
            System.setProperty("java.awt.headless", "true");
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            System.exit(CommandLine.run(args, out, err));
        }
        InstanceEndpoint endpoint = InstanceEndpoint.standard();
        if (endpoint.handOver(List.of(args))) {
            System.exit(ExitCode.OK); // the window already open took the files and comes to the front
        }
        Optional<String> noWindow = CommandLine.whyNoWindow(System.getenv(), System.getProperty("os.name", ""));
        if (noWindow.isPresent()) {
            err.println(noWindow.get());
            System.exit(ExitCode.INCOMPLETE);
        }
        AppLog.install(true);
        Optional<InstanceServer> handOvers = endpoint.listen();
        try {
            org.ouraviewer.ui.OuraViewerApp.launchWindow(args, handOvers);
        } catch (RuntimeException | Error e) {
            AppLog.install(false); // the stack goes to the log file only
            err.println(CommandLine.windowFailed(e));
            close(handOvers);
            System.exit(ExitCode.INCOMPLETE);
        }
        close(handOvers);
    }

    /** The window is gone: the next launch finds no socket and opens its own at once. */
    private static void close(Optional<InstanceServer> handOvers) {
        try {
            if (handOvers.isPresent()) {
                handOvers.get().close();
            }
        } catch (IOException e) {
            // a stale socket file costs the next launch nothing: it replaces it
        }
    }
}
