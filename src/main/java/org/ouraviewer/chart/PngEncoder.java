package org.ouraviewer.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGB image as PNG with the JDK's deflater. ImageIO would do, but in a fresh process its plugin
 * registry alone costs several hundred milliseconds, most of {@code export-night}'s budget of about a second.
 * Rows use the "Sub" filter, which suits charts: long runs of one colour become runs of zeros.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

    private PngEncoder() {
    }

    /** {@code image} must be {@link BufferedImage#TYPE_INT_RGB}. */
    static void write(BufferedImage image, OutputStream out) throws IOException {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an RGB image, not type " + image.getType());
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(w * h / 4);
        Deflater deflater = new Deflater(6);
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            byte[] row = new byte[1 + w * 3];
            row[0] = 1; // filter type Sub: each byte minus the same byte of the pixel to its left
            for (int y = 0; y < h; y++) {
                int left = 0;
                for (int x = 0, i = 1; x < w; x++) {
                    int p = pixels[y * w + x];
                    row[i++] = (byte) ((p >> 16) - (left >> 16));
                    row[i++] = (byte) ((p >> 8) - (left >> 8));
                    row[i++] = (byte) (p - left);
                    left = p;
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        DataOutputStream o = new DataOutputStream(out);
        o.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream hd = new DataOutputStream(header);
        hd.writeInt(w);
        hd.writeInt(h);
        hd.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits per channel, truecolour, deflate, adaptive filters, no interlace
        chunk(o, "IHDR", header.toByteArray());
        chunk(o, "IDAT", compressed.toByteArray());
        chunk(o, "IEND", new byte[0]);
        o.flush();
    }

    private static void chunk(DataOutputStream o, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        o.writeInt(data.length);
        o.write(t);
        o.write(data);
        o.writeInt((int) crc.getValue());
    }
}
