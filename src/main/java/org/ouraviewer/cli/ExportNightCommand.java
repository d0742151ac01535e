package org.ouraviewer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ouraviewer.chart.NightNumbers;
import org.ouraviewer.chart.NightPicture;
import org.ouraviewer.chart.NightSeries;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.text.Problems;

/**
 * {@code export-night DAY PATH... --out FILE [--width W] [--height H]}: the Night tab's picture of the day's
 * main sleep, as PNG or SVG by the extension of FILE, drawn headless with Java2D or as SVG text.
 */
final class ExportNightCommand {
    private ExportNightCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of(), PictureOutput.OPTIONS);
        LocalDate day = a.leadingDay();
        List<Path> paths = a.paths(1);
        PictureOutput output = PictureOutput.of(a);

        output.warmUp();
        LoadResult result = Reports.load(paths, err);
        OuraData data = result.data();
        Optional<List<SleepPeriod>> found = Reports.sleepPeriods(data, day, err);
        if (found.isEmpty()) {
            return ExitCode.INCOMPLETE;
        }
        // a day without a long sleep still has a night to draw: its longest nap, else its longest period
        SleepPeriod main = data.mainSleepOrLongest(day).orElseThrow();
        List<SleepPeriod> shown = List.of(main);
        output.write(NightPicture.of(new NightSeries(day, shown), NightNumbers.of(data, day, shown)));
        out.println(output.printed());
        return Reports.exitCode(result);
    }
}
