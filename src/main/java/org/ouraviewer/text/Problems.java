package org.ouraviewer.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Failures in the words a user reads, for the command line's stderr and the window's dialogs alike: no
 * class names, no temporary files, and names with control characters (a newline in a file name) escaped so
 * one problem stays one line.
 */
public final class Problems {
    private Problems() {
    }

    /** A path for a message, control characters escaped. */
    public static String path(Path path) {
        return printable(path.toString());
    }

    /** A file's name for a message (the whole path when it has no name), control characters escaped. */
    public static String name(Path path) {
        return printable(path.getFileName() == null ? path.toString() : path.getFileName().toString());
    }

    /** {@code text} with line breaks, tabs and other control characters written as escapes. */
    public static String printable(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c)) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return b == null ? text : b.toString();
    }

    /**
     * Why something failed, as the end of a sentence: "there is no such file or folder as /a/b.json",
     * "permission was denied in the folder /a", "no space left on device". Never a class name.
     */
    public static String describe(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof NoSuchFileException f) {
            return "there is no such file or folder as " + fileOf(f);
        }
        if (cause instanceof AccessDeniedException f) {
            Path file = f.getFile() == null ? null : Path.of(f.getFile());
            Path folder = file == null ? null : file.toAbsolutePath().getParent();
            return folder == null ? "permission was denied" : "permission was denied in the folder " + path(folder);
        }
        if (cause instanceof FileAlreadyExistsException f) {
            return fileOf(f) + " already exists";
        }
        if (cause instanceof NotDirectoryException f) {
            return fileOf(f) + " is not a folder";
        }
        if (cause instanceof FileSystemException f && f.getReason() != null) {
            return lowerFirst(f.getReason());
        }
        if (cause instanceof InvalidPathException p) {
            return "\"" + printable(p.getInput()) + "\" is not a path this system can use";
        }
        if (cause instanceof OutOfMemoryError) {
            return "there was not enough memory";
        }
        if (cause instanceof IOException && cause.getMessage() != null && !cause.getMessage().isBlank()) {
            return lowerFirst(printable(cause.getMessage()));
        }
        return "something failed that the app did not expect";
    }

    private static String fileOf(FileSystemException f) {
        return f.getFile() == null ? "the file" : printable(f.getFile());
    }

    private static String lowerFirst(String s) {
        String t = s.strip();
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.isEmpty() ? "it failed" : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }
}
