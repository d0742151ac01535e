package org.ouraviewer.chart;

/**
 * A night as a {@link Picture}: the series, the numbers and the time window shown, with the header and the
 * numbers beside the lanes as exports show them. Headless.
 */
public record NightPicture(NightSeries series, NightNumbers numbers, double viewStart, double viewEnd,
                           NightPalette palette) implements Picture {

    /** The whole of the series, light colours. */
    public static NightPicture of(NightSeries series, NightNumbers numbers) {
        return new NightPicture(series, numbers, series.start(), series.end(), NightPalette.LIGHT);
    }

    /** The layout of a picture {@code width × height} logical pixels. */
    public NightLayout layout(double width, double height) {
        return new NightLayout(series, numbers, NightLayout.Options.export(width, height), viewStart, viewEnd);
    }

    @Override
    public String description() {
        return ChartSentence.night(series, numbers, viewStart, viewEnd);
    }

    @Override
    public void paint(Painter painter, double width, double height) {
        NightRenderer.paint(layout(width, height), palette, painter);
    }
}
