package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
    private static Arguments parse(String... args) throws UsageException {
        return Arguments.parse(List.of(args), Set.of("--json"), Set.of("--out", "--width"));
    }

    @Test
    void positionalsSwitchesAndOptionsInAnyOrder() throws UsageException {
        Arguments a = parse("--json", "2022-12-01", "--out", "x.png", "data", "--width=800", "more.zip");
        assertEquals(List.of("2022-12-01", "data", "more.zip"), a.positionals());
        assertTrue(a.has("--json"));
        assertEquals("x.png", a.option("--out"));
        assertEquals(800, a.intOption("--width", 1600, 1, 10000));
        assertEquals(List.of(Path.of("data"), Path.of("more.zip")), a.paths(1));
    }

    @Test
    void clearMessagesForWhatIsWrong() {
        assertEquals("unknown option --jsn", assertThrows(UsageException.class, () -> parse("--jsn")).getMessage());
        assertEquals("--json takes no value", assertThrows(UsageException.class, () -> parse("--json=yes")).getMessage());
        assertEquals("--out needs a value", assertThrows(UsageException.class, () -> parse("x", "--out")).getMessage());
        assertEquals("--width must be a whole number, not wide", assertThrows(UsageException.class,
                () -> parse("--width", "wide").intOption("--width", 1, 1, 10)).getMessage());
        assertEquals("--width must be between 1 and 10, not 11", assertThrows(UsageException.class,
                () -> parse("--width", "11").intOption("--width", 1, 1, 10)).getMessage());
        assertEquals("give at least one file, folder or .zip to read", assertThrows(UsageException.class,
                () -> parse("2022-12-01").paths(1)).getMessage());
        assertEquals("DAY must be a day written YYYY-MM-DD, not \"2022-02-30\"", assertThrows(UsageException.class,
                () -> Arguments.day("2022-02-30", "DAY")).getMessage());
    }

    @Test
    void days() throws UsageException {
        assertEquals(LocalDate.of(2024, 2, 29), Arguments.day("2024-02-29", "DAY"));
    }
}
