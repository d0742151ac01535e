package org.ouraviewer.chart;

/** An open line through points, as a layout places it (a series, a step of means, a hypnogram's steps). */
public record Polyline(double[] xs, double[] ys) {
}
