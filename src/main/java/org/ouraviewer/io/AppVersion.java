package org.ouraviewer.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The app's version, the one in {@code pom.xml}: the build writes it into {@code version.properties}
 * next to this class. Read from there rather than from the jar's manifest, because a runtime image made
 * by jlink keeps no manifest: {@code Package.getImplementationVersion()} is null in the installed app.
 */
public final class AppVersion {
    private static final String VERSION = read();

    private AppVersion() {
    }

    /** "0.1.0": what {@code oura-viewer --version} and Help ▸ About say. */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing: the app was not built by Maven");
            }
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version", "");
            if (version.isBlank() || version.startsWith("${")) {
                throw new IllegalStateException("version.properties was not filled in by the build: " + version);
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
