package org.ouraviewer.ui.common;

/**
 * Which tab of the main window is shown, as a plain name: what {@link AppModel} holds and views ask for
 * ({@link AppModel#openDay}). The tabs themselves (title, shortcut, view) are registered in the main window,
 * above the views, so that no view needs to know the others.
 */
public enum Page {
    CALENDAR, NIGHT, TAGS, WORKOUTS, TRENDS, NIGHTS
}
