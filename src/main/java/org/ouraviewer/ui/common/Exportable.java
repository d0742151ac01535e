package org.ouraviewer.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A view that can be saved to a file. File ▸ Export… works on whichever tab is showing when its view is
 * one, and so does the view's own Export button: both run {@link ExportCommand}.
 */
public interface Exportable {
    /** What can be exported now; empty when there is nothing to save (no night, no rows). FX thread. */
    Optional<Export> export();

    /** Writes an export to a file. Runs off the FX thread; returns the sentence that says what was saved. */
    @FunctionalInterface
    interface Writer {
        String write(ExportFormat format, Path target) throws IOException;
    }

    /**
     * One export on offer.
     *
     * @param title       the dialogs' title ("Export night")
     * @param description what is exported ("Night of 2024-10-14: long sleep 23:50–07:12")
     * @param formats     the formats offered
     * @param preferred   the one chosen unless the user picks another
     * @param fileName    the file name suggested for a format
     * @param writer      the writing, with everything it needs taken now (so the view may change meanwhile)
     */
    record Export(String title, String description, List<ExportFormat> formats, ExportFormat preferred,
                  Function<ExportFormat, String> fileName, Writer writer) {
        public Export {
            formats = List.copyOf(formats);
            if (!formats.contains(preferred)) {
                throw new IllegalArgumentException("the preferred format is not offered: " + preferred);
            }
        }

        /** An export in one format. */
        public static Export of(String title, String description, ExportFormat format, String fileName,
                                Writer writer) {
            return new Export(title, description, List.of(format), format, f -> fileName, writer);
        }
    }
}
