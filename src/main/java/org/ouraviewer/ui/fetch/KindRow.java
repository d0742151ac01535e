package org.ouraviewer.ui.fetch;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One line of the dialog's progress list: a kind (or Open Humans file) and how far it got. FX thread only. */
public final class KindRow {
    /** Where a kind is in the fetch. */
    public enum State { WAITING, FETCHING, SAVED, SKIPPED, STOPPED }

    private final String name;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.WAITING);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "waiting");

    KindRow(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public String detail() {
        return detail.get();
    }

    void set(State newState, String newDetail) {
        state.set(newState);
        detail.set(newDetail);
    }
}
