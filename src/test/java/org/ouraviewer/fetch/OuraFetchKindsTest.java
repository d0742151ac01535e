package org.ouraviewer.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.work.TestThreads;

/** Every kind the API has is fetched; a kind whose permission was not granted is skipped, saying which. */
class OuraFetchKindsTest {
    @TempDir
    Path dir;
    FakeOuraServer server;
    final List<String> notes = new ArrayList<>();
    final FetchProgress progress = new FetchProgress() {
        @Override
        public void skipped(String name, String why) {
            notes.add(name + ": " + why);
        }
    };

    @org.junit.jupiter.api.BeforeEach
    void start() throws IOException {
        server = new FakeOuraServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static JsonNode doc(String json) throws IOException {
        return FakeOuraServer.MAPPER.readTree(json);
    }

    private void serveTheNewKinds() throws IOException {
        server.put("daily_resilience", List.of(doc("{\"id\":\"r1\",\"day\":\"2024-10-02\",\"level\":\"strong\","
                + "\"contributors\":{\"sleep_recovery\":80,\"daytime_recovery\":50,\"stress\":60}}")));
        server.put("daily_cardiovascular_age", List.of(doc("{\"day\":\"2024-10-02\",\"vascular_age\":39}")));
        server.put("vO2_max", List.of(doc("{\"id\":\"v1\",\"day\":\"2024-10-02\","
                + "\"timestamp\":\"2024-10-02T08:00:00+02:00\",\"vo2_max\":45.5}")));
        server.put("ring_configuration", List.of(doc("{\"id\":\"ring1\",\"color\":\"silver\","
                + "\"design\":\"heritage\",\"firmware_version\":\"2.9.1\",\"hardware_type\":\"gen3\","
                + "\"set_up_at\":\"2021-01-01T10:00:00+00:00\",\"size\":9}")));
    }

    private FetchRequest request(AccessTokens tokens) {
        return new FetchRequest(FetchSource.OURA, server.base(), tokens,
                new DateRange(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 3)), false, ZoneOffset.ofHours(2),
                new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), d -> { },
                        TestThreads.SHARED.scheduler()));
    }

    @Test
    void resilienceCardiovascularAgeVo2MaxAndTheRingAreSavedAndRead() throws IOException {
        serveTheNewKinds();
        FetchResult result = Fetch.run(request(AccessTokens.fixed(FakeOuraServer.TOKEN)), dir, progress, () -> false);
        for (String route : List.of("daily_resilience", "daily_cardiovascular_age", "vO2_max", "ring_configuration")) {
            assertTrue(Files.exists(dir.resolve("oura-v2-" + route + ".json")), route);
            assertFalse(server.requests(route).isEmpty(), route);
        }
        assertTrue(result.skipped().isEmpty(), result.skipped().toString());
        OuraData data = DataLoader.load(List.of(dir)).data();
        LocalDate day = LocalDate.of(2024, 10, 2);
        assertEquals(4, data.resilience(day).orElseThrow().levelNumber());
        assertEquals(39, data.cardiovascularAge(day).orElseThrow().vascularAge());
        assertEquals(45.5, data.vo2Max(day).orElseThrow().vo2Max());
    }

    @Test
    void aKindWhosePermissionWasNotGrantedIsSkippedNamingThePermission() throws IOException {
        serveTheNewKinds();
        AccessTokens withoutStress = new AccessTokens() {
            @Override
            public String current() {
                return FakeOuraServer.TOKEN;
            }

            @Override
            public Optional<String> renewedAfterRefusal(String refused) {
                return Optional.empty();
            }

            @Override
            public Optional<String> grantedScope() {
                return Optional.of("extapi:email extapi:personal extapi:daily extapi:heartrate extapi:workout"
                        + " extapi:tag extapi:session extapi:spo2 extapi:ring_configuration extapi:heart_health");
            }
        };
        FetchResult result = Fetch.run(request(withoutStress), dir, progress, () -> false);
        assertEquals(List.of("daily_stress (not granted: tick \"stress\" when signing in)",
                "daily_resilience (not granted: tick \"stress\" when signing in)"), result.skipped());
        assertTrue(notes.contains("daily_resilience: the sign-in was not granted the \"stress\" permission; tick it"
                + " when signing in to Oura (oura-viewer login) to fetch daily_resilience"), notes.toString());
        assertTrue(server.requests("daily_resilience").isEmpty(), "not asked for");
        assertTrue(Files.exists(dir.resolve("oura-v2-vO2_max.json")), "the granted kinds are fetched");
    }

    @Test
    void legacyScopesWithoutThePrefixCount() {
        assertTrue(OuraScopes.covers("daily heartrate stress", org.ouraviewer.model.OuraKind.DAILY_RESILIENCE));
        assertFalse(OuraScopes.covers("daily heartrate", org.ouraviewer.model.OuraKind.VO2_MAX));
        assertTrue(OuraScopes.covers(null, org.ouraviewer.model.OuraKind.VO2_MAX));
    }

    @Test
    void aRefusalForALapsedMembershipPointsToTheExportZip() {
        assertTrue(OuraFetch.refusal(403).contains("membership has lapsed"));
        assertTrue(OuraFetch.refusal(403).contains("export ZIP"));
    }
}
