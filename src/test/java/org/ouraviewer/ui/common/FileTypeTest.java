package org.ouraviewer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A file chosen without the format's extension gets it; one that has it, in any case, is kept. */
class FileTypeTest {
    @Test
    void addsTheExtensionWhenTheNameHasNone() {
        DialogService.FileType png = DialogService.FileType.of("PNG picture", "png");
        assertEquals(Path.of("/a/night.png"), png.withExtension(Path.of("/a/night")));
        assertEquals(Path.of("/a/night.PNG"), png.withExtension(Path.of("/a/night.PNG")));
        assertEquals(Path.of("/a/n.svg.csv"), DialogService.FileType.of("CSV", "csv").withExtension(Path.of("/a/n.svg")));
    }
}
