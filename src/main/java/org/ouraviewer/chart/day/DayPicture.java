package org.ouraviewer.chart.day;

import java.util.List;
import org.ouraviewer.chart.NightLayout;
import org.ouraviewer.chart.NightNumbers;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.Picture;

/**
 * An activity day as a {@link Picture}: the series, the numbers and the time window shown, with the header and
 * the numbers beside the lanes, as {@code export-day} and the Day tab's export draw it. Headless.
 */
public record DayPicture(DaySeries series, List<NightNumbers.Section> numbers, double viewStart, double viewEnd,
                         DayPalette palette) implements Picture {

    /** The whole window of the day, light colours. */
    public static DayPicture of(DaySeries series) {
        return new DayPicture(series, DayNumbers.of(series.day()), series.start(), series.end(), DayPalette.LIGHT);
    }

    /** The layout of a picture {@code width × height} logical pixels. */
    public DayLayout layout(double width, double height) {
        return new DayLayout(series, numbers, NightLayout.Options.export(width, height), viewStart, viewEnd);
    }

    @Override
    public String description() {
        return DaySentence.of(series, viewStart, viewEnd);
    }

    @Override
    public void paint(Painter painter, double width, double height) {
        DayRenderer.paint(layout(width, height), palette, painter);
    }
}
