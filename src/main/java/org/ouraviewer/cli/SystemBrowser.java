package org.ouraviewer.cli;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Opens an address in the user's browser from the command line, where the AWT desktop is not available
 * (headless commands never load a GUI toolkit): {@code xdg-open}, {@code open} or Windows' URL handler.
 */
final class SystemBrowser {
    private SystemBrowser() {
    }

    /** Whether a browser opener was started; the address is still printed by the caller when not. */
    static boolean open(URI address) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.startsWith("windows")
                ? List.of("rundll32", "url.dll,FileProtocolHandler", address.toString())
                : os.startsWith("mac") ? List.of("open", address.toString()) : List.of("xdg-open", address.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
