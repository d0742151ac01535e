package org.ouraviewer.io;

/** A record that does not fit its kind: a missing field, a field of the wrong type. */
final class RecordException extends RuntimeException {
    RecordException(String message) {
        super(message, null, false, false);
    }
}
