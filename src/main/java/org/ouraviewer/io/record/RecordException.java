package org.ouraviewer.io.record;

/** A record that does not fit its kind: a missing field, a field of the wrong type. */
public final class RecordException extends RuntimeException {
    public RecordException(String message) {
        super(message, null, false, false);
    }
}
