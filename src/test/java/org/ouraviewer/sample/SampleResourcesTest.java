package org.ouraviewer.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.io.SampleData;

/**
 * The bundled sample can never drift from its generator: regenerating gives the shipped bytes. To update
 * the sample after changing the generator, run {@code bench/regenerate-sample.sh}.
 */
class SampleResourcesTest {
    private static final String ROOT = "/org/ouraviewer/sample/";

    @Test
    void regeneratingGivesTheShippedFilesByteForByte(@TempDir Path dir) throws IOException {
        SyntheticData.generate(dir, SyntheticData.SAMPLE);
        List<String> generated = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> generated.add(f.getFileName().toString()));
        }
        generated.sort(null);
        List<String> shipped = new ArrayList<>(SampleData.names());
        shipped.add("index.txt");
        shipped.add("README.txt");
        shipped.sort(null);
        assertEquals(generated, shipped, "the files index.txt lists, plus index.txt and README.txt");
        long total = 0;
        for (String name : generated) {
            byte[] expected = Files.readAllBytes(dir.resolve(name));
            try (InputStream in = SampleData.class.getResourceAsStream(ROOT + name)) {
                assertNotNull(in, name + " is not shipped");
                assertArrayEquals(expected, in.readAllBytes(), name + " differs from what the generator writes");
            }
            total += expected.length;
        }
        assertTrue(total < 3_000_000, "the sample should stay under 3 MB, is " + total);
    }

    @Test
    void everyRecordIdIsMarkedSynthetic(@TempDir Path dir) throws IOException {
        SyntheticData.generate(dir, SyntheticData.SAMPLE);
        for (String name : SyntheticData.FILES) {
            String json = Files.readString(dir.resolve(name));
            int ids = 0;
            for (int i = json.indexOf("\"id\":\""); i >= 0; i = json.indexOf("\"id\":\"", i + 1)) {
                assertTrue(json.startsWith("synthetic-", i + 6), name + " has an id not marked synthetic at " + i);
                ids++;
            }
            if (!name.contains("heartrate")) {
                assertTrue(ids > 0, name + " should have ids");
            }
        }
    }

    @Test
    void theSameSettingsGiveTheSameBytes(@TempDir Path dir) throws IOException {
        SyntheticData.Settings small = new SyntheticData.Settings(java.time.LocalDate.of(2023, 10, 20), 20, 120, 7);
        SyntheticData.generate(dir.resolve("a"), small);
        SyntheticData.generate(dir.resolve("b"), small);
        for (String name : SyntheticData.FILES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)),
                    Files.readAllBytes(dir.resolve("b").resolve(name)), name);
        }
    }
}
