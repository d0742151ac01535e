package org.ouraviewer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.FileReport;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.metrics.day.ActivityDay;
import org.ouraviewer.metrics.day.ActivityDays;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.text.Problems;

/**
 * The stderr side of the commands: one sentence per file that could not be read, or per missing day or night;
 * and the steps every reading command shares (load, print the failures, take the day or say it is not there).
 */
final class Reports {
    private Reports() {
    }

    /** Everything the paths hold, each file that could not be read already told on {@code err}. */
    static LoadResult load(List<Path> paths, PrintStream err) throws IOException {
        LoadResult result = DataLoader.load(paths);
        printFailures(result, err);
        return result;
    }

    /** OK, or INCOMPLETE when a file could not be read: the output holds only what the other files gave. */
    static int exitCode(LoadResult result) {
        return result.failedCount() > 0 ? ExitCode.INCOMPLETE : ExitCode.OK;
    }

    /** The activity day, or empty (and a sentence on {@code err}) when the files hold nothing for it. */
    static Optional<ActivityDay> activityDay(OuraData data, LocalDate day, PrintStream err) {
        ActivityDay d = ActivityDays.of(data, day);
        if (d.isEmpty()) {
            err.println("No data for " + day + " in the files given.");
            return Optional.empty();
        }
        return Optional.of(d);
    }

    /** The day's sleep periods, or empty (and the nights nearby on {@code err}) when it has none. */
    static Optional<List<SleepPeriod>> sleepPeriods(OuraData data, LocalDate day, PrintStream err) {
        List<SleepPeriod> periods = data.sleepPeriods(day);
        if (periods.isEmpty()) {
            printNoSleep(data, day, err);
            return Optional.empty();
        }
        return Optional.of(periods);
    }

    private static void printFailures(LoadResult result, PrintStream err) {
        for (FileReport f : result.files()) {
            if (f.failed()) {
                err.println(Problems.printable(f.path()) + ": " + Problems.printable(String.valueOf(f.error())));
            }
        }
    }

    /** A day without sleep periods, with the nights around it so the user sees where the data is. */
    private static void printNoSleep(OuraData data, LocalDate day, PrintStream err) {
        LocalDate before = data.sleepDays().lower(day);
        LocalDate after = data.sleepDays().higher(day);
        String nearby = before == null && after == null ? ""
                : " (nights nearby: " + (before == null ? after : after == null ? before : before + ", " + after) + ")";
        err.println("No sleep data for " + day + " in the files given" + nearby + ".");
    }
}
