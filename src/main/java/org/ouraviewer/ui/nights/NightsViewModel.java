package org.ouraviewer.ui.nights;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ouraviewer.chart.DayRange;
import org.ouraviewer.chart.nights.ActogramRows;
import org.ouraviewer.chart.nights.NightSets;
import org.ouraviewer.metrics.TagDays;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Tasks;

/**
 * The state of the Nights tab, without any Node: the range, the view (actogram or median night), the tag
 * chosen and whether to compare with the other nights, a single night to lay over the median; and what they
 * make ({@link Content}), computed in the background on the app's executor whenever one of them or the data
 * changes. A result that arrives after a newer request is dropped. FX thread only.
 */
public final class NightsViewModel {
    /** The two views of the tab. */
    public enum Mode { ACTOGRAM, MEDIAN }

    /**
     * Everything the views draw, computed together off the FX thread.
     *
     * @param sets   the median night's sets (with a tag, the nights after it; compared with the others)
     * @param single the night laid over the median, or null
     */
    public record Content(OuraData data, DayRange range, String tag, ActogramRows rows, NightSets sets,
                          SleepPeriod single) {
    }

    private final AppModel app;
    private final Executor background;
    private final ObjectProperty<DayRange> range = new SimpleObjectProperty<>(this, "range");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.ACTOGRAM);
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>(this, "tag");
    private final BooleanProperty compare = new SimpleBooleanProperty(this, "compare", true);
    private final ObjectProperty<LocalDate> singleDay = new SimpleObjectProperty<>(this, "singleDay");
    private final ReadOnlyObjectWrapper<DayRange> bounds = new ReadOnlyObjectWrapper<>(this, "bounds");
    private final ReadOnlyObjectWrapper<List<String>> tagNames = new ReadOnlyObjectWrapper<>(this, "tagNames",
            List.of());
    private final ReadOnlyObjectWrapper<DayRange> wantedRange = new ReadOnlyObjectWrapper<>(this, "wantedRange");
    private final ReadOnlyObjectWrapper<Content> content = new ReadOnlyObjectWrapper<>(this, "content");
    private TagDays tags = TagDays.of(OuraData.EMPTY);
    private int requests;

    public NightsViewModel(AppModel app, Executor background) {
        this.app = app;
        this.background = background;
        app.loadedProperty().addListener((o, was, now) -> dataChanged());
        range.addListener((o, was, now) -> recompute());
        tag.addListener((o, was, now) -> recompute());
        compare.addListener((o, was, now) -> recompute());
        singleDay.addListener((o, was, now) -> recompute());
        app.usualNightProperty().addListener((o, was, now) -> {
            if (now != null) {
                showUsualNight(now);
            }
        });
        dataChanged();
        if (app.usualNightProperty().get() != null) {
            showUsualNight(app.usualNightProperty().get());
        }
    }

    /** New data: the tags and the days there are nights for; the content follows. */
    private void dataChanged() {
        OuraData data = app.data();
        tags = TagDays.of(data);
        tagNames.set(tags.names());
        if (tag.get() != null && !tags.byName().containsKey(tag.get())) {
            tag.set(null);
        }
        bounds.set(data.sleepDays().isEmpty() ? null : new DayRange(data.sleepDays().first(), data.sleepDays().last()));
        recompute();
    }

    /**
     * The night of {@code day} over the median of all the nights of the range; the range moves to hold the
     * day (the 90 days up to it) when it does not already.
     */
    public void showUsualNight(LocalDate day) {
        mode.set(Mode.MEDIAN);
        tag.set(null);
        singleDay.set(day);
        DayRange r = range.get();
        DayRange b = bounds.get();
        if (b != null && b.contains(day) && (r == null || !r.contains(day))) {
            wantedRange.set(null);
            wantedRange.set(DayRange.within(b, day.minusDays(89), 90));
        }
    }

    private void recompute() {
        int request = ++requests;
        OuraData data = app.data();
        DayRange r = range.get();
        String t = tag.get();
        boolean withOthers = compare.get();
        LocalDate single = singleDay.get();
        TagDays tagDays = tags;
        if (r == null) {
            content.set(null);
            return;
        }
        Tasks.create(() -> compute(data, tagDays, r, t, withOthers, single))
                .onSuccess(c -> {
                    if (request == requests) {
                        content.set(c);
                    }
                })
                .runOnce(background);
    }

    /** The content of a request; runs on the background executor. */
    static Content compute(OuraData data, TagDays tags, DayRange r, String tag, boolean compare, LocalDate single) {
        ActogramRows rows = ActogramRows.of(data, r.from(), r.to(), NightSets.markedDays(tags, tag));
        NightSets sets = NightSets.of(data, tags, r.from(), r.to(), tag, compare);
        SleepPeriod night = single == null ? null : data.mainSleepOrLongest(single).orElse(null);
        return new Content(data, r, tag, rows, sets, night);
    }

    /** Opens {@code day} in the Night tab. */
    public void open(LocalDate day) {
        app.openDay(day);
    }

    public OuraData data() {
        return app.data();
    }

    /** The days shown; the view keeps it in line with its range control. */
    public ObjectProperty<DayRange> rangeProperty() {
        return range;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** The tag chosen (by its name in the Tags tab), or null: every night, every tag day marked. */
    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    /** Whether the median night of a tag's nights is drawn over all the other nights of the range. */
    public BooleanProperty compareProperty() {
        return compare;
    }

    /** The day whose night is laid over the median night, or null. */
    public ObjectProperty<LocalDate> singleDayProperty() {
        return singleDay;
    }

    /** The first and last day with sleep periods; null when there are none. */
    public ReadOnlyObjectProperty<DayRange> boundsProperty() {
        return bounds.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<String>> tagNamesProperty() {
        return tagNames.getReadOnlyProperty();
    }

    /** A range the tab should show (set when a night is compared with the usual one); the view applies it. */
    public ReadOnlyObjectProperty<DayRange> wantedRangeProperty() {
        return wantedRange.getReadOnlyProperty();
    }

    /** What the views draw; null while nothing is loaded. */
    public ReadOnlyObjectProperty<Content> contentProperty() {
        return content.getReadOnlyProperty();
    }
}
