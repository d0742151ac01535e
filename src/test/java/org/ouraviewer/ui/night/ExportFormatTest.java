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
import org.ouraviewer.chart.NightPicture;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.ui.common.AppModel;

/** What the export dialog writes: the tab's selection and zoom, in each format. */
class ExportFormatTest {
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
        vm.zoomTo(start, start + 3600);
        return vm;
    }

    @Test
    void writesEachFormatOfWhatTheTabShows() throws Exception {
        NightPicture picture = zoomedNap().picture(NightPalette.DARK);
        Path png = dir.resolve("n.png");
        ExportFormat.PNG.write(picture, png, 1000, 600, 3);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(3000, image.getWidth());
        assertEquals(1800, image.getHeight());
        assertEquals(0x1e2226, image.getRGB(2, 2) & 0xffffff, "the dark palette's background");

        Path svg = dir.resolve("n.svg");
        ExportFormat.SVG.write(picture, svg, 1000, 600, 1);
        String text = Files.readString(svg);
        assertTrue(text.contains("Nap 16:00–17:55"), "the nap is shown");
        assertTrue(text.contains(">16:10<") && text.contains(">17:00<") && !text.contains(">17:10<"),
                "the axis covers the zoomed hour only");

        Path csv = dir.resolve("n.csv");
        ExportFormat.CSV.write(picture, csv, 1000, 600, 1);
        List<String> rows = Files.readAllLines(csv);
        assertEquals("2024-10-19T16:00:30+02:00,sleep,awake,,,1", rows.get(1)); // the first samples are null
        assertEquals(1 + 230, rows.size()); // 1 h 54 min 50 s at one row per 30 s
    }

    @Test
    void addsTheExtensionWhenTheNameHasNone() {
        assertEquals(Path.of("/a/night.png"), NightExport.withExtension(Path.of("/a/night"), "png"));
        assertEquals(Path.of("/a/night.PNG"), NightExport.withExtension(Path.of("/a/night.PNG"), "png"));
        assertEquals(Path.of("/a/n.svg.csv"), NightExport.withExtension(Path.of("/a/n.svg"), "csv"));
    }
}
