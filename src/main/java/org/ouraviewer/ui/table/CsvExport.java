package org.ouraviewer.ui.table;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.ouraviewer.io.AtomicFiles;
import org.ouraviewer.text.Problems;
import org.ouraviewer.ui.common.ExportFormat;
import org.ouraviewer.ui.common.Exportable;

/** A table tab's export: the rows shown, in their order, as a CSV file, written atomically. */
public final class CsvExport {
    public static final ExportFormat CSV = new ExportFormat("CSV file", "csv");

    private CsvExport() {
    }

    /**
     * The rows {@code table} shows now, taken at once so the table may change while they are written.
     *
     * @param noun     what a row is, plural ("tags")
     * @param fileName the name suggested
     * @return empty when no row is shown
     */
    public static <R> Optional<Exportable.Export> of(RowTableModel<R> table, String noun, String fileName) {
        List<R> rows = table.visibleSnapshot();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String count = rows.size() + (rows.size() == 1 ? " row" : " rows");
        return Optional.of(Exportable.Export.of("Export " + noun, "The " + count + " shown, in their order.", CSV,
                fileName, (format, target) -> {
                    AtomicFiles.write(target, table.csv(rows).getBytes(StandardCharsets.UTF_8));
                    return "Saved " + count + " to " + Problems.name(target) + ".";
                }));
    }
}
