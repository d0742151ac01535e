package org.ouraviewer.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

/**
 * The entries of a zip archive as its central directory lists them, every one: {@link java.util.zip.ZipFile}
 * refuses a whole archive for one encrypted entry and finds only one of two entries with the same name.
 * Each entry keeps where its local header starts, from where {@link java.util.zip.ZipInputStream} reads it
 * ({@link ZipEntrySource}): only the listing is read here, never the compressed data.
 */
final class ZipDirectory {
    private static final int END = 0x06054b50;
    private static final int END64 = 0x06064b50;
    private static final int END64_LOCATOR = 0x07064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int MAX_DIRECTORY = 64 << 20;
    private static final Charset DOS = Charset.forName("IBM437");

    private ZipDirectory() {
    }

    /** One entry: its name, general-purpose flags, sizes and the offset of its local header. */
    record Entry(String name, int flags, long compressedSize, long size, long localOffset) {
        /** Bit 0: encrypted; the JDK reads no encrypted entry, and the viewer has no password to give. */
        boolean encrypted() {
            return (flags & 1) != 0;
        }

        boolean isDirectory() {
            return name.endsWith("/");
        }
    }

    /** Random access to an archive's bytes: a file on disk, or a zip inside a zip held in memory. */
    interface Bytes {
        long size() throws IOException;

        void read(long position, byte[] into) throws IOException;

        /** A stream of the bytes from {@code position} on; closing it releases the archive. */
        InputStream from(long position) throws IOException;
    }

    static Bytes of(Path file) {
        return new Bytes() {
            @Override
            public long size() throws IOException {
                return java.nio.file.Files.size(file);
            }

            @Override
            public void read(long position, byte[] into) throws IOException {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                    ByteBuffer buf = ByteBuffer.wrap(into);
                    while (buf.hasRemaining()) {
                        if (ch.read(buf, position + buf.position()) < 0) {
                            throw new ZipException("it ends in the middle of its directory");
                        }
                    }
                }
            }

            @Override
            public InputStream from(long position) throws IOException {
                FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
                ch.position(position);
                return Channels.newInputStream(ch);
            }
        };
    }

    static Bytes of(byte[] archive) {
        return new Bytes() {
            @Override
            public long size() {
                return archive.length;
            }

            @Override
            public void read(long position, byte[] into) throws IOException {
                if (position < 0 || position + into.length > archive.length) {
                    throw new ZipException("it ends in the middle of its directory");
                }
                System.arraycopy(archive, (int) position, into, 0, into.length);
            }

            @Override
            public InputStream from(long position) {
                int at = (int) Math.min(Math.max(position, 0), archive.length);
                return new ByteArrayInputStream(archive, at, archive.length - at);
            }
        };
    }

    /** Every entry, in the directory's order. */
    static List<Entry> list(Bytes zip, int maxEntries) throws IOException {
        long size = zip.size();
        int tail = (int) Math.min(size, 22 + 0xFFFF);
        ByteBuffer end = read(zip, size - tail, tail);
        int at = -1;
        for (int p = tail - 22; p >= 0 && at < 0; p--) {
            at = end.getInt(p) == END ? p : -1;
        }
        if (at < 0) {
            throw new ZipException("it has no zip directory (not a zip, or cut short)");
        }
        long count = end.getShort(at + 10) & 0xFFFF;
        long dirSize = end.getInt(at + 12) & 0xFFFFFFFFL;
        long dirOffset = end.getInt(at + 16) & 0xFFFFFFFFL;
        long endPosition = size - tail + at;
        if ((count == 0xFFFF || dirSize == 0xFFFFFFFFL || dirOffset == 0xFFFFFFFFL) && endPosition >= 20) {
            ByteBuffer locator = read(zip, endPosition - 20, 20);
            if (locator.getInt(0) == END64_LOCATOR) {
                long end64At = locator.getLong(8);
                ByteBuffer end64 = read(zip, end64At, 56);
                if (end64.getInt(0) != END64) {
                    throw new ZipException("its zip64 directory is damaged");
                }
                count = end64.getLong(32);
                dirSize = end64.getLong(40);
                dirOffset = end64.getLong(48);
                endPosition = end64At;
            }
        }
        if (count > maxEntries) {
            throw new ZipException("it has " + count + " entries, more than " + maxEntries);
        }
        if (dirSize > MAX_DIRECTORY || dirSize > endPosition) {
            throw new ZipException("its directory is damaged");
        }
        long shift = endPosition - dirSize - dirOffset; // bytes before the archive (a self-extracting stub)
        ByteBuffer dir = read(zip, endPosition - dirSize, (int) dirSize);
        List<Entry> entries = new ArrayList<>();
        int p = 0;
        while (p + 46 <= dir.limit() && dir.getInt(p) == CENTRAL) {
            entries.add(entry(dir, p, shift));
            p += 46 + (dir.getShort(p + 28) & 0xFFFF) + (dir.getShort(p + 30) & 0xFFFF) + (dir.getShort(p + 32) & 0xFFFF);
        }
        if (entries.size() != count && count != 0xFFFF) {
            throw new ZipException("its directory lists " + entries.size() + " of " + count + " entries");
        }
        return entries;
    }

    private static Entry entry(ByteBuffer dir, int p, long shift) throws ZipException {
        int flags = dir.getShort(p + 8) & 0xFFFF;
        long compressed = dir.getInt(p + 20) & 0xFFFFFFFFL;
        long size = dir.getInt(p + 24) & 0xFFFFFFFFL;
        int nameLength = dir.getShort(p + 28) & 0xFFFF;
        int extraLength = dir.getShort(p + 30) & 0xFFFF;
        long offset = dir.getInt(p + 42) & 0xFFFFFFFFL;
        if (p + 46 + nameLength + extraLength > dir.limit()) {
            throw new ZipException("its directory is damaged");
        }
        byte[] nameBytes = new byte[nameLength];
        dir.get(p + 46, nameBytes);
        // zip64: the sizes and offset too large for 32 bits follow in an extra field, in this order
        for (int x = p + 46 + nameLength; x + 4 <= p + 46 + nameLength + extraLength; ) {
            int id = dir.getShort(x) & 0xFFFF;
            int length = dir.getShort(x + 2) & 0xFFFF;
            int v = x + 4;
            if (id == 1) {
                if (size == 0xFFFFFFFFL && v + 8 <= x + 4 + length) {
                    size = dir.getLong(v);
                    v += 8;
                }
                if (compressed == 0xFFFFFFFFL && v + 8 <= x + 4 + length) {
                    compressed = dir.getLong(v);
                    v += 8;
                }
                if (offset == 0xFFFFFFFFL && v + 8 <= x + 4 + length) {
                    offset = dir.getLong(v);
                }
            }
            x += 4 + length;
        }
        return new Entry(name(nameBytes, flags), flags, compressed, size, offset + shift);
    }

    /** UTF-8 when flagged or valid; else the old DOS code page, which zips made on Windows often use. */
    private static String name(byte[] bytes, int flags) {
        if ((flags & 0x800) != 0) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, DOS);
        }
    }

    private static ByteBuffer read(Bytes zip, long position, int length) throws IOException {
        if (position < 0) {
            throw new ZipException("its directory is damaged");
        }
        byte[] b = new byte[length];
        zip.read(position, b);
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }
}
