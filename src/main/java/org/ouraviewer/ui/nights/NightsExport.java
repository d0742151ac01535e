package org.ouraviewer.ui.nights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ouraviewer.chart.DayRange;
import org.ouraviewer.chart.nights.ActogramPicture;
import org.ouraviewer.chart.nights.MedianSet;
import org.ouraviewer.chart.nights.NightSets;
import org.ouraviewer.chart.nights.NightsCsv;
import org.ouraviewer.chart.nights.NightsPalette;
import org.ouraviewer.chart.nights.OverlayPicture;
import org.ouraviewer.metrics.TagDays;
import org.ouraviewer.ui.chart.PictureExport;
import org.ouraviewer.ui.common.Exportable;

/**
 * File ▸ Export… on the Nights tab: the view showing, as the shared chart export offers it (PNG 1×, 2×, 3×, SVG)
 * through the same painter as the screen, and its series as CSV (the actogram's periods, or the median
 * night's bins of each set).
 */
final class NightsExport {
    private NightsExport() {
    }

    static Optional<Exportable.Export> of(NightsViewModel.Content c, NightsViewModel.Mode mode, int width,
                                          int height, NightsPalette palette) {
        if (c == null) {
            return Optional.empty();
        }
        DayRange r = c.range();
        String days = r.from() + " to " + r.to();
        if (mode == NightsViewModel.Mode.ACTOGRAM) {
            if (c.rows().nights() == 0) {
                return Optional.empty();
            }
            ActogramPicture picture = new ActogramPicture(c.rows(), "Nights, " + days, NightSets.markedName(c.tag()),
                    palette, 1);
            return Optional.of(PictureExport.of("Export nights", "The actogram of " + days + " (" + c.rows().nights()
                            + " days with sleep data) as the Nights tab shows it, or its periods as CSV.",
                    "the nights of " + days, "nights-" + r.from() + "-" + r.to(), picture, width, height,
                    out -> NightsCsv.actogram(c.data(), r.from(), r.to(), NightSets.markedDays(TagDays.of(c.data()),
                            c.tag()), out)));
        }
        NightSets sets = c.sets();
        if (sets.primary().median().nights() == 0) {
            return Optional.empty();
        }
        OverlayPicture picture = new OverlayPicture(sets.primary(), sets.reference(), c.single(),
                "Median night, " + days, palette);
        List<MedianSet> both = new ArrayList<>();
        both.add(sets.primary());
        if (sets.reference() != null) {
            both.add(sets.reference());
        }
        String description = "The median night of " + sets.primary().described() + (sets.reference() == null ? ""
                : ", compared with " + sets.reference().described()) + ", " + days
                + ", as the Nights tab shows it, or its 5-minute bins as CSV.";
        return Optional.of(PictureExport.of("Export median night", description, "the median night of " + days,
                "median-night-" + r.from() + "-" + r.to(), picture, width, height, out -> NightsCsv.median(both, out)));
    }
}
