package org.ouraviewer.ui.night;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;
import org.ouraviewer.chart.NightPalette;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.ExportFormat;
import org.ouraviewer.ui.common.Exportable;

/** What the export dialog writes: the tab's selection and zoom, in each format. */
class NightExportTest {
    @TempDir
    Path dir;

    private static NightViewModel zoomedNap() {
        AppModel app = new AppModel();
        app.setLoaded(DataLoader.load(List.of(
                TestFiles.samples("api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json"))));
        app.dayProperty().set(LocalDate.of(2024, 10, 19));
        NightViewModel vm = new NightViewModel(app);
        vm.select(2); // the nap of 16:00 to 17:55
        double start = vm.seriesProperty().get().start();
        vm.zoom().zoomTo(start, start + 3600);
        return vm;
    }

    @Test
    void writesEachFormatOfWhatTheTabShows() throws Exception {
        Exportable.Export export = zoomedNap().export(1000, 600, NightPalette.DARK).orElseThrow();
        Path png = dir.resolve("n.png");
        export.writer().write(export.formats().get(2), png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(3000, image.getWidth());
        assertEquals(1800, image.getHeight());
        assertEquals(0x1e2226, image.getRGB(2, 2) & 0xffffff, "the dark palette's background");

        Path svg = dir.resolve("n.svg");
        export.writer().write(export.formats().get(3), svg);
        String text = Files.readString(svg);
        assertTrue(text.contains("Nap 16:00–17:55"), "the nap is shown");
        assertTrue(text.contains(">16:10<") && text.contains(">17:00<") && !text.contains(">17:10<"),
                "the axis covers the zoomed hour only");

        Path csv = dir.resolve("n.csv");
        export.writer().write(export.formats().get(4), csv);
        List<String> rows = Files.readAllLines(csv);
        assertEquals("2024-10-19T16:00:30+02:00,sleep,awake,,,1", rows.get(1)); // the first samples are null
        assertEquals(1 + 230, rows.size()); // 1 h 54 min 50 s at one row per 30 s
    }

    /** File ▸ Export… on the Night tab, as the view-model offers it: no scene, no robot. */
    @Test
    void theNightTabOffersPicturesAtThreeScalesSvgAndCsv() throws Exception {
        Exportable.Export export = zoomedNap().export(1000, 600, NightPalette.LIGHT).orElseThrow();
        assertEquals(List.of("PNG picture, 1×  (1000 × 600 px)", "PNG picture, 2×  (2000 × 1200 px)",
                "PNG picture, 3×  (3000 × 1800 px)", "SVG drawing", "CSV of the series"),
                export.formats().stream().map(ExportFormat::label).toList());
        assertEquals(export.formats().get(1), export.preferred(), "2× unless the user picks another");
        assertEquals("night-2024-10-19.png", export.fileName().apply(export.preferred()));
        Path png = dir.resolve("n.png");
        assertEquals("Saved the night of 2024-10-19 to n.png.", export.writer().write(export.formats().get(2), png));
        assertEquals(3000, ImageIO.read(png.toFile()).getWidth());
        assertTrue(new NightViewModel(new AppModel()).export(1000, 600, NightPalette.LIGHT).isEmpty(),
                "no night, nothing to export");
    }
}
