package org.ouraviewer.chart;

/** The sleep phases of {@code sleep_phase_5_min} and the words for them. */
public final class SleepPhase {
    public static final int DEEP = 1;
    public static final int LIGHT = 2;
    public static final int REM = 3;
    public static final int AWAKE = 4;
    public static final int NONE = 0;

    private SleepPhase() {
    }

    /** The phase of a character of {@code sleep_phase_5_min}, or {@link #NONE} for anything else. */
    public static int of(char c) {
        return c >= '1' && c <= '4' ? c - '0' : NONE;
    }

    public static String label(int level) {
        return switch (level) {
            case DEEP -> "Deep";
            case LIGHT -> "Light";
            case REM -> "REM";
            case AWAKE -> "Awake";
            default -> "";
        };
    }

    /** The words of {@code movement_30_sec}: 1 still, 2 restless, 3 tossing and turning, 4 active. */
    public static String movementLabel(int level) {
        return switch (level) {
            case 1 -> "Still";
            case 2 -> "Restless";
            case 3 -> "Tossing and turning";
            case 4 -> "Active";
            default -> "";
        };
    }
}
