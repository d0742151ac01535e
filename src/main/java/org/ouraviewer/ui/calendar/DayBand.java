package org.ouraviewer.ui.calendar;

/**
 * The colour band of a day's value. Scores use Oura's three bands; the other metrics the neutral scale
 * from much lower to much higher than usual.
 * Each band is a CSS pseudo-class of a day cell; the colours are looked-up colours of the theme.
 */
public enum DayBand {
    OPTIMAL("optimal"),
    GOOD("good"),
    ATTENTION("attention"),
    MUCH_LOWER("much-lower"),
    LOWER("lower"),
    USUAL("usual"),
    HIGHER("higher"),
    MUCH_HIGHER("much-higher");

    private final String pseudoClass;

    DayBand(String pseudoClass) {
        this.pseudoClass = pseudoClass;
    }

    /** The CSS pseudo-class that colours a cell in this band. */
    public String pseudoClass() {
        return pseudoClass;
    }
}
