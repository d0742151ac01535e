package org.ouraviewer.io;

import org.ouraviewer.model.OuraKind;

/** What a record is: a V2 kind, or a V1 record to be mapped to that V2 kind. */
record RecordKind(OuraKind kind, boolean v1) {
    static RecordKind v2(OuraKind kind) {
        return new RecordKind(kind, false);
    }

    static RecordKind v1(OuraKind kind) {
        return new RecordKind(kind, true);
    }

    /** The kind as reports name it: the route, or {@code v1}. */
    String label() {
        return v1 ? "v1" : kind.route();
    }
}
