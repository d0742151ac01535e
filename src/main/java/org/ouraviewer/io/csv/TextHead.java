package org.ouraviewer.io.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The first characters of a file, as far as choosing its format needs: decoded by its byte order mark
 * (UTF-8 by default; Excel saves "Unicode text" as UTF-16 with a BOM), and through the end of the first
 * line, because a CSV of many columns has a header longer than the usual 8 KB look. Not past the look for
 * JSON, known by its first character: an API response is one line, and reading it here would read and
 * decode up to a megabyte that the JSON reader then reads again.
 */
public final class TextHead {
    private static final int LOOK = 8192;
    /** No header of Oura data comes near this; past it the file is not a CSV of columns. */
    static final int MAX_HEADER_LINE = 1 << 20;

    private TextHead() {
    }

    /** The head of {@code in} without its BOM; the stream is left where it was (marked and reset). */
    public static String read(BufferedInputStream in) throws IOException {
        in.mark(MAX_HEADER_LINE + 16);
        byte[] bytes = in.readNBytes(LOOK);
        Charset charset = charset(bytes);
        String text = new String(bytes, charset);
        if (bytes.length == LOOK && !hasLineEnd(text) && !isJson(text)) {
            byte[] more = in.readNBytes(MAX_HEADER_LINE - LOOK);
            byte[] all = new byte[bytes.length + more.length];
            System.arraycopy(bytes, 0, all, 0, bytes.length);
            System.arraycopy(more, 0, all, bytes.length, more.length);
            text = new String(all, charset);
        }
        in.reset();
        return withoutBom(text);
    }

    /** The encoding its byte order mark names; UTF-8 without one. */
    static Charset charset(byte[] head) {
        if (head.length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF
                || head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)) {
            return StandardCharsets.UTF_16;
        }
        return StandardCharsets.UTF_8;
    }

    /** The encoding of a stream that supports mark and reset, left where it was. */
    static Charset charset(InputStream in) throws IOException {
        in.mark(4);
        byte[] bom = in.readNBytes(2);
        in.reset();
        return charset(bom);
    }

    /**
     * Why a head is not text, or null when it is: NUL bytes or undecodable bytes (a binary file, a disk
     * error's zeros, UTF-16 without its mark) make no CSV.
     */
    public static String whyNotText(String head) {
        if (head.indexOf('\0') >= 0) {
            return "it is not text: it holds NUL bytes (a damaged file, a binary file or UTF-16 text without a byte order mark)";
        }
        long undecodable = head.chars().filter(c -> c == '\uFFFD').count();
        if (undecodable > 8 && undecodable * 20 > head.length()) {
            return "it is not text in UTF-8 or UTF-16: most of its bytes are not characters";
        }
        return null;
    }

    /** What {@code JsonFormat} accepts by content: a first character, past a BOM and blanks, of { or [. */
    private static boolean isJson(String text) {
        String start = withoutBom(text).stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean hasLineEnd(String text) {
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }
}
