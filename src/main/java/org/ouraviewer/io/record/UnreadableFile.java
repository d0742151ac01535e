package org.ouraviewer.io.record;

import java.io.IOException;

/**
 * Reading a file cannot go on: its message is the one sentence the user reads, with the position where
 * there is one ("line 3, column 17: unexpected end of input (the file is cut short)").
 */
public final class UnreadableFile extends IOException {
    public UnreadableFile(String sentence) {
        super(sentence);
    }
}
