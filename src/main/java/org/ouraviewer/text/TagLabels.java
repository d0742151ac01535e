package org.ouraviewer.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ouraviewer.model.EnhancedTag;
import org.ouraviewer.model.RestModePeriod;
import org.ouraviewer.model.Tag;

/**
 * Oura tag codes in words: {@code tag_generic_jetlag} → "Jet lag". Oura publishes no list of its codes;
 * the table holds the codes seen in real data whose words cannot be derived from the code (run-together
 * words, acronyms). Any other code reads through a fallback: prefix dropped, underscores to spaces,
 * sentence case ({@code tag_generic_sore_throat} → "Sore throat").
 */
public final class TagLabels {
    /** The {@code tag_type_code} of a user's own tag; its words are the tag's {@code custom_name}. */
    public static final String CUSTOM = "custom";

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("tag_generic_jetlag", "Jet lag"),
            Map.entry("tag_sleep_jet_lag", "Jet lag"),
            Map.entry("tag_generic_nocaffeine", "No caffeine"),
            Map.entry("tag_generic_noalcohol", "No alcohol"),
            Map.entry("tag_sleep_latemeal", "Late meal"),
            Map.entry("tag_sleep_latework", "Late work"),
            Map.entry("tag_sleep_late_screentime", "Late screen time"),
            Map.entry("tag_generic_socialgathering", "Social gathering"),
            Map.entry("tag_generic_homeoffice", "Home office"),
            Map.entry("tag_sleep_aid", "Sleep aid"),
            Map.entry("tag_generic_covid_19_vaccine", "COVID-19 vaccine"),
            Map.entry("tag_generic_confirmed_covid_19", "Confirmed COVID-19"),
            Map.entry("tag_generic_glp_1_medication", "GLP-1 medication"),
            Map.entry("tag_generic_c_section", "C-section"),
            Map.entry("tag_generic_positive_lh_test", "Positive LH test"),
            Map.entry("tag_generic_airplane", "Airplane"),
            Map.entry("tag_generic_hotel", "Hotel"),
            Map.entry("tag_generic_tired", "Tired"),
            Map.entry("tag_sleep_alcohol", "Alcohol"),
            Map.entry("tag_sleep_stress", "Stress"),
            Map.entry("tag_sleep_sauna", "Sauna"),
            Map.entry("tag_generic_dark_bedroom", "Dark bedroom"),
            Map.entry("tag_generic_fasting", "Fasting"),
            Map.entry("tag_generic_party", "Party"),
            Map.entry("tag_generic_sick", "Sick"),
            Map.entry("tag_generic_cold", "Cold"),
            Map.entry("tag_generic_headache", "Headache"));

    /** Fallback words, made once per code: thousands of tags share a few codes. */
    private static final Map<String, String> FALLBACKS = new ConcurrentHashMap<>();

    private TagLabels() {
    }

    /** The words for a tag code; the code itself, made readable, when it is not in the table. */
    public static String label(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String known = KNOWN.get(code);
        return known != null ? known : FALLBACKS.computeIfAbsent(code, c -> Wording.phrase(withoutPrefix(c)));
    }

    /** Whether the table knows the code (the others read through the fallback). */
    public static boolean isKnown(String code) {
        return KNOWN.containsKey(code);
    }

    /**
     * The words of an enhanced tag: its custom name for {@code custom}, nothing for a comment-only tag
     * (null code), else {@link #label}.
     */
    public static String enhancedLabel(String tagTypeCode, String customName) {
        if (tagTypeCode == null || tagTypeCode.isBlank()) {
            return "";
        }
        if (CUSTOM.equals(tagTypeCode)) {
            return customName == null || customName.isBlank() ? "Custom tag" : customName.strip();
        }
        return label(tagTypeCode);
    }

    /**
     * The names of a {@code tag} document's tags, each once, in the document's order; none for a text-only
     * tag. These are the names the Tags tab shows and the tag effects and median night go by.
     */
    public static List<String> labels(Tag tag) {
        Set<String> words = new LinkedHashSet<>();
        for (String code : tag.codes()) {
            String label = label(code);
            if (!label.isEmpty()) {
                words.add(label);
            }
        }
        return List.copyOf(words);
    }

    /** The names of the tags of a rest mode period's episodes, each once, in the order logged. */
    public static List<String> labels(RestModePeriod period) {
        Set<String> words = new LinkedHashSet<>();
        for (RestModePeriod.Episode e : period.episodes()) {
            for (String code : e.tags()) {
                String label = label(code);
                if (!label.isEmpty()) {
                    words.add(label);
                }
            }
        }
        return List.copyOf(words);
    }

    /** The name of an {@code enhanced_tag} ({@link #enhancedLabel}) as a list: none for a comment-only tag. */
    public static List<String> labels(EnhancedTag tag) {
        String label = enhancedLabel(tag.tagTypeCode(), tag.customName());
        return label.isEmpty() ? List.of() : List.of(label);
    }

    private static String withoutPrefix(String code) {
        for (String prefix : new String[] {"tag_generic_", "tag_sleep_", "tag_"}) {
            if (code.startsWith(prefix) && code.length() > prefix.length()) {
                return code.substring(prefix.length());
            }
        }
        return code;
    }
}
