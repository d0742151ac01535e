package org.ouraviewer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The time zoom on its own, with no chart: a day of 86,400 s from 1,000 and a minimum span of 600 s. */
class TimeZoomTest {
    private static final TimeZoom.Window DAY = new TimeZoom.Window(1_000, 87_400);

    private static TimeZoom day() {
        TimeZoom zoom = new TimeZoom(600);
        zoom.setWhole(DAY);
        return zoom;
    }

    @Test
    void showsTheWholeUntilAskedAndNothingWithoutAWhole() {
        TimeZoom zoom = new TimeZoom(600);
        zoom.zoomTo(0, 10);
        zoom.pan(100);
        assertNull(zoom.windowProperty().get());
        assertFalse(zoom.isZoomed());
        zoom.setWhole(DAY);
        assertEquals(DAY, zoom.windowProperty().get());
        assertFalse(zoom.isZoomed());
    }

    @Test
    void zoomsToARangeInEitherOrderAtLeastTheMinimumSpanInsideTheWhole() {
        TimeZoom zoom = day();
        zoom.zoomTo(8_200, 4_600);
        assertEquals(new TimeZoom.Window(4_600, 8_200), zoom.windowProperty().get());
        assertTrue(zoom.isZoomed());
        zoom.zoomTo(5_000, 5_010);
        assertEquals(new TimeZoom.Window(4_705, 5_305), zoom.windowProperty().get(), "600 s around the middle");
        zoom.zoomTo(-50_000, 500);
        assertEquals(new TimeZoom.Window(1_000, 51_500), zoom.windowProperty().get(), "moved inside the whole");
        zoom.zoomTo(-1e9, 1e9);
        assertEquals(DAY, zoom.windowProperty().get(), "never wider than the whole");
    }

    @Test
    void zoomsAroundAnAnchorThatStaysPutAndPansNoFurtherThanTheEnds() {
        TimeZoom zoom = day();
        zoom.zoomTo(11_000, 21_000);
        zoom.zoomAround(13_000, 0.5);
        assertEquals(new TimeZoom.Window(12_000, 17_000), zoom.windowProperty().get());
        zoom.zoomAroundCentre(2);
        assertEquals(new TimeZoom.Window(9_500, 19_500), zoom.windowProperty().get());
        zoom.pan(-100_000);
        assertEquals(new TimeZoom.Window(1_000, 11_000), zoom.windowProperty().get());
        zoom.pan(1e9);
        assertEquals(new TimeZoom.Window(77_400, 87_400), zoom.windowProperty().get());
        zoom.resetZoom();
        assertEquals(DAY, zoom.windowProperty().get());
    }
}
