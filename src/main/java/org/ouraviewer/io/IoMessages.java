package org.ouraviewer.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns exceptions into the one clear sentence a user reads (no class names, no stack traces). */
final class IoMessages {
    private IoMessages() {
    }

    static String describe(Throwable e) {
        Throwable cause = e;
        if (e instanceof java.io.UncheckedIOException && e.getCause() != null) {
            cause = e.getCause();
        }
        if (cause instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        }
        return message;
    }
}
