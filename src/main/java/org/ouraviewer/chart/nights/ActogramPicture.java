package org.ouraviewer.chart.nights;

import java.io.IOException;
import java.io.OutputStream;
import org.ouraviewer.chart.Picture;
import org.ouraviewer.chart.Painter;

/**
 * The actogram as a picture of any size, for the tab, PNG and SVG alike. The layout depends on the device
 * pixels (a day gets at least one), so a PNG at 2× is laid out for twice as many pixel rows.
 *
 * @param title      the header's first line ("Nights, 2024-01-01 to 2024-03-31")
 * @param markedName what the tag marks stand for ("Tag day", "Alcohol")
 * @param scale      device pixels per logical pixel
 */
public record ActogramPicture(ActogramRows rows, String title, String markedName, NightsPalette palette,
                              double scale) implements Picture {

    /** The layout of an exported picture of this size. */
    public ActogramLayout layout(double width, double height) {
        return new ActogramLayout(rows, ActogramLayout.Options.export(width, height, scale), title, markedName);
    }

    @Override
    public String description() {
        return NightsSentence.actogram(rows, markedName);
    }

    @Override
    public void paint(Painter painter, double width, double height) {
        ActogramRenderer.paint(layout(width, height), palette, painter);
    }

    @Override
    public void writePng(OutputStream out, int width, int height, double pngScale) throws IOException {
        if (pngScale != scale) {
            new ActogramPicture(rows, title, markedName, palette, pngScale).writePng(out, width, height, pngScale);
            return;
        }
        Picture.super.writePng(out, width, height, pngScale);
    }
}
