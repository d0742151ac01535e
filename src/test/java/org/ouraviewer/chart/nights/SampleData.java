package org.ouraviewer.chart.nights;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.model.OuraData;

/** The sample bundled with the app (naps, a late nap, rest, two long sleeps, trips, a clock change), read in place. */
final class SampleData {
    static final OuraData DATA = load();

    private SampleData() {
    }

    static Path folder() {
        try {
            return Path.of(SampleData.class.getResource("/org/ouraviewer/sample/index.txt").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OuraData load() {
        return DataLoader.load(List.of(folder())).data();
    }
}
