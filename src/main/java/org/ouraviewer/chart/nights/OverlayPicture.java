package org.ouraviewer.chart.nights;

import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.Picture;
import org.ouraviewer.model.SleepPeriod;

/**
 * The median night as a picture of any size, for the tab, PNG and SVG alike.
 *
 * @param reference the set compared with, or null
 * @param single    a night laid over the medians, or null
 */
public record OverlayPicture(MedianSet primary, MedianSet reference, SleepPeriod single, String title,
                             NightsPalette palette) implements Picture {

    public OverlayLayout layout(double width, double height) {
        return new OverlayLayout(primary, reference, single, OverlayLayout.Options.export(width, height), title);
    }

    @Override
    public String description() {
        return NightsSentence.medianNight(primary, reference, single);
    }

    @Override
    public void paint(Painter painter, double width, double height) {
        OverlayRenderer.paint(layout(width, height), palette, painter);
    }
}
