package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.model.EnhancedTag;

/**
 * CSV files as users really have them, written byte by byte: quotes and separators inside the Hub's
 * unquoted cells, old line ends, UTF-16, very wide headers, NUL files, repeated columns, spreadsheet days,
 * and the Membership Hub export's 2026 names.
 */
class CsvCellsTest {
    static final String TAG_HEADER = "id;tag_type_code;start_time;end_time;start_day;end_day;comment;custom_name";
    static final String SLEEP_HEADER = "id;contributors;day;score;timestamp";

    @TempDir
    Path dir;

    static String tag(int n, String comment) {
        return "t" + n + ";custom;2024-07-1" + n + "T20:00:00.000+02:00;;2024-07-1" + n + ";;" + comment + ";dinner";
    }

    static String dailySleep(String day, int score) {
        return "ds-" + day + ";{\"deep_sleep\": 95, \"efficiency\": 65};" + day + ";" + score + ";" + day + "T00:00:00.000+00:00";
    }

    private LoadResult load(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return DataLoader.load(List.of(f));
    }

    private LoadResult load(String name, String content) throws IOException {
        return load(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static FileReport only(LoadResult r) {
        assertEquals(1, r.files().size(), r.files()::toString);
        return r.files().get(0);
    }

    @Test
    void aCommentOpeningWithAQuoteIsTextInTheFirstRowAndLater() throws IOException {
        LoadResult r = load("enhancedtag.csv", String.join("\r\n", TAG_HEADER, tag(1, "\"late\" dinner"),
                tag(2, "plain"), tag(3, "\"unclosed dinner"), tag(4, "\"quoted; whole\"")) + "\r\n");
        FileReport f = only(r);
        assertNull(f.error(), f::toString);
        assertEquals(4, f.records(), f::toString);
        assertEquals(0, f.skipped(), f::toString);
        assertEquals(List.of("\"late\" dinner", "plain", "\"unclosed dinner", "quoted; whole"),
                r.data().enhancedTags().stream().map(EnhancedTag::comment).toList());
    }

    @Test
    void aSeparatorInsideAnUnquotedCommentSkipsThatRowAloneWithItsLine() throws IOException {
        FileReport f = only(load("enhancedtag.csv", String.join("\n", TAG_HEADER, tag(1, "fine"),
                tag(2, "late; dinner"), tag(3, "fine too")) + "\n"));
        assertNull(f.error(), f::toString);
        assertEquals(2, f.records(), f::toString);
        assertEquals(1, f.skipped(), f::toString);
        assertTrue(f.warning().contains("line 3") && f.warning().contains("shifted"), f.warning());
        BadInputTest.assertOneClearSentence(f.warning());
    }

    @Test
    void oldMacLineEndsAreLines() throws IOException {
        LoadResult r = load("dailysleep.csv", String.join("\r", SLEEP_HEADER, dailySleep("2024-07-11", 80),
                dailySleep("2024-07-12", 81)) + "\r");
        FileReport f = only(r);
        assertEquals("hub-csv", f.format());
        assertEquals(2, f.records(), f::toString);
        assertEquals(81, r.data().dailySleep(LocalDate.of(2024, 7, 12)).orElseThrow().score());
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws IOException {
        String text = "\uFEFF" + String.join("\r\n", SLEEP_HEADER, dailySleep("2024-07-11", 80)) + "\r\n";
        for (Charset c : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            FileReport f = only(load("dailysleep-" + c.name() + ".csv", text.getBytes(c)));
            assertEquals("hub-csv", f.format(), f::toString);
            assertEquals(1, f.records(), f::toString);
            assertFalse(f.ignored());
        }
    }

    /** A pandas dump of flattened samples: a thousand columns before the key ones, a header of 12 KB. */
    @Test
    void keyColumnsPastTheFirst8KbOfAHeaderAreFound() throws IOException {
        StringBuilder header = new StringBuilder();
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            header.append("met_items_").append(i).append(',');
            row.append("1.5,");
        }
        header.append("id,day,score");
        row.append("ds-1,2024-07-11,77");
        assertTrue(header.length() > 8192);
        LoadResult r = load("daily_sleep dump.csv", header + "\n" + row + "\n");
        FileReport f = only(r);
        assertNull(f.error(), f::toString);
        assertFalse(f.ignored(), f::toString);
        assertEquals(1, f.records(), f::toString);
        assertEquals(77, r.data().dailySleep(LocalDate.of(2024, 7, 11)).orElseThrow().score());
    }

    @Test
    void aFileOfNulBytesIsAnErrorNotIgnored() throws IOException {
        FileReport f = only(load("dailysleep.csv", new byte[4096]));
        assertFalse(f.ignored(), f::toString);
        assertNotNull(f.error(), f::toString);
        assertTrue(f.error().contains("NUL"), f.error());
        BadInputTest.assertOneClearSentence(f.error());
    }

    @Test
    void aRepeatedColumnIsWarnedAndTheFirstIsRead() throws IOException {
        LoadResult r = load("dailysleep.csv", SLEEP_HEADER + ";score\n" + dailySleep("2024-07-11", 80) + ";12\n");
        FileReport f = only(r);
        assertEquals(1, f.records(), f::toString);
        assertTrue(f.warning().contains("\"score\"") && f.warning().contains("first"), f::toString);
        assertEquals(80, r.data().dailySleep(LocalDate.of(2024, 7, 11)).orElseThrow().score());
    }

    @Test
    void anAmbiguousSpreadsheetDayIsWarnedOncePerFile() throws IOException {
        LoadResult r = load("daily_sleep scores.csv", "day,score\n13/11/2024,70\n7/11/2024,80\n8/11/2024,81\n");
        FileReport f = only(r);
        assertEquals(3, f.records(), f::toString);
        assertTrue(f.warning().contains("7/11/2024") && f.warning().contains("line 3"), f::toString);
        assertFalse(f.warning().contains("8/11/2024"), f::toString);
        assertEquals(80, r.data().dailySleep(LocalDate.of(2024, 7, 11)).orElseThrow().score());
        FileReport plain = only(load("iso.csv", "day,score\n2024-07-11,80\n"));
        assertNull(plain.warning(), plain::toString);
    }

    /** DATA.md, Membership Hub export mid-2026 on: comma-delimited, JSON cells quoted with doubled quotes. */
    @Test
    void the2026HubExportIsHubCsv() throws IOException {
        String daily = "id,contributors,day,score,timestamp\r\n"
                + "ds-1,\"{\"\"deep_sleep\"\": 95, \"\"efficiency\"\": 65}\",2024-07-11,80,2024-07-11T00:00:00.000+00:00\r\n";
        for (String name : List.of("dailysleep_2024-01-01_2024-12-31.csv", "DailySleep.CSV",
                "DAILYSLEEP_2024-01-01_2024-12-31.CSV")) {
            Path sub = Files.createDirectories(dir.resolve(name + ".d"));
            Files.writeString(sub.resolve(name), daily);
            FileReport f = only(DataLoader.load(List.of(sub)));
            assertEquals("hub-csv", f.format(), f::toString);
            assertEquals("daily_sleep", f.kind(), f::toString);
            assertEquals(1, f.records(), f::toString);
        }
        FileReport tags = only(load("tag_2024-01-01_2024-06-30.csv", TAG_HEADER.replace(';', ',') + "\n"
                + tag(1, "\"\"\"late\"\" dinner\"").replace(';', ',') + "\n"));
        assertEquals("hub-csv", tags.format(), tags::toString);
        assertEquals("enhanced_tag", tags.kind(), tags::toString);
        FileReport script = only(load("daily_sleep.csv", "id,day,score\nds-1,2024-07-11,80\n"));
        assertEquals("csv", script.format(), script::toString);
    }
}
