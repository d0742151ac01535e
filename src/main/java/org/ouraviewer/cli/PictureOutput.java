package org.ouraviewer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.ouraviewer.chart.Picture;
import org.ouraviewer.io.AtomicFiles;

/**
 * The picture file of the export commands ({@code export-night}, {@code export-trends}): {@code --out FILE}
 * as PNG or SVG by its extension, {@code --width} and {@code --height} in pixels (default 1600 × 900,
 * bounded so a typo cannot ask for gigabytes), written atomically.
 */
record PictureOutput(Path target, boolean svg, int width, int height) {
    static final int DEFAULT_WIDTH = 1600;
    static final int DEFAULT_HEIGHT = 900;
    static final int MAX_SIDE = 10000;
    /** The options it reads, for {@link Arguments#parse}. */
    static final Set<String> OPTIONS = Set.of("--out", "--width", "--height");

    static PictureOutput of(Arguments a) throws UsageException {
        Path target = Path.of(a.requireOption("--out"));
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) {
            throw new UsageException("--out must end in .png or .svg, not \"" + target + "\"");
        }
        return new PictureOutput(target, svg, a.intOption("--width", DEFAULT_WIDTH, 320, MAX_SIDE),
                a.intOption("--height", DEFAULT_HEIGHT, 240, MAX_SIDE));
    }

    /** Starts Java2D meanwhile when a PNG will be drawn (see {@link Picture#warmUp}). */
    void warmUp() {
        if (!svg) {
            Picture.warmUp();
        }
    }

    void write(Picture picture) throws IOException {
        AtomicFiles.write(target, stream -> {
            if (svg) {
                picture.writeSvg(stream, width, height);
            } else {
                picture.writePng(stream, width, height, 1);
            }
        });
    }
}
