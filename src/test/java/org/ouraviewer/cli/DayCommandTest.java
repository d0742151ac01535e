package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code day DAY PATH... [--json]} as CLI.md defines it, field by field, on a hand-made day: an activity day at
 * +01:00 with the nights on both sides, heart rate on the window's edges and repeated across two files.
 */
class DayCommandTest {
    static Path fixture() {
        try {
            return Path.of(DayCommandTest.class.getResource("/day").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyFieldOfTheDay() {
        CliRun run = CliRun.of("day", "2024-03-05", fixture().toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = run.json();
        assertEquals(List.of("day", "start", "end", "activity", "heart_rate", "workouts", "sessions", "tags", "stress",
                "sleep"), CliRun.fieldNames(j));
        assertEquals("2024-03-05", j.get("day").asText());
        assertEquals("2024-03-05T04:00:00+01:00", j.get("start").asText());
        assertEquals("2024-03-06T04:00:00+01:00", j.get("end").asText());

        JsonNode a = j.get("activity");
        assertEquals(List.of("score", "steps", "active_calories", "total_calories", "class_s", "classes", "met"),
                CliRun.fieldNames(a));
        assertEquals(82, a.get("score").intValue());
        assertEquals(9120, a.get("steps").intValue());
        assertEquals(420, a.get("active_calories").intValue());
        assertEquals(2510, a.get("total_calories").intValue());
        // "1112223450": three rest, three inactive, then one each of low, medium, high, non-wear
        assertEquals("{\"non_wear\":300,\"rest\":900,\"inactive\":900,\"low\":300,\"medium\":300,\"high\":300}",
                a.get("class_s").toString());
        List<String> runs = new ArrayList<>();
        a.get("classes").forEach(r -> runs.add(r.get("class").asText() + " " + r.get("start").asText().substring(11)
                + "-" + r.get("end").asText().substring(11)));
        assertEquals(List.of("rest 04:00:00+01:00-04:15:00+01:00", "inactive 04:15:00+01:00-04:30:00+01:00",
                "low 04:30:00+01:00-04:35:00+01:00", "medium 04:35:00+01:00-04:40:00+01:00",
                "high 04:40:00+01:00-04:45:00+01:00", "non_wear 04:45:00+01:00-04:50:00+01:00"), runs);
        assertEquals(List.of("start", "end", "class"), CliRun.fieldNames(a.get("classes").get(0)));
        JsonNode met = a.get("met");
        assertEquals(List.of("start", "interval_s", "n", "mean", "max"), CliRun.fieldNames(met));
        assertEquals("2024-03-05T04:00:00+01:00", met.get("start").asText());
        assertEquals(60, met.get("interval_s").intValue());
        assertEquals(3, met.get("n").intValue()); // one null of four
        assertEquals("1.466666667", met.get("mean").asText()); // (1.0 + 2.5 + 0.9) / 3
        assertEquals("2.5", met.get("max").asText());

        // 03:00:00Z is the start (in), 02:59:59Z before it, 03:00:00Z the next day the end (out); the rest and
        // workout rows of the second file repeat the first's
        JsonNode hr = j.get("heart_rate");
        assertEquals(List.of("n", "min", "max", "mean", "by_source"), CliRun.fieldNames(hr));
        assertEquals(4, hr.get("n").intValue());
        assertEquals(50, hr.get("min").intValue());
        assertEquals(150, hr.get("max").intValue());
        assertEquals(82.5, hr.get("mean").doubleValue(), 1e-9); // (60 + 50 + 70 + 150) / 4
        assertEquals("{\"awake\":2,\"rest\":1,\"workout\":1}", hr.get("by_source").toString());

        assertEquals(1, j.get("workouts").size()); // the one ending at 03:59 belongs to the day before
        JsonNode w = j.get("workouts").get(0);
        assertEquals(List.of("activity", "start", "end", "intensity", "calories"), CliRun.fieldNames(w));
        assertEquals("walking", w.get("activity").asText());
        assertEquals("2024-03-05T10:00:00+01:00", w.get("start").asText());
        assertEquals("moderate", w.get("intensity").asText());
        assertEquals(120.5, w.get("calories").doubleValue());

        assertEquals("[{\"type\":\"breathing\",\"start\":\"2024-03-05T12:00:00+01:00\","
                + "\"end\":\"2024-03-05T12:10:00+01:00\"}]", j.get("sessions").toString());
        // timed tags by start, the untimed enhanced tag of the day last; the tag at the window's end is left out
        assertEquals("[{\"tag\":\"Caffeine\",\"start\":\"2024-03-05T08:00:00+01:00\",\"end\":null},"
                + "{\"tag\":\"Jet lag\",\"start\":\"2024-03-05T21:00:00+01:00\",\"end\":null},"
                + "{\"tag\":\"Alcohol\",\"start\":null,\"end\":null}]", j.get("tags").toString());
        assertEquals("{\"stress_high_s\":3600,\"recovery_high_s\":1800,\"day_summary\":\"normal\"}",
                j.get("stress").toString());
        // the night before (ends in the window) and after (starts in it); the rest period ending at 04:00 is out
        assertEquals("[{\"type\":\"long_sleep\",\"day\":\"2024-03-05\",\"start\":\"2024-03-04T23:00:00+01:00\","
                + "\"end\":\"2024-03-05T07:00:00+01:00\"},{\"type\":\"long_sleep\",\"day\":\"2024-03-06\","
                + "\"start\":\"2024-03-05T23:30:00+01:00\",\"end\":\"2024-03-06T06:30:00+01:00\"}]",
                j.get("sleep").toString());
    }

    @Test
    void aDayWithoutItsOwnRecordsHasNullsAndStillTheNightThatReachesIntoIt() {
        // 2024-03-06: no activity, no stress; the window comes from that day's main sleep (ends 06:30+01:00)
        CliRun run = CliRun.of("day", "2024-03-06", fixture().toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = run.json();
        assertEquals("2024-03-06T04:00:00+01:00", j.get("start").asText());
        assertTrue(j.get("activity").isNull());
        assertTrue(j.get("stress").isNull());
        // the row at exactly 03:00Z, the end of the 5th, is the start of the 6th
        assertEquals("{\"n\":1,\"min\":99,\"max\":99,\"mean\":99,\"by_source\":{\"awake\":1}}",
                j.get("heart_rate").toString());
        assertEquals("[{\"tag\":\"Late\",\"start\":\"2024-03-06T04:00:00+01:00\",\"end\":null}]",
                j.get("tags").toString());
    }

    @Test
    void aDayWithNothingExitsOne() {
        CliRun run = CliRun.of("day", "2019-01-01", fixture().toString(), "--json");
        assertEquals(ExitCode.INCOMPLETE, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("No data for 2019-01-01"), run.err());
    }

    @Test
    void theTextFormSaysTheDayInWords() {
        CliRun run = CliRun.of("day", "2024-03-05", fixture().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Activity score 82, 9120 steps, 420 active / 2510 total kcal (target 450)"),
                run.out());
        assertTrue(run.out().contains("Workout: walking, 10:00 to 11:00"), run.out());
        assertTrue(run.out().contains("Resilience: 3"), run.out());
        assertTrue(run.out().contains("VO2 max: 44.5 ml/kg/min"), run.out());
    }
}
