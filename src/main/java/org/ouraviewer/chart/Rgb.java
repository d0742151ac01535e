package org.ouraviewer.chart;

/** A colour as the painters take it: 8-bit red, green, blue and an opacity from 0 to 1. */
public record Rgb(int red, int green, int blue, double opacity) {
    public Rgb {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255 || opacity < 0 || opacity > 1) {
            throw new IllegalArgumentException("colour out of range: " + red + "," + green + "," + blue + "," + opacity);
        }
    }

    /** An opaque colour from {@code 0xRRGGBB}. */
    public static Rgb of(int rgb) {
        return new Rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, 1);
    }

    public Rgb withOpacity(double value) {
        return new Rgb(red, green, blue, value);
    }

    /** {@code #rrggbb}, without the opacity. */
    public String hex() {
        String hex = Integer.toHexString(0x1000000 | (red << 16) | (green << 8) | blue);
        return "#" + hex.substring(1);
    }

}
