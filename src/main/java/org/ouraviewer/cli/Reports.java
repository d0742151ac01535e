package org.ouraviewer.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import org.ouraviewer.io.FileReport;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.text.Problems;

/** The stderr side of the commands: one sentence per file that could not be read, or per missing night. */
final class Reports {
    private Reports() {
    }

    static void printFailures(LoadResult result, PrintStream err) {
        for (FileReport f : result.files()) {
            if (f.failed()) {
                err.println(Problems.printable(f.path()) + ": " + Problems.printable(String.valueOf(f.error())));
            }
        }
    }

    /** A day without sleep periods, with the nights around it so the user sees where the data is. */
    static void printNoSleep(OuraData data, LocalDate day, PrintStream err) {
        LocalDate before = data.sleepDays().lower(day);
        LocalDate after = data.sleepDays().higher(day);
        String nearby = before == null && after == null ? ""
                : " (nights nearby: " + (before == null ? after : after == null ? before : before + ", " + after) + ")";
        err.println("No sleep data for " + day + " in the files given" + nearby + ".");
    }
}
