package org.ouraviewer.ui.fetch;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ouraviewer.fetch.SavedFile;

/** The progress list: one row per kind, updated as the fetch reports. FX thread only. */
final class KindRows {
    private final ObservableList<KindRow> rows = FXCollections.observableArrayList();

    ObservableList<KindRow> list() {
        return rows;
    }

    void clear() {
        rows.clear();
    }

    void planned(List<String> names) {
        rows.setAll(names.stream().map(KindRow::new).toList());
    }

    void started(String name) {
        row(name).set(KindRow.State.FETCHING, "downloading…");
    }

    void received(String name, int records) {
        row(name).set(KindRow.State.FETCHING, String.format("%,d received…", records));
    }

    void saved(SavedFile file) {
        row(file.name()).set(KindRow.State.SAVED, file.total() < 0 ? "saved as received"
                : String.format("%,d received, %,d new", file.received(), file.added()));
    }

    void skipped(String name, String why) {
        row(name).set(KindRow.State.SKIPPED, why);
    }

    /** The fetch ended early: the kind in progress was not saved, the ones after it were not reached. */
    void endedEarly(String why) {
        for (KindRow r : rows) {
            if (r.state() == KindRow.State.FETCHING) {
                r.set(KindRow.State.STOPPED, why);
            } else if (r.state() == KindRow.State.WAITING) {
                r.set(KindRow.State.SKIPPED, "not fetched");
            }
        }
    }

    private KindRow row(String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseGet(() -> {
            KindRow r = new KindRow(name);
            rows.add(r);
            return r;
        });
    }
}
