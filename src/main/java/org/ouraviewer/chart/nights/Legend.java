package org.ouraviewer.chart.nights;

import java.util.ArrayList;
import java.util.List;
import org.ouraviewer.chart.LegendFlow;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.Text;

/**
 * A legend of the Nights tab's pictures laid out in lines from left to right ({@link LegendFlow}): a coloured
 * square and its words per entry, then optional notes in muted text.
 */
public final class Legend {
    /** A square of {@code swatch}'s colour; {@code line} draws it as a short line instead (a series). */
    public record Mark(Swatch swatch, double x, double y, double size, boolean line) {
    }

    /** One entry: the colour and its words. */
    public record Entry(Swatch swatch, String label, boolean line) {
    }

    private final List<Mark> marks = new ArrayList<>();
    private final List<Text> texts = new ArrayList<>();
    private final double height;

    /** Lays out {@code entries}, then {@code notes}, from ({@code left}, {@code top}) within {@code right}. */
    public Legend(List<Entry> entries, List<String> notes, double left, double top, double right, double fontSize) {
        double f = fontSize * 0.9;
        LegendFlow flow = new LegendFlow(left, right, top + f, f * 1.6);
        for (Entry e : entries) {
            // an entry without words is a mark that belongs to the next entry's words
            double width = e.label().isEmpty() ? f * 1.1 : f * 1.4 + LegendFlow.textWidth(e.label(), f) + f * 1.2;
            double x = flow.place(width, 0);
            marks.add(new Mark(e.swatch(), x, flow.y() - f * 0.8, f * 0.9, e.line()));
            if (!e.label().isEmpty()) {
                texts.add(new Text(e.label(), x + f * 1.3, flow.y(), f, false, false, Painter.Anchor.START));
            }
        }
        for (String note : notes) {
            double x = flow.place(LegendFlow.textWidth(note, f), f * 1.2);
            texts.add(new Text(note, x, flow.y(), f, false, true, Painter.Anchor.START));
        }
        height = entries.isEmpty() && notes.isEmpty() ? 0 : flow.y() - top + f * 0.6;
    }

    /** The height of the lines a legend of these entries and notes takes at this width, before laying it out. */
    public static double height(List<Entry> entries, List<String> notes, double width, double fontSize) {
        return new Legend(entries, notes, 0, 0, width, fontSize).height;
    }

    public List<Mark> marks() {
        return marks;
    }

    public List<Text> texts() {
        return texts;
    }

    public double height() {
        return height;
    }
}
