package org.ouraviewer.chart.nights;

import java.util.Objects;
import org.ouraviewer.metrics.MedianNight;

/**
 * One set of nights of the median-night picture: its name as the legend says it ("All nights", "After
 * Alcohol", "All other nights") and its median night. The number of nights comes with it.
 */
public record MedianSet(String name, MedianNight median) {
    public MedianSet {
        Objects.requireNonNull(name);
        Objects.requireNonNull(median);
    }

    /** "After Alcohol, 12 nights". */
    public String described() {
        return name + ", " + median.nights() + (median.nights() == 1 ? " night" : " nights");
    }
}
