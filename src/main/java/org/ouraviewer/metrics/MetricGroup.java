package org.ouraviewer.metrics;

/** The groups of the Trends picker's list of {@link DayMetric}s, in the order it shows them. */
public enum MetricGroup {
    SLEEP("Sleep"), READINESS("Readiness"), ACTIVITY("Activity"), HEART("Heart"), STRESS("Stress");

    private final String label;

    MetricGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
