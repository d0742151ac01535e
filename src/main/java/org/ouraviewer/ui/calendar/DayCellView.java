package org.ouraviewer.ui.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.ouraviewer.ui.common.Icons;

/**
 * One day of a month grid: the day of the month, the value, and markers for naps, tags and workouts.
 * Hundreds are on screen and all are refilled when the month or metric changes, so a cell is kept
 * light: plain {@link Text} nodes laid out by hand, markers created only for days that have them, and
 * the band as a pseudo-class (cheaper to restyle than a style class).
 */
final class DayCellView extends Region {
    static final PseudoClass NO_VALUE = PseudoClass.getPseudoClass("no-value");
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** The node property holding the cell's day (for tests and tools that look at the scene). */
    static final String DAY_KEY = "ouraviewer.day";
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final Icons[] MARKER_ICONS = {Icons.NAP, Icons.TAG, Icons.WORKOUT};
    private static final String[] MARKER_CLASSES = {"nap-marker", "tag-marker", "workout-marker"};

    private final Text dayOfMonth = new Text();
    private final Text value = new Text();
    private final Node[] markers = new Node[3];
    private DayBand band;
    private LocalDate day;

    DayCellView(Function<LocalDate, String> describe) {
        getStyleClass().add("day-cell");
        dayOfMonth.getStyleClass().add("day-of-month");
        value.getStyleClass().add("day-value");
        dayOfMonth.setTextOrigin(VPos.TOP);
        value.setTextOrigin(VPos.CENTER);
        // Unmanaged: a new value re-positions the texts here instead of re-laying out the whole month.
        dayOfMonth.setManaged(false);
        value.setManaged(false);
        getChildren().addAll(dayOfMonth, value);
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(300));
        tip.setOnShowing(e -> tip.setText(day == null ? "" : describe.apply(day)));
        Tooltip.install(this, tip);
    }

    /** Shows {@code cell}, or nothing when the grid position is outside the month ({@code null}). */
    void show(DayCell cell, boolean selected) {
        if (cell == null) {
            day = null;
            getProperties().remove(DAY_KEY);
            setVisible(false);
            return;
        }
        setVisible(true);
        day = cell.day();
        getProperties().put(DAY_KEY, day);
        setAccessibleText(SPOKEN.format(day) + ": " + (cell.hasValue() ? cell.text() : "no data"));
        dayOfMonth.setText(Integer.toString(day.getDayOfMonth()));
        value.setText(cell.text());
        setBand(cell.band());
        pseudoClassStateChanged(NO_VALUE, !cell.hasValue());
        pseudoClassStateChanged(SELECTED, selected);
        showMarker(0, cell.nap());
        showMarker(1, cell.tag());
        showMarker(2, cell.workout());
        position();
    }

    private void setBand(DayBand newBand) {
        if (newBand != band) {
            if (band != null) {
                pseudoClassStateChanged(PseudoClass.getPseudoClass(band.pseudoClass()), false);
            }
            if (newBand != null) {
                pseudoClassStateChanged(PseudoClass.getPseudoClass(newBand.pseudoClass()), true);
            }
            band = newBand;
        }
    }

    private void showMarker(int i, boolean shown) {
        if (markers[i] == null) {
            if (!shown) {
                return;
            }
            markers[i] = MARKER_ICONS[i].node();
            markers[i].getStyleClass().addAll("day-marker", MARKER_CLASSES[i]);
            markers[i].setMouseTransparent(true);
            markers[i].setManaged(false);
            getChildren().add(markers[i]);
        }
        markers[i].setVisible(shown);
    }

    @Override
    protected void layoutChildren() {
        position();
    }

    private void position() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double right = getWidth() - snappedRightInset();
        double bottom = getHeight() - snappedBottomInset();
        dayOfMonth.relocate(left, top);
        double valueWidth = value.getLayoutBounds().getWidth();
        // The value sits a little below the middle, clear of the day of the month and the markers.
        value.setLayoutX((getWidth() - valueWidth) / 2 - value.getLayoutBounds().getMinX());
        value.setLayoutY(top + (bottom - top) * 0.58);
        // Markers line up from the right on the top row; those that would cover the day of the month
        // go to the bottom-right corner, clear of the centred value.
        double minX = left + dayOfMonth.getLayoutBounds().getWidth() + 1;
        double x = right;
        double bottomX = right;
        for (int i = markers.length - 1; i >= 0; i--) {
            Node m = markers[i];
            if (m != null && m.isVisible()) {
                double w = m.getLayoutBounds().getWidth();
                double h = m.getLayoutBounds().getHeight();
                if (x - w >= minX) {
                    x -= w;
                    m.relocate(x, top);
                    x -= 1;
                } else {
                    bottomX -= w;
                    m.relocate(bottomX, bottom - h);
                    bottomX -= 1;
                }
            }
        }
    }

    LocalDate day() {
        return day;
    }
}
