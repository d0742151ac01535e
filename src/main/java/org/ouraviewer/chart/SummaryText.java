package org.ouraviewer.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart's numbers (the night's, the day's) as a column of text for exported pictures: section titles, then label on the left and
 * value on the right. Sections that do not fit the height are left out whole, from the last.
 */
public final class SummaryText {
    private SummaryText() {
    }

    static List<Text> lines(NightNumbers numbers, double left, double right, double top, double bottom,
                                        double f) {
        return lines(numbers.sections(), left, right, top, bottom, f);
    }

    /** The column of {@code numbers}' sections between {@code left} and {@code right}, at most down to {@code bottom}. */
    public static List<Text> lines(List<NightNumbers.Section> numbers, double left, double right, double top,
                                   double bottom, double f) {
        List<NightNumbers.Section> sections = new ArrayList<>(numbers);
        double size = f * 0.95;
        double line = size * 1.45;
        while (!sections.isEmpty() && height(sections, line) > bottom - top) {
            sections.remove(sections.size() - 1);
        }
        List<Text> out = new ArrayList<>();
        double y = top + line;
        for (NightNumbers.Section s : sections) {
            out.add(new Text(s.title(), left, y, size, true, false, Painter.Anchor.START));
            y += line;
            for (NightNumbers.Row r : s.rows()) {
                out.add(new Text(r.label(), left, y, size, false, true, Painter.Anchor.START));
                out.add(new Text(r.value(), right, y, size, false, false, Painter.Anchor.END));
                y += line;
            }
            y += line * 0.5;
        }
        return out;
    }

    private static double height(List<NightNumbers.Section> sections, double line) {
        double h = line;
        for (NightNumbers.Section s : sections) {
            h += line * (1.5 + s.rows().size());
        }
        return h;
    }
}
