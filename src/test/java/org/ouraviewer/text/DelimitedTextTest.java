package org.ouraviewer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedTextTest {
    private record Item(String name, String note) {
    }

    private static final List<TextColumn<Item>> COLUMNS = List.of(
            TextColumn.ofText("name", Item::name), TextColumn.ofText("note, free", Item::note));

    @Test
    void csvQuotesOnlyWhatNeedsQuotingAndEndsLinesWithCrlf() {
        String csv = DelimitedText.csv(COLUMNS, List.of(
                new Item("plain", "a, b"),
                new Item("say \"hi\"", "two\nlines"),
                new Item(null, "cr\rhere")));
        assertEquals("name,\"note, free\"\r\n"
                + "plain,\"a, b\"\r\n"
                + "\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                + ",\"cr\rhere\"\r\n", csv);
    }

    @Test
    void csvOfNoRowsIsTheHeader() {
        assertEquals("name,\"note, free\"\r\n", DelimitedText.csv(COLUMNS, List.of()));
    }

    @Test
    void tsvFlattensTabsAndLineBreaks() {
        String tsv = DelimitedText.tsv(COLUMNS, List.of(new Item("a\tb", "c\r\nd"), new Item("e", null)));
        assertEquals("a b\tc d\ne\t\n", tsv);
    }

    @Test
    void singleFields() {
        assertEquals("x", DelimitedText.csvField("x"));
        assertEquals("\"1,5\"", DelimitedText.csvField("1,5"));
        assertEquals("", DelimitedText.csvField(null));
    }
}
