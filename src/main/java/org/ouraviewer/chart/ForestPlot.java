package org.ouraviewer.chart;

import java.util.List;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.TagEffect;

/**
 * The tag effects of one metric as a forest plot: a row per tag, in the order given (strongest first), with
 * a dot at the difference of means and a bar over its 95 % interval on one shared scale, zero marked by a
 * line. Beside each: the tag's name, its nights with and without, the difference and the interval. Tags
 * with few nights ({@link TagEffect#few()}) are drawn faint and say so. Laid out for one width, painted
 * through a {@link Painter}, so it shows on screen and exports like every chart.
 */
public final class ForestPlot {
    private final List<TagEffect> effects;
    private final DayMetric metric;
    private final double width;
    private final double f;
    private final double rowHeight;
    private final double top;
    private final double plotLeft;
    private final double plotRight;
    private final double lo;
    private final double hi;

    public ForestPlot(List<TagEffect> effects, DayMetric metric, double width, double fontSize) {
        this.effects = List.copyOf(effects);
        this.metric = metric;
        this.width = width;
        this.f = fontSize;
        this.rowHeight = f * 2.9;
        this.top = f * 1.8;
        this.plotLeft = width * 0.38;
        this.plotRight = Math.max(plotLeft + 20, width - Math.max(f * 7.5, width * 0.25));
        // the scale fits the tags with enough nights when there are any: a tag of two nights has an interval
        // so wide that it would squeeze every other bar to a dot; its bar is cut at the edges instead
        boolean anySteady = effects.stream().anyMatch(e -> !e.few());
        double min = 0;
        double max = 0;
        for (TagEffect e : effects) {
            if (anySteady && e.few()) {
                continue;
            }
            if (e.hasInterval()) {
                min = Math.min(min, e.ciLow());
                max = Math.max(max, e.ciHigh());
            }
            min = Math.min(min, e.difference());
            max = Math.max(max, e.difference());
        }
        double pad = (max - min) * 0.06 + 1e-9;
        lo = min - pad;
        hi = max + pad;
    }

    /** The height it needs: the scale at the top and a row per tag. */
    public double height() {
        return top + Math.max(1, effects.size()) * rowHeight + f * 0.5;
    }

    public List<TagEffect> effects() {
        return effects;
    }

    /** The row at {@code y}, or −1 above or below the rows. */
    public int rowAt(double y) {
        int i = (int) Math.floor((y - top) / rowHeight);
        return y >= top && i < effects.size() ? i : -1;
    }

    /** The top of row {@code i}. */
    public double rowTop(int i) {
        return top + i * rowHeight;
    }

    public double rowHeight() {
        return rowHeight;
    }

    private double x(double v) {
        return plotLeft + (v - lo) / (hi - lo) * (plotRight - plotLeft);
    }

    /** Paints it on a background of its own; {@code selected} is the chosen tag's row (−1 for none). */
    public void paint(Painter p, ChartPalette palette, int selected) {
        p.color(palette.background());
        p.fillRect(0, 0, width, height());
        if (effects.isEmpty()) {
            p.color(palette.mutedText());
            p.text("No tag has two nights with a value", width / 2, top + f * 1.6, f, false, Painter.Anchor.MIDDLE);
            return;
        }
        double bottom = top + effects.size() * rowHeight;
        p.begin("forest-scale");
        p.color(palette.mutedText());
        // the ends of the scale are labelled where they do not crowd the zero
        if (x(0) - plotLeft > f * 3.5) {
            p.text(MetricAxis.difference(metric, lo), plotLeft, top - f * 0.5, f * 0.8, false, Painter.Anchor.START);
        }
        if (plotRight - x(0) > f * 3.5) {
            p.text(MetricAxis.difference(metric, hi), plotRight, top - f * 0.5, f * 0.8, false, Painter.Anchor.END);
        }
        p.text("0", x(0), top - f * 0.5, f * 0.8, true, Painter.Anchor.MIDDLE);
        p.end();
        for (int i = 0; i < effects.size(); i++) {
            row(p, palette, i, i == selected);
        }
        p.color(palette.zero().withOpacity(0.6));
        p.line(x(0), top - f * 0.2, x(0), bottom, 1);
    }

    private void row(Painter p, ChartPalette palette, int i, boolean selected) {
        TagEffect e = effects.get(i);
        double y = rowTop(i);
        double opacity = e.few() ? 0.5 : 1;
        p.begin("tag-" + e.tag());
        if (selected) {
            p.color(palette.selection());
            p.fillRect(0, y, width, rowHeight);
        } else if (i % 2 == 1) {
            p.color(palette.plotBackground());
            p.fillRect(0, y, width, rowHeight);
        }
        double line1 = y + f * 1.25;
        double line2 = y + f * 2.45;
        p.color(palette.text().withOpacity(opacity));
        p.text(e.tag(), f * 0.5, line1, f, selected, Painter.Anchor.START);
        p.color(palette.mutedText().withOpacity(opacity));
        p.text(e.nWith() + " with · " + e.nWithout() + " without" + (e.few() ? " · few nights" : ""), f * 0.5, line2,
                f * 0.8, false, Painter.Anchor.START);
        p.color(palette.text().withOpacity(opacity));
        p.text(MetricAxis.difference(metric, e.difference()), width - f * 0.5, line1, f, true, Painter.Anchor.END);
        p.color(palette.mutedText().withOpacity(opacity));
        p.text(e.hasInterval() ? MetricAxis.difference(metric, e.ciLow()) + " to "
                + MetricAxis.difference(metric, e.ciHigh()) : "no interval", width - f * 0.5, line2, f * 0.8, false,
                Painter.Anchor.END);
        Rgb color = !e.excludesZero() ? palette.mutedText() : e.difference() > 0 ? palette.positive() : palette.negative();
        color = color.withOpacity(opacity);
        double cy = y + rowHeight / 2;
        p.color(color);
        p.clip(plotLeft - f * 0.4, y, plotRight - plotLeft + f * 0.8, rowHeight);
        if (e.hasInterval()) {
            p.line(x(e.ciLow()), cy, x(e.ciHigh()), cy, Math.max(2, f / 5));
        }
        double r = f * 0.33;
        p.fillRect(x(e.difference()) - r, cy - r, 2 * r, 2 * r);
        p.unclip();
        p.end();
    }
}
