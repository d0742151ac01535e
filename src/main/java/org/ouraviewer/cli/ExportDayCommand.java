package org.ouraviewer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ouraviewer.chart.day.DayPicture;
import org.ouraviewer.chart.day.DaySeries;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.metrics.day.ActivityDay;

/**
 * {@code export-day DAY PATH... --out FILE [--width W] [--height H]}: the Day tab's picture of the activity day
 * (CLI.md, <i>export-day</i>), as PNG or SVG by the extension of FILE, drawn headless.
 */
final class ExportDayCommand {
    private ExportDayCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of(), PictureOutput.OPTIONS);
        LocalDate day = a.leadingDay();
        PictureOutput output = PictureOutput.of(a);
        List<Path> paths = a.paths(1);

        output.warmUp();
        LoadResult result = Reports.load(paths, err);
        Optional<ActivityDay> d = Reports.activityDay(result.data(), day, err);
        if (d.isEmpty()) {
            return ExitCode.INCOMPLETE;
        }
        output.write(DayPicture.of(new DaySeries(d.get())));
        out.println(output.printed());
        return Reports.exitCode(result);
    }
}
