package org.ouraviewer.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG encoder is lossless: ImageIO reads back every pixel as written. */
class PngEncoderTest {
    @Test
    void roundTripsEveryPixel() throws Exception {
        BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < 23; y++) {
            for (int x = 0; x < 37; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(image, out);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(37, back.getWidth());
        assertEquals(23, back.getHeight());
        for (int y = 0; y < 23; y++) {
            for (int x = 0; x < 37; x++) {
                assertEquals(image.getRGB(x, y) & 0xffffff, back.getRGB(x, y) & 0xffffff, x + "," + y);
            }
        }
    }
}
