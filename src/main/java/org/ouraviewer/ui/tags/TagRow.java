package org.ouraviewer.ui.tags;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.ouraviewer.model.EnhancedTag;
import org.ouraviewer.model.Tag;
import org.ouraviewer.text.CellText;
import org.ouraviewer.text.TagLabels;
import org.ouraviewer.ui.table.DayRow;

/**
 * One line of the tags table, from a {@code tag} or an {@code enhanced_tag} document, with every cell's
 * text computed once.
 *
 * @param ordinal   position in the natural order (by time), the tie-break of every sort
 * @param start     when it was recorded, in the offset it was recorded in
 * @param end       the end of a tag with a duration, else null
 * @param codes     the Oura codes ({@code tag_generic_jetlag}, {@code custom}); none for a text-only tag
 * @param labels    the tags in words; none for a text-only tag
 * @param text      the free text or comment, "" when none
 * @param duration  from the instants, null without an end
 */
public record TagRow(int ordinal, Kind kind, LocalDate day, OffsetDateTime start, OffsetDateTime end,
                     Duration duration, List<String> codes, List<String> labels, String text,
                     String dayText, String timeText, String labelsText, String durationText, String searchText) implements DayRow {

    /** The filter choice of rows that carry only text. */
    public static final String TEXT_ONLY = "Text only";

    /** Which API kind the row came from. */
    public enum Kind {
        TAG("tag"), ENHANCED_TAG("enhanced_tag");

        private final String route;

        Kind(String route) {
            this.route = route;
        }

        public String route() {
            return route;
        }
    }

    public TagRow {
        codes = List.copyOf(codes);
        labels = List.copyOf(labels);
    }

    static TagRow of(int ordinal, Tag tag) {
        return build(ordinal, Kind.TAG, tag.day(), tag.time(), null, tag.codes(), TagLabels.labels(tag), tag.text());
    }

    static TagRow of(int ordinal, EnhancedTag tag) {
        List<String> codes = tag.tagTypeCode() == null || tag.tagTypeCode().isBlank() ? List.of()
                : List.of(tag.tagTypeCode());
        return build(ordinal, Kind.ENHANCED_TAG, tag.day(), tag.start(), tag.end(), codes, TagLabels.labels(tag),
                tag.comment());
    }

    private static TagRow build(int ordinal, Kind kind, LocalDate day, OffsetDateTime start, OffsetDateTime end,
                                List<String> codes, List<String> labels, String text) {
        String cleanText = text == null ? "" : text.strip();
        Duration duration = start != null && end != null ? Duration.between(start, end) : null;
        String labelsText = String.join(", ", labels);
        String search = String.join(" ", labelsText, String.join(" ", codes), cleanText,
                day == null ? "" : day.toString()).toLowerCase(Locale.ROOT);
        return new TagRow(ordinal, kind, day, start, end, duration, codes, labels, cleanText, CellText.day(day),
                CellText.clockWithOffset(start), labelsText, CellText.duration(duration), search);
    }

    /** The choices this row answers to in the tag filter: its labels, or {@link #TEXT_ONLY}. */
    public List<String> filterLabels() {
        return labels.isEmpty() ? List.of(TEXT_ONLY) : labels;
    }

    /** The start instant, for sorting across offsets; null when unknown. */
    public java.time.Instant instant() {
        return start == null ? null : start.toInstant();
    }
}
