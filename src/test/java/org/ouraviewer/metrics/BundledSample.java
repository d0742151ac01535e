package org.ouraviewer.metrics;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.model.OuraData;

/**
 * The synthetic sample bundled with the app (trips to -05:00 and +07:00, a summer-time night, naps, a late
 * nap, a rest period, two long sleeps), read in place from the class path: tests share it without copying.
 */
final class BundledSample {
    static final OuraData DATA = load();

    private BundledSample() {
    }

    private static OuraData load() {
        try {
            // by a file of it: the folder's name is also a package of the test classes
            Path folder = Path.of(BundledSample.class.getResource("/org/ouraviewer/sample/index.txt").toURI()).getParent();
            return DataLoader.load(List.of(folder)).data();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
