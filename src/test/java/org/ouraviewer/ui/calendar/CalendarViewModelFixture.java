package org.ouraviewer.ui.calendar;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.model.OuraData;

/**
 * What the CalendarViewModel*Test classes share: real recordings (six years of daily sleep and readiness, and a
 * notebook export) and a view-model showing them.
 */
abstract class CalendarViewModelFixture {
    static OuraData history;
    static OuraData notebook;

    @BeforeAll
    static void load() {
        history = DataLoader.load(List.of(TestFiles.samples("api-recordings/history"))).data();
        notebook = DataLoader.load(List.of(TestFiles.samples("open-humans-notebook"))).data();
    }

    static CalendarViewModel viewModel(OuraData data) {
        CalendarViewModel vm = new CalendarViewModel();
        vm.setData(data);
        return vm;
    }
}
