package org.ouraviewer.ui.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ouraviewer.chart.Picture;
import org.ouraviewer.io.AtomicFiles;
import org.ouraviewer.text.Problems;
import org.ouraviewer.ui.common.ExportFormat;
import org.ouraviewer.ui.common.Exportable;

/**
 * File ▸ Export… of a chart, the same for every chart tab: the picture as shown as a PNG at 1×, 2× (the
 * one offered first) or 3× the size on screen, as SVG, and the chart's series as CSV. Files are written
 * atomically, off the FX thread, from what was captured when the export was asked for.
 */
public final class PictureExport {
    /** Writes a chart's series as CSV. */
    @FunctionalInterface
    public interface CsvWriter {
        void write(OutputStream out) throws IOException;
    }

    private enum Kind { PNG, SVG, CSV }

    private PictureExport() {
    }

    /**
     * @param title    the dialogs' title ("Export night")
     * @param what     what is saved, for the sentence after it ("the night of 2024-10-19")
     * @param fileStem the file name suggested, without extension ("night-2024-10-19")
     */
    public static Exportable.Export of(String title, String description, String what, String fileStem,
                                       Picture picture, int width, int height, CsvWriter csv) {
        Map<ExportFormat, Integer> scales = new LinkedHashMap<>();
        Map<ExportFormat, Kind> kinds = new LinkedHashMap<>();
        for (int scale = 1; scale <= 3; scale++) {
            ExportFormat f = new ExportFormat("PNG picture, " + scale + "×  (" + width * scale + " × " + height * scale
                    + " px)", "png");
            scales.put(f, scale);
            kinds.put(f, Kind.PNG);
        }
        kinds.put(new ExportFormat("SVG drawing", "svg"), Kind.SVG);
        kinds.put(new ExportFormat("CSV of the series", "csv"), Kind.CSV);
        List<ExportFormat> formats = new ArrayList<>(kinds.keySet());
        return new Exportable.Export(title, description, formats, formats.get(1), f -> fileStem + "." + f.extension(),
                (f, target) -> {
                    AtomicFiles.write(target, out -> {
                        switch (kinds.get(f)) {
                            case PNG -> picture.writePng(out, width, height, scales.get(f));
                            case SVG -> picture.writeSvg(out, width, height);
                            case CSV -> csv.write(out);
                        }
                    });
                    return "Saved " + what + " to " + Problems.name(target) + ".";
                });
    }
}
