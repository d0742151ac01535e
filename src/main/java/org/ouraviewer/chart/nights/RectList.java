package org.ouraviewer.chart.nights;

import java.util.Arrays;
import org.ouraviewer.chart.Painter;

/**
 * Rectangles of one colour as one array ({@code x, y, width, height} in turn), so that tens of thousands of
 * bars are painted by a loop over doubles with a single colour change.
 */
public final class RectList {
    private double[] values = new double[64];
    private int size;

    public void add(double x, double y, double width, double height) {
        if (size + 4 > values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = x;
        values[size++] = y;
        values[size++] = width;
        values[size++] = height;
    }

    /** How many rectangles. */
    public int count() {
        return size / 4;
    }

    public double x(int i) {
        return values[4 * i];
    }

    public double y(int i) {
        return values[4 * i + 1];
    }

    public double width(int i) {
        return values[4 * i + 2];
    }

    public double height(int i) {
        return values[4 * i + 3];
    }

    /** Fills every rectangle in the painter's current colour. */
    public void fill(Painter p) {
        for (int i = 0; i < size; i += 4) {
            p.fillRect(values[i], values[i + 1], values[i + 2], values[i + 3]);
        }
    }
}
