package org.ouraviewer.ui.main;

/** View ▸ Appearance: follow the system's light or dark setting, or keep one. Remembered in the settings. */
enum AppearanceChoice {
    SYSTEM("System"), LIGHT("Light"), DARK("Dark");

    private final String title;

    AppearanceChoice(String title) {
        this.title = title;
    }

    /** The menu item's text. */
    String title() {
        return title;
    }
}
