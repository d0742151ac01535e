package org.ouraviewer.metrics.day;

import java.time.OffsetDateTime;

/** A run of equal characters of {@code class_5_min}: one class from {@code start} to {@code end}. */
public record ClassRun(ActivityClass activityClass, OffsetDateTime start, OffsetDateTime end) {
}
