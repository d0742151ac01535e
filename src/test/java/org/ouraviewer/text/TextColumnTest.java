package org.ouraviewer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextColumnTest {
    private record Row(String name, Double value, Duration length, OffsetDateTime time) {
    }

    private static final TextColumn<Row> VALUE = TextColumn.ofNumber("v",
            r -> r.value() == null ? "" : r.value().toString(), Row::value);
    private static final TextColumn<Row> NAME = TextColumn.ofText("n", Row::name);
    private static final TextColumn<Row> LENGTH = TextColumn.of("l", r -> "", Row::length);
    private static final TextColumn<Row> TIME = TextColumn.of("t", r -> "", r -> r.time() == null ? null
            : r.time().toInstant());

    private final Row nine = new Row("b", 9.0, Duration.ofMinutes(90), OffsetDateTime.parse("2024-01-01T10:00+02:00"));
    private final Row ten = new Row("A", 10.0, Duration.ofMinutes(5), OffsetDateTime.parse("2024-01-01T09:30+00:00"));
    private final Row none = new Row("", null, null, null);

    private List<Row> sorted(TextColumn<Row> column, boolean ascending) {
        List<Row> rows = new ArrayList<>(List.of(none, ten, nine));
        rows.sort(column.order(ascending));
        return rows;
    }

    @Test
    void numbersSortAsNumbersWithMissingLastBothWays() {
        assertEquals(List.of(nine, ten, none), sorted(VALUE, true));
        assertEquals(List.of(ten, nine, none), sorted(VALUE, false));
    }

    @Test
    void textSortsIgnoringCaseAndBlankIsMissing() {
        assertEquals(List.of(ten, nine, none), sorted(NAME, true));
        assertEquals(List.of(nine, ten, none), sorted(NAME, false));
    }

    @Test
    void durationsAndInstantsSortByValue() {
        assertEquals(List.of(ten, nine, none), sorted(LENGTH, true));
        // 10:00+02:00 is 08:00 UTC, before 09:30 UTC although its clock reads later
        assertEquals(List.of(nine, ten, none), sorted(TIME, true));
    }

    @Test
    void severalKeysApplyInOrder() {
        Row nineToo = new Row("c", 9.0, Duration.ofMinutes(1), null);
        List<Row> rows = new ArrayList<>(List.of(nine, ten, nineToo));
        rows.sort(TextColumn.order(List.of(new TextColumn.Sort<>(VALUE, true), new TextColumn.Sort<>(LENGTH, true))));
        assertEquals(List.of(nineToo, nine, ten), rows);
        assertNull(TextColumn.order(List.<TextColumn.Sort<Row>>of()));
    }
}
