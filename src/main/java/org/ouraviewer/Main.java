package org.ouraviewer;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.ouraviewer.cli.CommandLine;
import org.ouraviewer.log.AppLog;

/**
 * The launcher's entry point: a headless command when the first word names one, otherwise the window.
 * It deliberately does not extend {@code Application}, so headless commands never load the JavaFX toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (CommandLine.isHeadless(args)) {
            AppLog.install(false);
            System.setProperty("java.awt.headless", "true");
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            System.exit(CommandLine.run(args, out, err));
        }
        AppLog.install(true);
        org.ouraviewer.ui.OuraViewerApp.launchWindow(args);
    }
}
