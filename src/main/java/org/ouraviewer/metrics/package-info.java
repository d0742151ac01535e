/**
 * The numbers computed from the data, for the Calendar, the Trends and Nights tabs and the commands alike
 * (CLI.md, <i>Metrics</i>, <i>trends</i>, <i>tag-effects</i>, <i>median-night</i>). No JavaFX: the views
 * compute these in the background and the commands headless. All results are immutable.
 *
 * <ul>
 * <li>{@link org.ouraviewer.metrics.DayMetric}: the one list of day metrics, with names and units;
 *     {@link org.ouraviewer.metrics.DayMetrics#of} computes all of them for all days once per load (about
 *     5 ms for six years), and {@link org.ouraviewer.metrics.DayMetrics#series} gives one metric as an
 *     array by day ({@link org.ouraviewer.metrics.DailySeries}).</li>
 * <li>{@link org.ouraviewer.metrics.Trend#of}: one metric over a range with its rolling mean and its week
 *     and month means; cheap (under a millisecond for six years), so redo it on every metric, range or
 *     window change rather than caching.</li>
 * <li>{@link org.ouraviewer.metrics.TagDays#of} and {@link org.ouraviewer.metrics.TagEffects#of}: each
 *     tag's days and its effect on a metric with Welch's interval ({@link org.ouraviewer.metrics.Welch},
 *     {@link org.ouraviewer.metrics.StudentT}); the list comes by name, sort it with
 *     {@link org.ouraviewer.metrics.TagEffect#STRONGEST_FIRST} for a forest plot.</li>
 * <li>{@link org.ouraviewer.metrics.Baseline#of}: a metric's usual range (median and quartiles of all its
 *     values), the Trends tab's band.</li>
 * <li>{@link org.ouraviewer.metrics.MedianNight#nights} picks the main sleeps of a range (or of the days
 *     after a tag) and {@link org.ouraviewer.metrics.MedianNight#of} aligns them by onset.</li>
 * </ul>
 * Which period is a day's main sleep is defined once, in {@link org.ouraviewer.model.MainSleep}.
 */
package org.ouraviewer.metrics;
