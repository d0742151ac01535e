package org.ouraviewer.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A {@code .json} entry of a zip archive, read in place (never extracted, so odd entry names such as
 * {@code ../x.json} cannot write anywhere). Reading stops with an error past {@link #MAX_ENTRY_BYTES} or a
 * compression ratio no JSON export has: the guard against zip bombs does not trust the entry's header.
 */
record ZipEntrySource(Path archive, Charset charset, String entryName, long compressedSize, long size)
        implements InputSource {
    static final long MAX_ENTRY_BYTES = 2L << 30;
    /** Real exports deflate 4–12:1 (measured on the samples and five synthetic years); deflate tops out near 1000:1. */
    static final long MAX_RATIO = 200;

    @Override
    public String displayPath() {
        return archive + "!/" + printable(entryName);
    }

    @Override
    public String fileName() {
        String name = entryName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    @Override
    public InputStream open() throws IOException {
        ZipFile zip = new ZipFile(archive.toFile(), charset);
        ZipEntry entry = zip.getEntry(entryName);
        if (entry == null) {
            zip.close();
            throw new IOException("the archive changed while it was being read");
        }
        long limit = Math.min(MAX_ENTRY_BYTES, Math.max(compressedSize, 1) * MAX_RATIO + (1 << 20));
        return new BoundedStream(zip.getInputStream(entry), zip, limit);
    }

    private static String printable(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return sb.toString();
    }

    /** Closes the archive with the stream, and refuses to inflate past the limit. */
    private static final class BoundedStream extends FilterInputStream {
        private final ZipFile zip;
        private final long limit;
        private long read;

        BoundedStream(InputStream in, ZipFile zip, long limit) {
            super(in);
            this.zip = zip;
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

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                zip.close();
            }
        }
    }
}
