/**
 * The night chart, drawn once for every target. {@link org.ouraviewer.chart.NightSeries} holds a night's
 * samples in drawing order, {@link org.ouraviewer.chart.NightLayout} turns them into geometry for a size
 * and a time window, and {@link org.ouraviewer.chart.NightRenderer} paints that geometry through the small
 * {@link org.ouraviewer.chart.Painter} interface: Java2D for PNG, SVG text here, and a JavaFX canvas in
 * the UI. Nothing in this package touches JavaFX, so headless commands can draw.
 */
package org.ouraviewer.chart;
