package org.ouraviewer.ui.common;

import java.util.ArrayList;
import java.util.List;

/** One line of the keyboard help: the keys ("Page Up, Page Down") and what they do. */
public record KeyHelp(String keys, String action) {
    /** The lines of {@code parts} in order: a tab's own keys around those it shares with other tabs. */
    @SafeVarargs
    public static List<KeyHelp> join(List<KeyHelp>... parts) {
        List<KeyHelp> all = new ArrayList<>();
        for (List<KeyHelp> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }
}
