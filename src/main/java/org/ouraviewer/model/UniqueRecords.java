package org.ouraviewer.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps the first of each record: a record repeats another when it has the same {@code id}, or the same
 * natural key (records of old exports have no id, and the same night can come with and without one).
 */
final class UniqueRecords<T> {
    private final Function<T, String> id;
    private final Function<T, Object> naturalKey;
    private final Set<String> ids = new HashSet<>();
    private final Set<Object> keys = new HashSet<>();
    private final List<T> kept = new ArrayList<>();

    UniqueRecords(Function<T, String> id, Function<T, Object> naturalKey) {
        this.id = id;
        this.naturalKey = naturalKey;
    }

    /** Adds the record unless it repeats one already kept; says whether it was kept. */
    boolean add(T record) {
        String recordId = id.apply(record);
        Object key = naturalKey.apply(record);
        if ((recordId != null && ids.contains(recordId)) || (key != null && keys.contains(key))) {
            return false;
        }
        if (recordId != null) {
            ids.add(recordId);
        }
        if (key != null) {
            keys.add(key);
        }
        kept.add(record);
        return true;
    }

    void addAll(Iterable<T> records) {
        for (T r : records) {
            add(r);
        }
    }

    List<T> kept() {
        return kept;
    }
}
