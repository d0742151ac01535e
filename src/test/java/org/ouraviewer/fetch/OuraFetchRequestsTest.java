package org.ouraviewer.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the fetch asks Oura's API v2 for: pages followed, days and heart-rate windows asked, routes missing. */
class OuraFetchRequestsTest extends OuraFetchFixture {
    @Test
    void followsNextTokenUntilItIsNullWithTheTokenOnlyInTheHeader() throws IOException {
        server.putRecording("sleep", SLEEP).pageSize(10);
        FetchResult result = fetch(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 30));

        List<FakeOuraServer.Seen> pages = server.requests("sleep");
        assertEquals(5, pages.size());
        assertEquals(List.of("10", "20", "30", "40"), pages.stream().skip(1).map(s -> s.query().get("next_token")).toList());
        assertEquals(48, saved("sleep").size());
        List<String> lines = Files.readAllLines(dir.resolve("oura-v2-sleep.json"));
        assertEquals(50, lines.size(), "one document a line between the brackets");
        assertEquals("[", lines.get(0));
        assertEquals("]", lines.get(49));
        assertTrue(lines.subList(1, 49).stream().allMatch(l -> l.startsWith("{\"id\":")), lines.get(2));
        assertEquals(48, result.saved().stream().filter(f -> f.name().equals("sleep")).findFirst().orElseThrow().added());
        for (FakeOuraServer.Seen s : server.requests()) {
            assertEquals("Bearer " + FakeOuraServer.TOKEN, s.authorization());
            assertFalse(s.rawQuery().contains(FakeOuraServer.TOKEN));
        }
        assertEquals(OuraRoutes.FETCHED.size(), server.requests().stream().map(FakeOuraServer.Seen::route).distinct().count());
    }

    @Test
    void asksOneDayWiderOnEachSideAndKeepsExactlyTheDaysAsked() throws IOException {
        server.putRecording("daily_sleep", DAILY_SLEEP).ignoreRange();
        LocalDate start = LocalDate.of(2020, 1, 1);
        LocalDate end = LocalDate.of(2020, 1, 31);
        fetch(start, end);

        FakeOuraServer.Seen asked = server.requests("daily_sleep").get(0);
        assertEquals("2019-12-31", asked.query().get("start_date"));
        assertEquals("2020-02-01", asked.query().get("end_date"));
        Set<String> expected = FakeOuraServer.recording(DAILY_SLEEP).stream().map(d -> d.get("day").asText())
                .filter(d -> !LocalDate.parse(d).isBefore(start) && !LocalDate.parse(d).isAfter(end))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(expected.size() > 20, "the recording has most days of January 2020");
        assertEquals(expected, saved("daily_sleep").stream().map(d -> d.get("day").asText())
                .collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(expected.size(), saved("daily_sleep").size());
    }

    @Test
    void asksHeartRateInWindowsOfAtMost30DaysWithEncodedOffsets() throws IOException {
        server.putRecording("heartrate", HEARTRATE).pageSize(200);
        fetch(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 31));

        List<FakeOuraServer.Seen> windows = server.requests("heartrate").stream()
                .filter(s -> !s.query().containsKey("next_token")).toList();
        assertEquals(5, server.requests("heartrate").size() - windows.size(), "1,101 rows in pages of 200");
        assertEquals(3, windows.size(), "63 days asked (61 and one on each side): 30 + 30 + 3");
        OffsetDateTime expectedStart = OffsetDateTime.parse("2024-10-31T00:00:00+02:00");
        for (FakeOuraServer.Seen w : windows) {
            assertTrue(w.rawQuery().contains("%2B02%3A00"), w.rawQuery());
            OffsetDateTime from = OffsetDateTime.parse(w.query().get("start_datetime"));
            OffsetDateTime to = OffsetDateTime.parse(w.query().get("end_datetime"));
            assertEquals(expectedStart.toInstant(), from.toInstant());
            assertTrue(Duration.between(from, to).compareTo(Duration.ofDays(30)) <= 0);
            expectedStart = to;
        }
        assertEquals(OffsetDateTime.parse("2025-01-02T00:00:00+02:00").toInstant(), expectedStart.toInstant());
        long distinctRows = FakeOuraServer.recording(HEARTRATE).stream()
                .map(r -> r.get("timestamp").asText() + r.get("source").asText() + r.get("bpm").asInt()).distinct().count();
        assertEquals(distinctRows, saved("heartrate").size());
    }

    @Test
    void skipsARouteTheServerDoesNotHave() throws IOException {
        server.putRecording("workout", WORKOUT).answerAlways("session", 404);
        List<String> skippedNotes = new ArrayList<>();
        FetchResult result = Fetch.run(request(FakeOuraServer.TOKEN, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 30)),
                dir, new FetchProgress() {
                    @Override
                    public void skipped(String name, String why) {
                        skippedNotes.add(name + ": " + why);
                    }
                }, () -> false);
        assertEquals(List.of("session (not offered by this server)"), result.skipped());
        assertTrue(skippedNotes.contains("session: not offered by this server"));
        assertFalse(Files.exists(dir.resolve("oura-v2-session.json")));
        assertEquals(83, saved("workout").size());
        assertTrue(server.requests("heartrate").size() > 0, "the fetch went on after the 404");
    }
}
