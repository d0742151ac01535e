package org.ouraviewer.ui.common;

/** One line of the keyboard help: the keys ("Page Up, Page Down") and what they do. */
public record KeyHelp(String keys, String action) {
}
