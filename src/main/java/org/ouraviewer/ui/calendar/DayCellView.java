package org.ouraviewer.ui.calendar;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.ouraviewer.ui.common.Icons;

/**
 * One day of a month grid: the day of the month, the value, and markers for naps, tags and workouts.
 * Cells are created once and refilled on every repaint; the band is a pseudo-class, which costs less to
 * restyle than a style class.
 */
final class DayCellView extends StackPane {
    static final PseudoClass NO_VALUE = PseudoClass.getPseudoClass("no-value");
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    /** The node property holding the cell's day (for tests and tools that look at the scene). */
    static final String DAY_KEY = "ouraviewer.day";
    private static final java.time.format.DateTimeFormatter ACCESSIBLE =
            java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", java.util.Locale.ENGLISH);

    private final Label dayOfMonth = new Label();
    private final Label value = new Label();
    private final Node nap = marker(Icons.NAP, "nap-marker");
    private final Node tag = marker(Icons.TAG, "tag-marker");
    private final Node workout = marker(Icons.WORKOUT, "workout-marker");
    private DayBand band;
    private LocalDate day;

    DayCellView(Function<LocalDate, String> describe) {
        getStyleClass().add("day-cell");
        dayOfMonth.getStyleClass().add("day-of-month");
        value.getStyleClass().add("day-value");
        HBox markers = new HBox(nap, tag, workout);
        markers.getStyleClass().add("day-markers");
        markers.setAlignment(Pos.BOTTOM_RIGHT);
        markers.setMouseTransparent(true);
        StackPane.setAlignment(dayOfMonth, Pos.TOP_LEFT);
        getChildren().addAll(dayOfMonth, value, markers);
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(300));
        tip.setOnShowing(e -> tip.setText(day == null ? "" : describe.apply(day)));
        Tooltip.install(this, tip);
    }

    private static Node marker(Icons icon, String styleClass) {
        Node n = icon.node();
        n.getStyleClass().addAll("day-marker", styleClass);
        n.setVisible(false);
        n.setManaged(false);
        return n;
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
        setAccessibleText(ACCESSIBLE.format(day) + ": " + (cell.hasValue() ? cell.text() : "no data"));
        dayOfMonth.setText(Integer.toString(day.getDayOfMonth()));
        value.setText(cell.text());
        setBand(cell.band());
        pseudoClassStateChanged(NO_VALUE, !cell.hasValue());
        pseudoClassStateChanged(SELECTED, selected);
        showMarker(nap, cell.nap());
        showMarker(tag, cell.tag());
        showMarker(workout, cell.workout());
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

    private static void showMarker(Node marker, boolean shown) {
        marker.setVisible(shown);
        marker.setManaged(shown);
    }

    LocalDate day() {
        return day;
    }
}
