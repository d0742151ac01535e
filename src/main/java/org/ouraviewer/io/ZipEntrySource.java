package org.ouraviewer.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedInputStream;
import java.nio.charset.Charset;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * An entry of a zip archive, read in place (never extracted, so odd entry names such as {@code ../x.json}
 * cannot write anywhere) from its own local header: two entries of one name are two sources, and an
 * encrypted entry fails alone. Reading stops with an error past {@link #MAX_ENTRY_BYTES} or a compression
 * ratio no export has: the guard against zip bombs does not trust the entry's header.
 *
 * @param archive the archive as users see it: {@code export.zip}, or {@code outer.zip!/inner.zip} one level in
 */
record ZipEntrySource(String archive, ZipDirectory.Bytes bytes, ZipDirectory.Entry entry) implements InputSource {
    static final long MAX_ENTRY_BYTES = 2L << 30;
    /** Real exports deflate 4–12:1 (measured on the samples and five synthetic years); deflate tops out near 1000:1. */
    static final long MAX_RATIO = 200;
    private static final Charset DOS = Charset.forName("IBM437");

    @Override
    public String displayPath() {
        return archive + "!/" + printable(entry.name());
    }

    @Override
    public String fileName() {
        String name = entry.name().replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    @Override
    public long size() {
        return entry.size();
    }

    @Override
    public InputStream open() throws IOException {
        if (entry.encrypted()) {
            throw new ZipException("the zip entry is encrypted (password-protected), which the viewer cannot read");
        }
        ZipInputStream zip = new ZipInputStream(new BufferedInputStream(bytes.from(entry.localOffset())), DOS);
        try {
            if (zip.getNextEntry() == null) {
                throw new ZipException("the zip entry is damaged: its header is missing");
            }
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e instanceof IOException io ? io : new ZipException("the zip entry is damaged");
        }
        long limit = Math.min(MAX_ENTRY_BYTES, Math.max(entry.compressedSize(), 1) * MAX_RATIO + (1 << 20));
        return new BoundedStream(zip, limit);
    }

    private static String printable(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return sb.toString();
    }

    /** Refuses to inflate past the limit. */
    private static final class BoundedStream extends FilterInputStream {
        private final long limit;
        private long read;

        BoundedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException("the zip entry inflates to more than " + limit / (1 << 20)
                        + " MB, far beyond its compressed size: not read (a zip bomb?)");
            }
        }

    }
}
