package org.ouraviewer.ui.common;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.model.OuraData;

/**
 * The state the views share: what is loaded, the day being looked at, the tab shown. Views observe it
 * and ask it for navigation ({@link #openDay}); they never reach into each other. FX thread only.
 */
public final class AppModel {
    private final ReadOnlyObjectWrapper<LoadResult> loaded = new ReadOnlyObjectWrapper<>(this, "loaded",
            LoadResult.EMPTY);
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ObjectProperty<Page> tab = new SimpleObjectProperty<>(this, "tab", Page.CALENDAR);
    private final ObjectProperty<LocalDate> usualNight = new SimpleObjectProperty<>(this, "usualNight");
    private Consumer<List<Path>> loader = paths -> {
        throw new IllegalStateException("no loader registered");
    };

    public ReadOnlyObjectProperty<LoadResult> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public LoadResult loaded() {
        return loaded.get();
    }

    public OuraData data() {
        return loaded.get().data();
    }

    /** Replaces what is loaded (the loading code calls this on the FX thread when a load ends). */
    public void setLoaded(LoadResult result) {
        loaded.set(Objects.requireNonNull(result));
    }

    /** The day the Night tab shows and the calendar has selected. */
    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<Page> tabProperty() {
        return tab;
    }

    /** Shows {@code day} in the Night tab (from the calendar, a table's double-click, …). */
    public void openDay(LocalDate day) {
        this.day.set(day);
        tab.set(Page.NIGHT);
    }

    /**
     * Shows {@code day}'s night over the median of the user's nights in the Nights tab ("Compare with my usual
     * night" of the Night tab). The day is set even when it was asked for before, so each request is seen.
     */
    public void compareWithUsualNight(LocalDate day) {
        usualNight.set(null);
        usualNight.set(Objects.requireNonNull(day));
        tab.set(Page.NIGHTS);
    }

    /** The night last asked to be compared with the usual night; null until one is. */
    public ObjectProperty<LocalDate> usualNightProperty() {
        return usualNight;
    }

    /** Loads more files, folders or zips in the background, adding to what is loaded. */
    public void load(List<Path> paths) {
        loader.accept(paths);
    }

    /** Set once by the main window, which owns the background loading. */
    public void setLoader(Consumer<List<Path>> loader) {
        this.loader = Objects.requireNonNull(loader);
    }
}
