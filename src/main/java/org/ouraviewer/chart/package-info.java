/**
 * The charts, each drawn once for every target: a layout turns data into geometry for a size, a renderer
 * paints that geometry through the small {@link org.ouraviewer.chart.Painter} interface (Java2D for PNG, SVG
 * text here, a JavaFX canvas in the UI), and a {@link org.ouraviewer.chart.Picture} writes any chart as PNG
 * or SVG. The night: {@link org.ouraviewer.chart.NightSeries}, {@link org.ouraviewer.chart.NightLayout},
 * {@link org.ouraviewer.chart.NightRenderer}. The trends of day metrics: {@link org.ouraviewer.chart.TrendChart},
 * {@link org.ouraviewer.chart.TrendLayout} (with a day axis, {@link org.ouraviewer.chart.DayTicks}, and value
 * axes in each metric's unit, {@link org.ouraviewer.chart.MetricAxis}), {@link org.ouraviewer.chart.TrendRenderer};
 * the tag effects' {@link org.ouraviewer.chart.ForestPlot}. Every layout is made of the same pieces: its
 * {@link org.ouraviewer.chart.PlotArea}, {@link org.ouraviewer.chart.Text}, {@link org.ouraviewer.chart.Box},
 * {@link org.ouraviewer.chart.Polyline} and {@link org.ouraviewer.chart.Lane}, value axes
 * ({@link org.ouraviewer.chart.ValueScale}), lanes stacked by {@link org.ouraviewer.chart.LaneStack} and legends
 * placed by {@link org.ouraviewer.chart.LegendFlow}. Colours come from the window's appearance
 * ({@link org.ouraviewer.chart.NightPalette}, {@link org.ouraviewer.chart.ChartPalette}, which share their
 * {@link org.ouraviewer.chart.NeutralColours}). Nothing in this package touches JavaFX, so headless commands
 * can draw.
 */
package org.ouraviewer.chart;
