package org.ouraviewer.ui.common;

/** The tabs of the main window, in order. */
public enum MainTab {
    CALENDAR("Calendar"), NIGHT("Night"), TAGS("Tags"), WORKOUTS("Workouts");

    private final String title;

    MainTab(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
