package org.ouraviewer.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ouraviewer.chart.nights.NightsPalette;

class ThemeColoursTest {

    @Test
    void readsLightFromRootAndDarkOverridesOnlyWhatItRedefines() {
        Map<String, Map<String, String>> blocks = ThemeColours.blocks("""
                /* a comment with -ov-x: #000000; inside */
                .root { -ov-a: #102030; -ov-b: rgba(1, 2, 3, 0.5); -ov-c: -ov-a; -fx-accent: -ov-a; }
                .root.dark { -ov-a: #ffffff; }
                """);
        assertEquals(Map.of("-ov-a", "#102030", "-ov-b", "rgba(1, 2, 3, 0.5)", "-ov-c", "-ov-a"), blocks.get(".root"));
        assertEquals(Map.of("-ov-a", "#ffffff"), blocks.get(".root.dark"));
        assertEquals(new Rgb(1, 2, 3, 0.5), ThemeColours.parse("-ov-b", "rgba(1, 2, 3, 0.5)"));
        assertEquals(Rgb.of(0x102030), ThemeColours.parse("-ov-a", "#102030"));
    }

    @Test
    void aNameThemeCssLacksOrAValueTheChartsCannotUseIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ThemeColours.LIGHT.colour("-ov-no-such-colour"));
        assertThrows(IllegalArgumentException.class, () -> ThemeColours.parse("-ov-x", "linear-gradient(red, blue)"));
    }

    @Test
    void referencesAreFollowedAndDarkKeepsLightValuesItDoesNotRedefine() {
        // -fx-accent is not an -ov- name; -ov-tag is defined in both blocks, the nights' tag marks use it
        assertEquals(Rgb.of(0x8c510a), ThemeColours.LIGHT.colour("-ov-tag"));
        assertEquals(Rgb.of(0xe5b46a), ThemeColours.DARK.colour("-ov-tag"));
        assertEquals(NightsPalette.LIGHT.tag(), ThemeColours.LIGHT.colour("-ov-tag"));
        assertEquals(NightsPalette.DARK.workout(), ThemeColours.DARK.colour("-ov-workout"));
    }

    /** The palettes as they were written in Java before theme.css held them: moving them changed no colour. */
    @Test
    void thePalettesHoldTheColoursTheChartsHaveAlwaysDrawn() {
        NightPalette l = NightPalette.LIGHT;
        assertEquals(new NightPalette(Rgb.of(0xffffff), Rgb.of(0x1f2328), Rgb.of(0x5f6873),
                Rgb.of(0xd8dde3), Rgb.of(0xf6f8fa), Rgb.of(0x0072b2), Rgb.of(0x56b4e9), Rgb.of(0xcc79a7), Rgb.of(0xe69f00),
                Rgb.of(0xd55e00), Rgb.of(0x009e73), Rgb.of(0x6b6b6b), Rgb.of(0x1f2328), Rgb.of(0xffffff).withOpacity(0.94),
                Rgb.of(0xe6eaef), Rgb.of(0x0072b2).withOpacity(0.18)), l);
        assertEquals(new NightPalette(Rgb.of(0x1e2226), Rgb.of(0xe6e8eb), Rgb.of(0xa3abb5),
                Rgb.of(0x3a4048), Rgb.of(0x252a30), Rgb.of(0x3d9be0), Rgb.of(0x8fd0f5), Rgb.of(0xe39ac2), Rgb.of(0xf5b935),
                Rgb.of(0xff8a4c), Rgb.of(0x2fd0a0), Rgb.of(0xb0b0b0), Rgb.of(0xf0f0f0), Rgb.of(0x15181b).withOpacity(0.94),
                Rgb.of(0x30363d), Rgb.of(0x3d9be0).withOpacity(0.25)), NightPalette.DARK);
        assertEquals(new NightsPalette(l, Rgb.of(0x8c510a), Rgb.of(0x1b7837), Rgb.of(0x9aa3ad), Rgb.of(0x9aa3ad),
                Rgb.of(0x6e7781), Rgb.of(0x1f2328), Rgb.of(0xeef1f4)), NightsPalette.LIGHT);
        assertEquals(new NightsPalette(NightPalette.DARK, Rgb.of(0xe5b46a), Rgb.of(0x7fd18f), Rgb.of(0x6c7580),
                Rgb.of(0x6c7580), Rgb.of(0x9aa3ad), Rgb.of(0xf0f0f0), Rgb.of(0x262b31)), NightsPalette.DARK);
        ChartPalette c = ChartPalette.LIGHT;
        assertEquals(Rgb.of(0x0072b2), c.first());
        assertEquals(Rgb.of(0xd55e00), c.second());
        assertEquals(0.13, c.band());
        assertEquals(Rgb.of(0x8c510a).withOpacity(0.55), c.marked());
        assertEquals(Rgb.of(0x1f2328), c.zero());
        assertEquals(Rgb.of(0x0072b2), c.positive());
        assertEquals(Rgb.of(0xd55e00), c.negative());
        ChartPalette d = ChartPalette.DARK;
        assertEquals(Rgb.of(0x56b4e9), d.first());
        assertEquals(Rgb.of(0xff8a4c), d.second());
        assertEquals(0.18, d.band());
        assertEquals(Rgb.of(0xe5b46a).withOpacity(0.6), d.marked());
        assertEquals(Rgb.of(0xe6e8eb), d.zero());
        assertEquals(Rgb.of(0x56b4e9), d.positive());
        assertEquals(Rgb.of(0xff8a4c), d.negative());
        assertEquals(NightPalette.DARK.background(), d.background());
    }
}
