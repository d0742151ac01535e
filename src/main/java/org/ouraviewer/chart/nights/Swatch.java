package org.ouraviewer.chart.nights;

/** What a legend entry stands for; {@link NightsPalette#swatch} gives its colour. */
public enum Swatch {
    DEEP, LIGHT, REM, AWAKE, PLAIN, REST, TAG, WORKOUT, HEART_RATE, HRV, REFERENCE, SINGLE
}
