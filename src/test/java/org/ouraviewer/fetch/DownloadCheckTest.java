package org.ouraviewer.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;

/** A download is judged by the reader's report: no error, records of the kind its name says, none only when empty. */
class DownloadCheckTest {
    private static final String V1_NIGHT = "{\"profile\":{},\"sleep\":[{\"summary_date\":\"2024-01-01\","
            + "\"bedtime_start\":\"2024-01-01T23:00:00+01:00\",\"bedtime_end\":\"2024-01-02T07:00:00+01:00\","
            + "\"duration\":28800,\"score\":80}],\"activity\":[],\"readiness\":[]}";

    @TempDir
    Path dir;

    private Optional<String> check(String name, String body) throws IOException {
        return DownloadCheck.problem(name, Files.writeString(dir.resolve("received"), body));
    }

    @Test
    void thatKindsRecordsAndEmptyListsPass() throws IOException {
        Path sleep = TestFiles.samples("open-humans-notebook/oura-v2-sleep.json");
        assertEquals(Optional.empty(), DownloadCheck.problem("oura-v2-sleep.json", sleep));
        assertEquals(Optional.empty(), check("oura-v2-tag.json", " [ ] "));
        assertEquals(Optional.empty(), check("oura-data.json", V1_NIGHT));
        assertEquals(Optional.empty(), check("oura-data.json", "{\"profile\":{},\"sleep\":[],\"activity\":[],\"readiness\":[]}"),
                "V1 of a user without data is an object of empty lists");
    }

    @Test
    void anotherKindsRecordsFail() throws IOException {
        Path sleep = TestFiles.samples("open-humans-notebook/oura-v2-sleep.json");
        assertEquals(Optional.of("something other than workout records"), DownloadCheck.problem("oura-v2-workout.json", sleep));
        assertEquals(Optional.of("something other than V1 Oura data"), check("oura-data.json", Files.readString(sleep)));
    }

    @Test
    void whatTheReaderCannotReadOrFindsNothingInFails() throws IOException {
        assertEquals(Optional.of("an empty file"), check("oura-v2-sleep.json", " \n"));
        assertEquals(Optional.of("a web page, not Oura data"), check("oura-data.json", "<html><body>Sign in</body></html>"));
        assertEquals(Optional.of("a message instead of the data"), check("oura-v2-sleep.json", "{\"detail\": \"expired\"}"));
        assertTrue(check("oura-data.json", "{\"detail\": \"expired\"}").orElseThrow().startsWith("a file the viewer cannot read ("));
        assertTrue(check("oura-v2-sleep.json", "[{\"detail\": \"expired\"}]").isPresent());
        assertTrue(check("oura-v2-sleep.json", "[{\"id\": \"x\", \"day\": \"2024-01-01\"").orElseThrow()
                .startsWith("a file the viewer cannot read ("), "cut short");
    }
}
