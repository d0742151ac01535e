package org.ouraviewer.chart.nights;

import java.util.ArrayList;
import java.util.List;
import org.ouraviewer.chart.NightLayout;
import org.ouraviewer.chart.Painter;

/**
 * A legend laid out in lines from left to right: a coloured square and its words per entry, wrapping where
 * the width ends, then optional notes in muted text. Text widths are estimated (0.56 em a character), as the
 * layout runs headless without font metrics; entries get room to spare.
 */
public final class Legend {
    /** A square of {@code swatch}'s colour; {@code line} draws it as a short line instead (a series). */
    public record Mark(Swatch swatch, double x, double y, double size, boolean line) {
    }

    /** One entry: the colour and its words. */
    public record Entry(Swatch swatch, String label, boolean line) {
    }

    private final List<Mark> marks = new ArrayList<>();
    private final List<NightLayout.Text> texts = new ArrayList<>();
    private final double height;

    /** Lays out {@code entries}, then {@code notes}, from ({@code left}, {@code top}) within {@code right}. */
    public Legend(List<Entry> entries, List<String> notes, double left, double top, double right, double fontSize) {
        double f = fontSize * 0.9;
        double lineHeight = f * 1.6;
        double x = left;
        double y = top + f;
        for (Entry e : entries) {
            // an entry without words is a mark that belongs to the next entry's words
            double width = e.label().isEmpty() ? f * 1.1 : f * 1.4 + width(e.label(), f) + f * 1.2;
            if (x > left && x + width > right) {
                x = left;
                y += lineHeight;
            }
            marks.add(new Mark(e.swatch(), x, y - f * 0.8, f * 0.9, e.line()));
            if (!e.label().isEmpty()) {
                texts.add(new NightLayout.Text(e.label(), x + f * 1.3, y, f, false, false, Painter.Anchor.START));
            }
            x += width;
        }
        for (String note : notes) {
            if (x > left && x + width(note, f) > right) {
                x = left;
                y += lineHeight;
            }
            texts.add(new NightLayout.Text(note, x, y, f, false, true, Painter.Anchor.START));
            x += width(note, f) + f * 1.2;
        }
        height = entries.isEmpty() && notes.isEmpty() ? 0 : y - top + f * 0.6;
    }

    /** The height of the lines a legend of these entries and notes takes at this width, before laying it out. */
    public static double height(List<Entry> entries, List<String> notes, double width, double fontSize) {
        return new Legend(entries, notes, 0, 0, width, fontSize).height;
    }

    static double width(String text, double size) {
        return text.length() * size * 0.56;
    }

    public List<Mark> marks() {
        return marks;
    }

    public List<NightLayout.Text> texts() {
        return texts;
    }

    public double height() {
        return height;
    }
}
