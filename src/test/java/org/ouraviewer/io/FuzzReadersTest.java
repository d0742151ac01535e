package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;
import org.ouraviewer.model.OuraKind;

/**
 * Mutations of the real sample files, as a careless user and a hostile file would make them: cuts at
 * every kind of structural point, flipped bytes, wrong types and impossible numbers in fields, deep
 * nesting, other encodings. Nothing may escape as an exception, every report is one sentence, a good file
 * beside a broken one still loads, and the command line keeps its exit codes under a 256 MB heap. A fixed
 * seed: the same few hundred cases every run, in seconds.
 */
class FuzzReadersTest {
    private static final long SEED = 20_261_201L;
    private static final int CASES = 400;
    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,]\\s?)-?\\d+(\\.\\d+)?(?=[,\\]}\\s])");
    private static final Pattern VALUE = Pattern.compile("(?<=\":\\s?)(\"[^\"]*\"|-?\\d+(\\.\\d+)?|null|true|false)");
    private static final String[] NUMBERS = {"1e999", "-1e999", "99999999999999999999999", "-2147483649", "1e-999",
        "0", "-0", "300.5", "1e308", "4294967296"};
    private static final String[] WRONG = {"\"abc\"", "[]", "{}", "null", "-1", "\"\"", "true", "[1,[2]]",
        "\"9999-12-31T23:59:59+99:99\"", "\"0001-01-01T00:00:00Z\""};
    private static final List<String> CORPUS = List.of("open-humans-notebook/oura-v2-sleep.json",
            "open-humans-notebook/oura-v2-daily_activity.json", "open-humans-notebook/oura-v2-heartrate.json",
            "open-humans-notebook/oura-v2-tag.json", "open-humans-notebook/oura-v2-workout.json",
            "api-recordings/enhanced_tag__multiple.json", "api-recordings/session__multiple.json",
            "real-world/script-dumps/oura.json", "v1/v1-sleep-docs-example.json",
            "real-world/web-export/oura_daily-readiness_2024-06-04T09-46-08.csv",
            "real-world/trends-csv/oura_trends.csv");

    @TempDir
    Path dir;

    private final Random random = new Random(SEED);

    @Test
    void noMutationEscapesAsAnExceptionAndEveryReportIsOneSentence() throws IOException {
        List<byte[]> originals = new ArrayList<>();
        for (String name : CORPUS) {
            originals.add(small(Files.readAllBytes(TestFiles.samples(name))));
        }
        Path mutants = Files.createDirectories(dir.resolve("mutants"));
        int errors = 0;
        int skips = 0;
        for (int i = 0; i < CASES; i++) {
            int which = random.nextInt(CORPUS.size());
            String name = Path.of(CORPUS.get(which)).getFileName().toString();
            byte[] mutant = mutate(originals.get(which));
            Path f = mutants.resolve(String.format("%03d-%s", i, name));
            Files.write(f, mutant);
            FileFormats.Result r = assertDoesNotThrow(() -> FileFormats.read(new PathSource(f, mutant.length)),
                    () -> "case " + f.getFileName());
            FileReport report = r.report();
            for (String sentence : new String[] {report.error(), report.warning()}) {
                if (sentence != null) {
                    BadInputTest.assertOneClearSentence(sentence);
                }
            }
            // the report counts what the batches hold, per kind and in all, and an ignored file holds nothing
            int inBatches = r.batches().stream().flatMap(b -> b.countsByKind().values().stream())
                    .mapToInt(Integer::intValue).sum();
            assertEquals(inBatches, report.records(), report::toString);
            assertEquals(inBatches, report.kinds().values().stream().mapToInt(Integer::intValue).sum(), report::toString);
            assertTrue(!report.ignored() || report.records() == 0 && report.error() == null, report::toString);
            errors += report.error() != null ? 1 : 0;
            skips += report.skipped() > 0 ? 1 : 0;
        }
        // the mutations reach the readers' error paths, not only files that still read cleanly
        assertTrue(errors > CASES / 5 && skips > CASES / 20, errors + " errors, " + skips + " with skips");
        System.out.printf("fuzz: %d cases, %d with an error, %d with skipped records%n", CASES, errors, skips);
        // every mutant at once, beside a good file: the good one still loads
        Files.copy(TestFiles.samples("open-humans-notebook/oura-v2-daily_sleep.json"), dir.resolve("good-daily_sleep.json"));
        LoadResult all = assertDoesNotThrow(() -> DataLoader.load(List.of(dir)));
        assertEquals(CASES + 1, all.files().size());
        FileReport good = all.files().stream().filter(f -> f.path().endsWith("good-daily_sleep.json")).findFirst()
                .orElseThrow();
        assertEquals(1, good.records());
        assertTrue(all.data().recordCounts().getOrDefault(OuraKind.DAILY_SLEEP, 0) >= 1);
        commandLineKeepsItsContract(dir);
    }

    /**
     * Tag comments as people type them, in the Membership Hub's unquoted {@code ;} cells: quotes anywhere,
     * separators inside. Every row is read or skipped alone with its line; the file never fails.
     */
    @Test
    void hubCommentsWithQuotesAndSeparatorsCostAtMostTheirOwnRow() throws IOException {
        String[] pieces = {"\"", "\"\"", ";", "late", " ", "dinner", "'", "\"x\"", ",", "{", "}"};
        for (int c = 0; c < 60; c++) {
            StringBuilder file = new StringBuilder(CsvCellsTest.TAG_HEADER).append("\r\n");
            int rows = 1 + random.nextInt(8);
            int shifted = 0;
            for (int i = 1; i <= rows; i++) {
                StringBuilder comment = new StringBuilder();
                for (int n = random.nextInt(5); n > 0; n--) {
                    comment.append(pieces[random.nextInt(pieces.length)]);
                }
                String text = comment.toString();
                shifted += isQuotedField(text.strip()) || text.indexOf(';') < 0 ? 0 : 1;
                file.append(CsvCellsTest.tag(i % 10, text)).append("\r\n");
            }
            Path f = dir.resolve("enhancedtag-" + c + ".csv");
            Files.writeString(f, file);
            FileReport report = assertDoesNotThrow(() -> FileFormats.read(new PathSource(f, Files.size(f)))).report();
            assertEquals(null, report.error(), () -> report + "\n" + file);
            assertEquals(rows, report.records() + report.skipped(), () -> report + "\n" + file);
            assertEquals(shifted, report.skipped(), () -> report + "\n" + file);
            if (report.skipped() > 0) {
                assertTrue(report.warning().matches("row \\d+ \\(line \\d+\\): .*"), report::warning);
            }
        }
    }

    /** A cell the parser takes as one quoted field: opened and closed by a quote, inner quotes doubled. */
    private static boolean isQuotedField(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                && cell.substring(1, cell.length() - 1).replace("\"\"", "").indexOf('"') < 0;
    }

    /**
     * Zips of several entries, some renamed onto another's name, some marked encrypted: every entry is one
     * report, each encrypted one fails alone, and every plain entry's record loads.
     */
    @Test
    void zipEntriesOfOneNameOrEncryptedCostOnlyThemselves() throws IOException {
        for (int c = 0; c < 20; c++) {
            java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
            int count = 2 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                entries.put("d" + i + "/dailysleep.csv", ZipEntriesTest.dailySleepCsv("2024-07-1" + i, 70 + i));
            }
            byte[] zip = ZipEntriesTest.zip(entries);
            java.util.Set<Integer> encrypted = new java.util.HashSet<>();
            for (int i = 0; i < count; i++) {
                int what = random.nextInt(3);
                if (what == 1) {
                    zip = ZipEntriesTest.edit(zip, "d" + i + "/", "d0/", false);
                } else if (what == 2) {
                    zip = ZipEntriesTest.edit(zip, "d" + i + "/", "d" + i + "/", true);
                    encrypted.add(i);
                }
            }
            Path f = dir.resolve("fuzz-" + c + ".zip");
            Files.write(f, zip);
            LoadResult r = assertDoesNotThrow(() -> DataLoader.load(List.of(f)));
            assertEquals(count, r.files().size(), r.files()::toString);
            assertEquals(encrypted.size(), r.failedCount(), r.files()::toString);
            for (int i = 0; i < count; i++) {
                assertEquals(!encrypted.contains(i), r.data().dailySleep(java.time.LocalDate.of(2024, 7, 10 + i)).isPresent(),
                        "entry " + i + " of " + r.files());
            }
        }
    }

    /** {@code summary} over all the mutants in a JVM of its own with a 256 MB heap: JSON out, exit 0 or 1. */
    private static void commandLineKeepsItsContract(Path folder) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.ouraviewer.Main", "summary", folder.toString(), "--json").start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "summary ends");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertTrue(p.exitValue() == 0 || p.exitValue() == 1, () -> "exit " + p.exitValue() + ": " + err);
        JsonNode json = new ObjectMapper().readTree(out);
        assertEquals(CASES + 1, json.get("files").size());
        assertTrue(err.lines().noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ")), err);
    }

    /** The first records only: the mutations matter, not the size (keeps the run in seconds). */
    private static byte[] small(byte[] file) {
        return file.length <= 40_000 ? file : java.util.Arrays.copyOf(file, 40_000);
    }

    private byte[] mutate(byte[] original) {
        String text = new String(original, StandardCharsets.UTF_8);
        return switch (random.nextInt(7)) {
            case 0 -> cutAtStructure(text).getBytes(StandardCharsets.UTF_8);
            case 1 -> flipBytes(original);
            case 2 -> replaceOne(text, NUMBER, NUMBERS).getBytes(StandardCharsets.UTF_8);
            case 3 -> replaceOne(text, VALUE, WRONG).getBytes(StandardCharsets.UTF_8);
            case 4 -> nest(text).getBytes(StandardCharsets.UTF_8);
            case 5 -> text.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
            default -> replaceOne(replaceOne(text, VALUE, WRONG), NUMBER, NUMBERS).getBytes(StandardCharsets.UTF_8);
        };
    }

    private String cutAtStructure(String text) {
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if ("{}[],:\";\n".indexOf(text.charAt(i)) >= 0) {
                points.add(i);
            }
        }
        return points.isEmpty() ? "" : text.substring(0, points.get(random.nextInt(points.size())) + random.nextInt(2));
    }

    private byte[] flipBytes(byte[] original) {
        byte[] b = original.clone();
        for (int n = 1 + random.nextInt(5); n > 0 && b.length > 0; n--) {
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        return b;
    }

    private String replaceOne(String text, Pattern pattern, String[] choices) {
        Matcher m = pattern.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] s = spans.get(random.nextInt(spans.size()));
        return text.substring(0, s[0]) + choices[random.nextInt(choices.length)] + text.substring(s[1]);
    }

    private String nest(String text) {
        int depth = 50 + random.nextInt(5000);
        int at = text.indexOf(':');
        String deep = "[".repeat(depth) + "1" + "]".repeat(depth);
        return at < 0 ? deep : text.substring(0, at + 1) + deep + "," + text.substring(at + 1);
    }
}
