package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** What every export command must do with a PNG: print its path, write that size, leave no temporary file. */
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
}
