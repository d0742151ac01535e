package org.ouraviewer.chart;

/**
 * The neutral colours every chart shares, light or dark: the background, text, grid and what the screen draws
 * over a chart (crosshair, readout, zoom selection). The night's palette ({@link NightPalette}) and that of the
 * other charts ({@link ChartPalette}) have the same ones, so every chart of the app sits on the same background
 * and the pieces that draw only these colours serve them all.
 */
public interface NeutralColours {
    Rgb background();

    Rgb text();

    /** Secondary words: tick labels, notes, units. */
    Rgb mutedText();

    Rgb grid();

    Rgb crosshair();

    /** Behind the words that follow the pointer. */
    Rgb readoutBackground();

    /** A range being dragged out to zoom to. */
    Rgb selection();
}
