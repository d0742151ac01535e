package org.ouraviewer.chart;

/**
 * The colours of the charts that are not a night (trends, tag effects), light and dark. The neutrals are
 * the night chart's ({@link NightPalette}), so every chart of the app sits on the same background; the two
 * series are Okabe–Ito blue and vermillion, which stay apart with the common colour-vision deficiencies,
 * and a second series is also told by its own axis and its legend, never by colour alone. The view picks
 * the palette of the window's appearance ({@link #of}), as the night chart does.
 *
 * @param first    the colour of the first metric; {@code second} of the second
 * @param band     the opacity of a metric's baseline band
 * @param marked   the days of a chosen tag (a tint over the plot)
 * @param positive a difference above zero in the tag-effect plot; {@code negative} one below
 */
public record ChartPalette(Rgb background, Rgb text, Rgb mutedText, Rgb grid, Rgb plotBackground, Rgb crosshair,
                           Rgb readoutBackground, Rgb selection, Rgb first, Rgb second, double band, Rgb marked, Rgb zero,
                           Rgb positive, Rgb negative) implements NeutralColours {

    public static final ChartPalette LIGHT = from(NightPalette.LIGHT, ThemeColours.LIGHT, 0.13);
    public static final ChartPalette DARK = from(NightPalette.DARK, ThemeColours.DARK, 0.18);

    private static ChartPalette from(NightPalette n, ThemeColours t, double band) {
        return new ChartPalette(n.background(), n.text(), n.mutedText(), n.grid(), n.laneBackground(), n.crosshair(),
                n.readoutBackground(), n.selection(), t.colour("-ov-series-first"), t.colour("-ov-series-second"), band,
                t.colour("-ov-tag-marked"), t.colour("-ov-effect-zero"), t.colour("-ov-effect-positive"),
                t.colour("-ov-effect-negative"));
    }

    /** The palette of an appearance, which the window's View menu sets. */
    public static ChartPalette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /** The colour of the {@code i}-th series (0 or 1). */
    public Rgb series(int i) {
        return i == 0 ? first : second;
    }
}
