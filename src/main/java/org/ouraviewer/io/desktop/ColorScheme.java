package org.ouraviewer.io.desktop;

/** What the system's appearance setting says: light or dark. "No preference" is an empty answer. */
public enum ColorScheme {
    LIGHT, DARK
}
