package org.ouraviewer.ui.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.model.EnhancedTag;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.RecordBatch;
import org.ouraviewer.model.Tag;
import org.ouraviewer.text.TextColumn;

class TagsViewModelTest {
    private static final Path ENHANCED = TestFiles.samples(
            "api-recordings/history/enhanced_tag_2023-08-30_to_2024-11-09.json");
    private static final Path NOTEBOOK = TestFiles.samples("open-humans-notebook/oura-v2-tag.json");

    private final TagsViewModel vm = new TagsViewModel();
    private JsonNode enhancedJson;
    private JsonNode notebookJson;

    @BeforeEach
    void load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        enhancedJson = json.readTree(ENHANCED.toFile()).path("data");
        notebookJson = json.readTree(NOTEBOOK.toFile());
        vm.setData(DataLoader.load(List.of(ENHANCED, NOTEBOOK)).data());
    }

    private List<TagRow> shown() {
        return new ArrayList<>(vm.table().visibleRows());
    }

    private long enhancedCount(String code) {
        long n = 0;
        for (JsonNode t : enhancedJson) {
            n += code.equals(t.path("tag_type_code").asText()) ? 1 : 0;
        }
        return n;
    }

    @Test
    void bothKindsBecomeRowsInTimeOrder() {
        int total = enhancedJson.size() + notebookJson.size();
        assertEquals(total, vm.table().allRows().size());
        assertEquals(total + " tags", vm.countText().get());
        List<TagRow> rows = shown();
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(!rows.get(i).instant().isBefore(rows.get(i - 1).instant()), "natural order is by instant");
        }
        assertEquals(TagRow.Kind.TAG, rows.get(0).kind());
        assertEquals(TagRow.Kind.ENHANCED_TAG, rows.get(rows.size() - 1).kind());
    }

    @Test
    void rowsShowWordsRecordedClockAndText() {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        try {
            TagsViewModel fresh = new TagsViewModel();
            fresh.setData(DataLoader.load(List.of(NOTEBOOK)).data());
            TagRow travel = fresh.table().allRows().stream()
                    .filter(r -> LocalDate.of(2022, 10, 10).equals(r.day())).findFirst().orElseThrow();
            assertEquals(List.of("Tired", "Jet lag", "Hotel"), travel.labels());
            assertEquals("Tired, Jet lag, Hotel", travel.labelsText());
            assertEquals("09:01 +07:00", travel.timeText(), "the clock of the +07:00 timestamp, not the computer's zone");
            assertEquals("2022-10-10 Mon", travel.dayText());
            TagRow textOnly = fresh.table().allRows().get(0);
            assertEquals("Covid positive in RAT just now", textOnly.text());
            assertEquals(List.of(), textOnly.labels());
            assertEquals(List.of(TagRow.TEXT_ONLY), textOnly.filterLabels());
            assertEquals("", textOnly.durationText());
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void choicesAreTheTagsPresentWithCounts() {
        List<String> labels = vm.choices().stream().map(TagsViewModel.TagChoice::label).toList();
        assertTrue(labels.containsAll(List.of("No caffeine", "Late meal", "Jet lag", "Dark bedroom", "Party")));
        assertEquals(TagRow.TEXT_ONLY, labels.get(labels.size() - 1));
        TagsViewModel.TagChoice noCaffeine = vm.choices().stream()
                .filter(c -> c.label().equals("No caffeine")).findFirst().orElseThrow();
        assertEquals(enhancedCount("tag_generic_nocaffeine"), noCaffeine.count());
        assertEquals("No caffeine (" + noCaffeine.count() + ")", noCaffeine.toString());
    }

    @Test
    void tagFilterAndSearchCombine() {
        vm.selectedTags().add("No caffeine");
        long n = enhancedCount("tag_generic_nocaffeine");
        assertEquals(n, shown().size());
        assertEquals(n + " of " + vm.table().allRows().size() + " tags", vm.countText().get());
        vm.selectedTags().add("Late meal");
        assertEquals(n + enhancedCount("tag_sleep_latemeal"), shown().size());
        vm.searchProperty().set("2023-09-0");
        assertTrue(shown().stream().allMatch(r -> r.day().toString().startsWith("2023-09-0")));
        assertEquals(10, shown().size(), "no-caffeine tags of 2023-09-01..09, two on the 4th");
        vm.selectedTags().clear();
        vm.searchProperty().set("");
        assertEquals(vm.table().allRows().size(), shown().size());
    }

    @Test
    void searchMatchesWordsInTagsCodesAndText() {
        vm.searchProperty().set("jet");
        assertEquals(2, shown().size());
        vm.searchProperty().set("  RAT   covid ");
        assertEquals(1, shown().size());
        vm.searchProperty().set("tag_sleep_latemeal");
        assertEquals(enhancedCount("tag_sleep_latemeal"), shown().size());
        vm.searchProperty().set("nothing like this");
        assertEquals(0, shown().size());
        assertEquals("No tags match the search or the tag filter", vm.emptyMessage().get());
    }

    @Test
    void textOnlyIsAFilterChoice() {
        vm.selectedTags().add(TagRow.TEXT_ONLY);
        assertEquals(1, shown().size());
        assertEquals("Covid positive in RAT just now", shown().get(0).text());
    }

    @Test
    void emptyDataSaysSo() {
        vm.setData(OuraData.EMPTY);
        assertEquals("No tags in the loaded data", vm.emptyMessage().get());
        assertEquals("0 tags", vm.countText().get());
        assertTrue(vm.choices().isEmpty());
    }

    @Test
    void loadingAgainClearsTheFilters() {
        vm.selectedTags().add("Party");
        vm.searchProperty().set("party");
        vm.setData(DataLoader.load(List.of(ENHANCED)).data());
        assertTrue(vm.selectedTags().isEmpty());
        assertEquals("", vm.searchProperty().get());
        assertEquals(enhancedJson.size(), shown().size());
    }

    @Test
    void sortsByTimeAsInstantsAcrossOffsets() {
        TextColumn<TagRow> time = vm.table().columns().get(1);
        vm.table().sortBy(List.of(new TextColumn.Sort<>(time, false)));
        List<TagRow> rows = shown();
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(!rows.get(i).instant().isAfter(rows.get(i - 1).instant()));
        }
        TextColumn<TagRow> tags = vm.table().columns().get(2);
        vm.table().sortBy(List.of(new TextColumn.Sort<>(tags, true)));
        assertEquals("", shown().get(shown().size() - 1).labelsText(), "rows without tags sort last");
        assertEquals("Airplane", shown().get(0).labelsText());
    }

    @Test
    void enhancedTagsWithCustomNamesEndsAndComments() {
        OffsetDateTime start = OffsetDateTime.parse("2024-03-30T23:30:00+01:00");
        OffsetDateTime end = OffsetDateTime.parse("2024-03-31T02:00:00+02:00"); // daylight saving began
        RecordBatch batch = new RecordBatch.Builder()
                .add(new EnhancedTag("a", LocalDate.of(2024, 3, 30), LocalDate.of(2024, 3, 31), "custom", start, end,
                        "cold, then \"warm\"", "Ice bath"))
                .add(new EnhancedTag("b", LocalDate.of(2024, 3, 29), null, null,
                        OffsetDateTime.parse("2024-03-29T08:00:00+01:00"), null, "just a note", null))
                .add(new Tag("c", LocalDate.of(2024, 3, 28), OffsetDateTime.parse("2024-03-28T07:00:00-05:00"),
                        List.of("tag_generic_sore_throat", "tag_sleep_alcohol"), null))
                .build();
        vm.setData(OuraData.merge(List.of(batch)));
        TagRow custom = vm.table().allRows().get(2);
        assertEquals(List.of("Ice bath"), custom.labels());
        assertEquals("1:30", custom.durationText(), "from instants across the offset change");
        assertEquals("23:30 +01:00", custom.timeText());
        TagRow note = vm.table().allRows().get(1);
        assertEquals(List.of(TagRow.TEXT_ONLY), note.filterLabels());
        assertEquals("just a note", note.text());
        assertEquals("Sore throat, Alcohol", vm.table().allRows().get(0).labelsText());

        String csv = vm.table().csv();
        String[] lines = csv.split("\r\n");
        assertEquals("day,time,end,duration_min,tags,codes,text,kind", lines[0]);
        // Shown order: the table's default is natural order until a column is sorted
        assertEquals("2024-03-28,2024-03-28T07:00:00-05:00,,,\"Sore throat, Alcohol\","
                + "tag_generic_sore_throat tag_sleep_alcohol,,tag", lines[1]);
        assertEquals("2024-03-29,2024-03-29T08:00:00+01:00,,,,,just a note,enhanced_tag", lines[2]);
        assertEquals("2024-03-30,2024-03-30T23:30:00+01:00,2024-03-31T02:00:00+02:00,90,Ice bath,custom,"
                + "\"cold, then \"\"warm\"\"\",enhanced_tag", lines[3]);
        assertEquals(4, lines.length);
        assertTrue(csv.endsWith("\r\n"));

        String tsv = vm.table().copyText(List.of(custom));
        assertEquals("2024-03-30 Sat\t23:30 +01:00\tIce bath\t1:30\tcold, then \"warm\"\n", tsv);
    }
}
