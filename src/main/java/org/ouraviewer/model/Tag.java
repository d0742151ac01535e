package org.ouraviewer.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A (deprecated) {@code tag} document: codes like {@code tag_generic_jetlag} and free text. */
public record Tag(String id, LocalDate day, OffsetDateTime time, List<String> codes, String text) {
    public Tag {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }
}
