package org.ouraviewer.chart.nights;

import org.ouraviewer.chart.NightPalette;
import org.ouraviewer.chart.Rgb;
import org.ouraviewer.chart.ThemeColours;

/**
 * The colours of the Nights tab's two pictures: the Night tab's palette (phases, heart rate, HRV, text, grid)
 * and the few the many-nights views add, all from the theme ({@link ThemeColours}). The tag and workout marks are
 * theme.css's {@code -ov-tag} and {@code -ov-workout}, so the actogram marks read as the calendar's do; the comparison set is a neutral grey,
 * so that the set asked about keeps the colour of its lane.
 *
 * @param plain     a period without a hypnogram (a Trends CSV night): known to be asleep, phase unknown
 * @param rest      a period the wearer marked as rest, or deleted: drawn thin, it is not sleep
 * @param reference the second set of the median night ("all other nights")
 * @param single    one night laid over the median night
 */
public record NightsPalette(NightPalette night, Rgb tag, Rgb workout, Rgb plain, Rgb rest, Rgb reference,
                            Rgb single, Rgb rowBand) {

    public static final NightsPalette LIGHT = from(NightPalette.LIGHT, ThemeColours.LIGHT);
    public static final NightsPalette DARK = from(NightPalette.DARK, ThemeColours.DARK);

    private static NightsPalette from(NightPalette night, ThemeColours t) {
        return new NightsPalette(night, t.colour("-ov-tag"), t.colour("-ov-workout"), t.colour("-ov-phase-plain"),
                t.colour("-ov-phase-rest"), t.colour("-ov-set-reference"), t.colour("-ov-set-single"),
                t.colour("-ov-chart-row-band"));
    }

    /** The palette of an appearance, which the window's View menu sets. */
    public static NightsPalette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /** The colour of an actogram state ({@link ActogramRows}: a phase, plain sleep or rest). */
    public Rgb state(int state) {
        return switch (state) {
            case ActogramRows.PLAIN -> plain;
            case ActogramRows.REST -> rest;
            default -> night.phase(state);
        };
    }

    /** The colour of a legend entry. */
    public Rgb swatch(Swatch s) {
        return switch (s) {
            case DEEP -> night.deep();
            case LIGHT -> night.light();
            case REM -> night.rem();
            case AWAKE -> night.awake();
            case PLAIN -> plain;
            case REST -> rest;
            case TAG -> tag;
            case WORKOUT -> workout;
            case HEART_RATE -> night.heartRate();
            case HRV -> night.hrv();
            case REFERENCE -> reference;
            case SINGLE -> single;
        };
    }
}
