package org.ouraviewer.chart;

/** A filled rectangle as a layout places it; {@code level} says which colour (a sleep phase, a movement level). */
public record Box(double x, double y, double width, double height, int level) {
}
