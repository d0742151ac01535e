package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * What every export command must do with a PNG: print its path, write that size, leave no temporary file; and
 * what every export of one day (export-night, export-day) does with bad arguments and an unreadable file.
 */
final class ExportedPicture {
    private ExportedPicture() {
    }

    /**
     * @param filesInFolder what the folder holds afterwards (the picture, and the data if it lives there too)
     */
    static void assertPng(Path png, String stdout, int width, int height, long filesInFolder) throws IOException {
        assertEquals(png + System.lineSeparator(), stdout);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        try (var files = Files.list(png.getParent())) {
            assertEquals(filesInFolder, files.count(), "no temporary file left behind");
        }
    }

    /**
     * Exit 2 and nothing written for: a format other than PNG or SVG, no {@code --out}, a day not in ISO form, no
     * files, a width or height that is not a number or too small.
     */
    static void assertUsageErrors(String command, String day, String files, Path dir) {
        CliRun jpg = CliRun.of(command, day, files, "--out", dir.resolve("d.jpg").toString());
        assertEquals(ExitCode.USAGE, jpg.exitCode());
        assertTrue(jpg.err().contains(".png or .svg"), jpg.err());
        assertEquals(ExitCode.USAGE, CliRun.of(command, day, files).exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of(command, "1 December", files, "--out", "x.png").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of(command, day, "--out", "x.png").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of(command, day, files, "--out", "x.png", "--width", "wide").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of(command, day, files, "--out", "x.png", "--height", "5").exitCode());
        assertFalse(Files.exists(Path.of("x.png")));
    }

    /** A file that cannot be read is named on stderr and makes it exit 1, but {@code picture} is still written. */
    static void assertUnreadableFileStillWrites(String command, String day, String files, Path picture)
            throws IOException {
        Path broken = picture.resolveSibling("broken.json");
        Files.writeString(broken, "[{\"day\": ");
        CliRun run = CliRun.of(command, day, files, broken.toString(), "--out", picture.toString());
        assertEquals(ExitCode.INCOMPLETE, run.exitCode());
        assertTrue(run.err().contains("broken.json"), run.err());
        assertTrue(Files.size(picture) > 0);
    }
}
