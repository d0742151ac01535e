package org.ouraviewer.ui.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouraviewer.fetch.SavedFile;

/** The progress rows follow what the fetch reports, without a scene. */
class KindRowsTest {
    @Test
    void followTheFetchAndSayWhatWasNotReached() {
        KindRows rows = new KindRows();
        rows.planned(List.of("daily_sleep", "sleep", "session", "heartrate"));
        rows.started("daily_sleep");
        rows.received("daily_sleep", 1200);
        assertEquals("1,200 received…", rows.list().get(0).detail());
        rows.saved(new SavedFile("daily_sleep", Path.of("x"), 1200, 30, 1500));
        rows.skipped("session", "not offered by this server");
        rows.started("sleep");
        rows.endedEarly("not saved");

        assertEquals(List.of(KindRow.State.SAVED, KindRow.State.STOPPED, KindRow.State.SKIPPED, KindRow.State.SKIPPED),
                rows.list().stream().map(KindRow::state).toList());
        assertEquals(List.of("1,200 received, 30 new", "not saved", "not offered by this server", "not fetched"),
                rows.list().stream().map(KindRow::detail).toList());
    }

    @Test
    void aFileKeptAsReceivedSaysSo() {
        KindRows rows = new KindRows();
        rows.saved(new SavedFile("oura-data.json", Path.of("x"), 0, 0, -1));
        assertEquals("saved as received", rows.list().get(0).detail());
    }
}
