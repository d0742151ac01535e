/**
 * Many nights at once, headless: the actogram ({@link org.ouraviewer.chart.nights.ActogramRows} a row per day
 * on the recorded clock, {@link org.ouraviewer.chart.nights.ActogramLayout} its geometry for a size,
 * {@link org.ouraviewer.chart.nights.ActogramRenderer}) and the median night
 * ({@link org.ouraviewer.chart.nights.NightSets} the sets compared, {@link org.ouraviewer.chart.nights.OverlayLayout},
 * {@link org.ouraviewer.chart.nights.OverlayRenderer}), painted through the chart's one
 * {@link org.ouraviewer.chart.Painter} for the Nights tab, PNG and SVG ({@code export-nights}), and their series
 * as CSV ({@link org.ouraviewer.chart.nights.NightsCsv}).
 */
package org.ouraviewer.chart.nights;
