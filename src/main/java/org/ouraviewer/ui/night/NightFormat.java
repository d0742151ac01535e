package org.ouraviewer.ui.night;

import java.io.IOException;
import java.nio.file.Path;
import org.ouraviewer.chart.NightCsv;
import org.ouraviewer.chart.NightPicture;
import org.ouraviewer.io.AtomicFiles;

/** What the night can be exported as, and the writing of each (atomic; no JavaFX involved). */
enum NightFormat {
    PNG("PNG picture", "png"), SVG("SVG drawing", "svg"), CSV("CSV of the series", "csv");

    private final String label;
    private final String extension;

    NightFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    String label() {
        return label;
    }

    String extension() {
        return extension;
    }

    /** Writes the night to {@code target}: a picture of {@code width × height} (PNG times {@code scale}) or its series. */
    void write(NightPicture picture, Path target, int width, int height, int scale) throws IOException {
        AtomicFiles.write(target, out -> {
            switch (this) {
                case PNG -> picture.writePng(out, width, height, scale);
                case SVG -> picture.writeSvg(out, width, height);
                case CSV -> NightCsv.write(picture.series(), out);
            }
        });
    }
}
