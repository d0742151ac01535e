package org.ouraviewer.chart;

/**
 * The colours of the night chart, light and dark, from the theme ({@link ThemeColours}). Phases and series use
 * the Okabe–Ito palette, which stays distinguishable with the common colour-vision deficiencies; dark mode uses
 * lighter tints of it.
 */
public record NightPalette(Rgb background, Rgb text, Rgb mutedText, Rgb grid, Rgb laneBackground, Rgb deep,
                           Rgb light, Rgb rem, Rgb awake, Rgb heartRate, Rgb hrv, Rgb movement, Rgb crosshair,
                           Rgb readoutBackground, Rgb periodBand, Rgb selection) implements NeutralColours {

    public static final NightPalette LIGHT = from(ThemeColours.LIGHT);
    public static final NightPalette DARK = from(ThemeColours.DARK);

    private static NightPalette from(ThemeColours t) {
        return new NightPalette(t.colour("-ov-chart-background"), t.colour("-ov-chart-text"),
                t.colour("-ov-chart-text-dim"), t.colour("-ov-chart-grid"), t.colour("-ov-chart-lane"),
                t.colour("-ov-phase-deep"), t.colour("-ov-phase-light"), t.colour("-ov-phase-rem"),
                t.colour("-ov-phase-awake"), t.colour("-ov-heart-rate"), t.colour("-ov-hrv"), t.colour("-ov-movement"),
                t.colour("-ov-chart-crosshair"), t.colour("-ov-chart-readout"), t.colour("-ov-chart-period"),
                t.colour("-ov-chart-zoom"));
    }

    /** The colour of a sleep phase: 1 deep, 2 light, 3 REM, 4 awake. */
    public Rgb phase(int level) {
        return switch (level) {
            case SleepPhase.DEEP -> deep;
            case SleepPhase.LIGHT -> light;
            case SleepPhase.REM -> rem;
            default -> awake;
        };
    }

    /** The palette of an appearance, which the window's View menu sets. */
    public static NightPalette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }
}
