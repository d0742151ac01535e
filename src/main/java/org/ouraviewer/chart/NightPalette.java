package org.ouraviewer.chart;

/**
 * The colours of the night chart, light and dark. Phases and series use the Okabe–Ito palette, which
 * stays distinguishable with the common colour-vision deficiencies; dark mode uses lighter tints of it.
 */
public record NightPalette(Rgb background, Rgb text, Rgb mutedText, Rgb grid, Rgb laneBackground, Rgb deep,
                           Rgb light, Rgb rem, Rgb awake, Rgb heartRate, Rgb hrv, Rgb movement, Rgb crosshair,
                           Rgb readoutBackground, Rgb periodBand, Rgb selection) implements NeutralColours {

    public static final NightPalette LIGHT = new NightPalette(Rgb.of(0xffffff), Rgb.of(0x1f2328), Rgb.of(0x5f6873),
            Rgb.of(0xd8dde3), Rgb.of(0xf6f8fa), Rgb.of(0x0072b2), Rgb.of(0x56b4e9), Rgb.of(0xcc79a7), Rgb.of(0xe69f00),
            Rgb.of(0xd55e00), Rgb.of(0x009e73), Rgb.of(0x6b6b6b), Rgb.of(0x1f2328), Rgb.of(0xffffff).withOpacity(0.94),
            Rgb.of(0xe6eaef), Rgb.of(0x0072b2).withOpacity(0.18));

    public static final NightPalette DARK = new NightPalette(Rgb.of(0x1e2226), Rgb.of(0xe6e8eb), Rgb.of(0xa3abb5),
            Rgb.of(0x3a4048), Rgb.of(0x252a30), Rgb.of(0x3d9be0), Rgb.of(0x8fd0f5), Rgb.of(0xe39ac2), Rgb.of(0xf5b935),
            Rgb.of(0xff8a4c), Rgb.of(0x2fd0a0), Rgb.of(0xb0b0b0), Rgb.of(0xf0f0f0), Rgb.of(0x15181b).withOpacity(0.94),
            Rgb.of(0x30363d), Rgb.of(0x3d9be0).withOpacity(0.25));

    /** The colour of a sleep phase: 1 deep, 2 light, 3 REM, 4 awake. */
    public Rgb phase(int level) {
        return switch (level) {
            case SleepPhase.DEEP -> deep;
            case SleepPhase.LIGHT -> light;
            case SleepPhase.REM -> rem;
            default -> awake;
        };
    }

    /** The palette of an appearance, which the window's View menu sets. */
    public static NightPalette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }
}
