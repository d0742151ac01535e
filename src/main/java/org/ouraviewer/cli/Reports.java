package org.ouraviewer.cli;

import java.io.PrintStream;
import org.ouraviewer.io.FileReport;
import org.ouraviewer.io.LoadResult;

/** The stderr side of loading: one sentence per file that could not be read. */
final class Reports {
    private Reports() {
    }

    static void printFailures(LoadResult result, PrintStream err) {
        for (FileReport f : result.files()) {
            if (f.failed()) {
                err.println(f.path() + ": " + f.error());
            }
        }
    }
}
