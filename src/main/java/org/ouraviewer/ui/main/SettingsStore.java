package org.ouraviewer.ui.main;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.ouraviewer.io.AppDirs;
import org.ouraviewer.io.AtomicFiles;

/**
 * Reads and writes {@code settings.json} in the app's config folder. Writes are atomic and happen on
 * the app's executor, in order, a burst of changes written once; a missing or broken file gives the
 * defaults rather than an error.
 */
final class SettingsStore {
    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Executor background;
    /** The newest snapshot not written yet; null when every change is written or being written. */
    private final AtomicReference<SettingsJson> pending = new AtomicReference<>();

    SettingsStore(Path file, Executor background) {
        this.file = file;
        this.background = background;
    }

    /** The store in {@link AppDirs#config()} (tests point it elsewhere with {@code ouraviewer.config.dir}). */
    static SettingsStore standard(Executor background) {
        return new SettingsStore(AppDirs.config().resolve("settings.json"), background);
    }

    Path file() {
        return file;
    }

    Settings load() {
        try {
            return Settings.fromJson(JSON.readValue(Files.readAllBytes(file), SettingsJson.class));
        } catch (NoSuchFileException e) {
            return new Settings();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "ignoring unreadable settings " + file + ": " + e.getMessage());
            return new Settings();
        }
    }

    /** Writes a snapshot taken now (on the FX thread), in the background. */
    void saveLater(Settings settings) {
        if (pending.getAndSet(settings.toJson()) == null) {
            background.execute(this::writePending);
        }
    }

    /** Writes the newest snapshot; a write asked for meanwhile waits for this one, so the newest ends up last. */
    private synchronized void writePending() {
        SettingsJson json = pending.getAndSet(null);
        if (json != null) {
            write(json);
        }
    }

    /** Writes now and waits: used when the app closes. */
    void saveNow(Settings settings) {
        write(settings.toJson());
    }

    private synchronized void write(SettingsJson json) {
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not save settings to " + file + ": " + e.getMessage());
        }
    }
}
