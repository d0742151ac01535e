package org.ouraviewer.ui.common;

import java.util.List;
import java.util.stream.Stream;

/** One line of the keyboard help: the keys ("Page Up, Page Down") and what they do. */
public record KeyHelp(String keys, String action) {
    /** The lines of {@code parts} in order: a tab's own keys around those it shares with other tabs. */
    @SafeVarargs
    public static List<KeyHelp> join(List<KeyHelp>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }
}
