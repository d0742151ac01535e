/**
 * The activity day's chart (the Day tab and {@code export-day}): {@link org.ouraviewer.chart.day.DaySeries} turns
 * an {@link org.ouraviewer.metrics.day.ActivityDay} into series on the window's axis when a day is shown,
 * {@link org.ouraviewer.chart.day.DayLayout} places lanes, marks and legends for one size and time window,
 * {@link org.ouraviewer.chart.day.DayRenderer} paints them through the one
 * {@link org.ouraviewer.chart.Painter}, {@link org.ouraviewer.chart.day.DayPicture} writes PNG and SVG,
 * {@link org.ouraviewer.chart.day.DayCsv} the series a row a minute, {@link org.ouraviewer.chart.day.DayNumbers}
 * every number of the day. Colours only by name from the theme ({@link org.ouraviewer.chart.day.DayPalette}).
 * Headless.
 */
package org.ouraviewer.chart.day;
