package org.ouraviewer.chart;

import java.time.LocalDate;
import java.util.List;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;

/** The night of 2022-12-01 of the Open Humans notebook, loaded once for the chart tests. */
final class NotebookNight {
    static final LocalDate DAY = LocalDate.of(2022, 12, 1);
    static final OuraData DATA = DataLoader.load(List.of(TestFiles.samples("open-humans-notebook"))).data();

    private NotebookNight() {
    }

    static List<SleepPeriod> main() {
        return List.of(DATA.mainSleep(DAY).orElseThrow());
    }

    static NightPicture picture() {
        return NightPicture.of(new NightSeries(DAY, main()), NightNumbers.of(DATA, DAY, main()));
    }
}
