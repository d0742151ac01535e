package org.ouraviewer.chart.day;

import java.util.EnumMap;
import java.util.Map;
import org.ouraviewer.chart.NeutralColours;
import org.ouraviewer.chart.NightPalette;
import org.ouraviewer.chart.Rgb;
import org.ouraviewer.chart.ThemeColours;
import org.ouraviewer.metrics.day.ActivityClass;
import org.ouraviewer.model.HeartRateSource;

/**
 * The colours of the day chart, light and dark, every one by name from the theme ({@link ThemeColours}): the
 * night chart's neutrals and phases (the nights at the edges are its hypnogram), a colour per activity class
 * from rest (cool) to high (hot), and one per heart-rate source (Okabe–Ito, whose hues stay apart with the
 * common colour-vision deficiencies; the legend names them, so colour is not the only cue).
 */
public final class DayPalette implements NeutralColours {
    public static final DayPalette LIGHT = new DayPalette(NightPalette.LIGHT, ThemeColours.LIGHT);
    public static final DayPalette DARK = new DayPalette(NightPalette.DARK, ThemeColours.DARK);

    private final NightPalette night;
    private final Map<ActivityClass, Rgb> classes = new EnumMap<>(ActivityClass.class);
    private final Map<HeartRateSource, Rgb> sources = new EnumMap<>(HeartRateSource.class);
    private final Rgb met;
    private final Rgb stress;
    private final Rgb recovery;
    private final Rgb skinTemperature;
    private final Rgb workout;
    private final Rgb session;
    private final Rgb tag;
    private final Rgb restMode;

    private DayPalette(NightPalette night, ThemeColours t) {
        this.night = night;
        for (ActivityClass c : ActivityClass.values()) {
            classes.put(c, t.colour("-ov-class-" + c.code().replace('_', '-')));
        }
        for (HeartRateSource s : HeartRateSource.values()) {
            sources.put(s, t.colour("-ov-hr-" + s.code()));
        }
        met = t.colour("-ov-met");
        stress = t.colour("-ov-stress");
        recovery = t.colour("-ov-recovery");
        skinTemperature = t.colour("-ov-skin-temperature");
        workout = t.colour("-ov-workout");
        session = t.colour("-ov-session");
        tag = t.colour("-ov-tag");
        restMode = t.colour("-ov-rest-mode");
    }

    /** Keys of what a layout's boxes and strokes are coloured by ({@link #colour}): a class, a source, a phase … */
    public static final int CLASS = 0;
    public static final int HEART_RATE = 10;
    public static final int STRESS = 20;
    public static final int RECOVERY = 21;
    public static final int SKIN_TEMPERATURE = 22;
    public static final int MET = 23;
    public static final int WORKOUT = 30;
    public static final int SESSION = 31;
    public static final int TAG = 32;
    /** Rest mode: a see-through tint over the lanes. */
    public static final int REST_MODE = 33;
    /** A sleep period without phases (rest, or none recorded). */
    public static final int SLEEP = 39;
    public static final int PHASE = 40;

    /** The colour of a key: {@link #CLASS} + a class's ordinal, {@link #HEART_RATE} + a source's, {@link #PHASE} + a level … */
    public Rgb colour(int key) {
        if (key >= PHASE) {
            return phase(key - PHASE);
        }
        if (key >= HEART_RATE && key < STRESS) {
            return sources.get(HeartRateSource.values()[key - HEART_RATE]);
        }
        return switch (key) {
            case STRESS -> stress;
            case RECOVERY -> recovery;
            case SKIN_TEMPERATURE -> skinTemperature;
            case MET -> met;
            case WORKOUT -> workout;
            case SESSION -> session;
            case TAG -> tag;
            case REST_MODE -> restMode;
            case SLEEP -> night.mutedText();
            default -> classes.get(ActivityClass.values()[key - CLASS]);
        };
    }

    /** The palette of an appearance, which the window's View menu sets. */
    public static DayPalette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    public Rgb activityClass(ActivityClass c) {
        return classes.get(c);
    }

    public Rgb heartRate(HeartRateSource s) {
        return sources.get(s);
    }

    /** The colour of a sleep phase (1 deep … 4 awake), as on the Night tab. */
    public Rgb phase(int level) {
        return night.phase(level);
    }

    public Rgb laneBackground() {
        return night.laneBackground();
    }

    public Rgb periodBand() {
        return night.periodBand();
    }

    public Rgb met() {
        return met;
    }

    public Rgb stress() {
        return stress;
    }

    public Rgb recovery() {
        return recovery;
    }

    public Rgb skinTemperature() {
        return skinTemperature;
    }

    public Rgb workout() {
        return workout;
    }

    public Rgb session() {
        return session;
    }

    public Rgb tag() {
        return tag;
    }

    @Override
    public Rgb background() {
        return night.background();
    }

    @Override
    public Rgb text() {
        return night.text();
    }

    @Override
    public Rgb mutedText() {
        return night.mutedText();
    }

    @Override
    public Rgb grid() {
        return night.grid();
    }

    @Override
    public Rgb crosshair() {
        return night.crosshair();
    }

    @Override
    public Rgb readoutBackground() {
        return night.readoutBackground();
    }

    @Override
    public Rgb selection() {
        return night.selection();
    }
}
