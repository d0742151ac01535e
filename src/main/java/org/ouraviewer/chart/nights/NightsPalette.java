package org.ouraviewer.chart.nights;

import org.ouraviewer.chart.NightPalette;
import org.ouraviewer.chart.Rgb;

/**
 * The colours of the Nights tab's two pictures: the Night tab's palette (phases, heart rate, HRV, text, grid)
 * and the few the many-nights views add. The tag and workout marks are theme.css's {@code -ov-tag} and
 * {@code -ov-workout}, so the actogram marks read as the calendar's do; the comparison set is a neutral grey,
 * so that the set asked about keeps the colour of its lane.
 *
 * @param plain     a period without a hypnogram (a Trends CSV night): known to be asleep, phase unknown
 * @param rest      a period the wearer marked as rest, or deleted: drawn thin, it is not sleep
 * @param reference the second set of the median night ("all other nights")
 * @param single    one night laid over the median night
 */
public record NightsPalette(NightPalette night, Rgb tag, Rgb workout, Rgb plain, Rgb rest, Rgb reference,
                            Rgb single, Rgb rowBand) {

    public static final NightsPalette LIGHT = new NightsPalette(NightPalette.LIGHT, Rgb.of(0x8c510a),
            Rgb.of(0x1b7837), Rgb.of(0x9aa3ad), Rgb.of(0x9aa3ad), Rgb.of(0x6e7781), Rgb.of(0x1f2328),
            Rgb.of(0xeef1f4));

    public static final NightsPalette DARK = new NightsPalette(NightPalette.DARK, Rgb.of(0xe5b46a),
            Rgb.of(0x7fd18f), Rgb.of(0x6c7580), Rgb.of(0x6c7580), Rgb.of(0x9aa3ad), Rgb.of(0xf0f0f0),
            Rgb.of(0x262b31));

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
