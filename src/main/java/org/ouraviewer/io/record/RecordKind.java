package org.ouraviewer.io.record;

import org.ouraviewer.model.OuraKind;

/** What a record is: a V2 kind, or a V1 record to be mapped to that V2 kind. */
public record RecordKind(OuraKind kind, boolean v1) {
    public static RecordKind v2(OuraKind kind) {
        return new RecordKind(kind, false);
    }

    public static RecordKind v1(OuraKind kind) {
        return new RecordKind(kind, true);
    }

    /** The kind as reports name it: the route, or {@code v1}. */
    public String label() {
        return v1 ? "v1" : kind.route();
    }
}
