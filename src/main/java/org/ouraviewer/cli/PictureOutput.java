package org.ouraviewer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.ouraviewer.chart.Picture;
import org.ouraviewer.io.AtomicFiles;
import org.ouraviewer.text.Problems;

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
        Path target = Arguments.path(a.requireOption("--out"), "--out");
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) {
            throw new UsageException("--out must end in .png or .svg, not \"" + Problems.path(target) + "\"");
        }
        int width = a.intOption("--width", DEFAULT_WIDTH, 320, MAX_SIDE);
        int height = a.intOption("--height", DEFAULT_HEIGHT, 240, MAX_SIDE);
        if (!svg && (long) width * height > Picture.MAX_PNG_PIXELS) {
            throw new UsageException(String.format(Locale.ROOT, "a PNG of --width %d × --height %d is %,d pixels,"
                    + " more than the %,d it may have; make it smaller, or write SVG", width, height,
                    (long) width * height, Picture.MAX_PNG_PIXELS));
        }
        Arguments.writableFile(target, "--out");
        return new PictureOutput(target, svg, width, height);
    }

    /** Starts Java2D meanwhile when a PNG will be drawn (see {@link Picture#warmUp}). */
    void warmUp() {
        if (!svg) {
            Picture.warmUp(CommandLine.threads().background());
        }
    }

    void write(Picture picture) throws IOException {
        try {
            AtomicFiles.write(target, stream -> {
                if (svg) {
                    picture.writeSvg(stream, width, height);
                } else {
                    picture.writePng(stream, width, height, 1);
                }
            });
        } catch (IOException e) {
            throw new IOException("could not write " + Problems.path(target) + ": " + Problems.describe(e), e);
        }
    }

    /** The path written, as the commands print it. */
    String printed() {
        return Problems.path(target);
    }
}
