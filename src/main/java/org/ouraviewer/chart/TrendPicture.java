package org.ouraviewer.chart;

import java.util.ArrayList;
import java.util.List;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.TagEffect;

/**
 * A trend chart as a {@link Picture}, with its title and range above it as exports show them, and, when
 * given, the tag effects beside it as the Trends tab shows them: the forest plot under its title, and the
 * sentence on what the intervals mean. Headless.
 *
 * @param effects the forest plot's title, sentence and rows; null for the chart alone (as {@code export-trends})
 */
public record TrendPicture(TrendChart chart, ChartPalette palette, Effects effects) implements Picture {
    /**
     * The tag effects beside the chart: a title, the forest plot of {@code effects} on {@code metric} (the
     * {@code selected} row marked, −1 for none) laid out for the picture's size, and a sentence under it.
     */
    public record Effects(String title, List<TagEffect> effects, DayMetric metric, int selected, String note) {
    }

    /** The chart alone. */
    public TrendPicture(TrendChart chart, ChartPalette palette) {
        this(chart, palette, null);
    }

    /** The chart's sentence, then the tag effects' when they are beside it. */
    @Override
    public String description() {
        String chartSentence = ChartSentence.trend(chart);
        return effects == null ? chartSentence
                : chartSentence + " " + ChartSentence.tagEffects(effects.effects(), effects.metric());
    }

    @Override
    public void paint(Painter painter, double width, double height) {
        TrendLayout.Options options = TrendLayout.Options.export(width, height);
        double f = options.fontSize();
        double side = effects == null ? 0 : Math.min(width * 0.32, f * 28);
        painter.color(palette.background());
        painter.fillRect(0, 0, width, height);
        TrendRenderer.paint(new TrendLayout(chart, new TrendLayout.Options(width - side, height, f, true)), palette,
                painter);
        if (effects == null) {
            return;
        }
        painter.begin("tag-effects");
        double x = width - side + f * 0.5;
        double w = side - f;
        painter.color(palette.text());
        List<String> title = wrap(effects.title(), w, f * 1.1 * 1.1); // bold glyphs are wider
        for (int i = 0; i < title.size(); i++) {
            painter.text(title.get(i), x, f * 1.6 + i * f * 1.4, f * 1.1, true, Painter.Anchor.START);
        }
        List<String> note = wrap(effects.note(), w, f * 0.85);
        double noteTop = height - f * 0.6 - note.size() * f * 1.2;
        ForestPlot plot = new ForestPlot(effects.effects(), effects.metric(), w, f * 0.9);
        double top = f * 2.6 + (title.size() - 1) * f * 1.4;
        painter.clip(x, top, w, Math.max(0, noteTop - top - f * 0.5));
        plot.paint(new ShiftedPainter(painter, x, top), palette, effects.selected());
        painter.unclip();
        painter.color(palette.mutedText());
        for (int i = 0; i < note.size(); i++) {
            painter.text(note.get(i), x, noteTop + (i + 1) * f * 1.2, f * 0.85, false, Painter.Anchor.START);
        }
        painter.end();
    }

    /** Words in lines of at most {@code width} pixels of text {@code size} (an average glyph is about 0.55 em). */
    static List<String> wrap(String text, double width, double size) {
        int chars = Math.max(10, (int) (width / (size * 0.55)));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > chars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
