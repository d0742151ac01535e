package org.ouraviewer.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ouraviewer.log.AppLog;

/**
 * For {@link HeadlessPathTest}: several headless commands in one JVM (one start instead of one each), each run
 * as {@code org.ouraviewer.Main} runs a headless command. Arguments: the commands, separated by {@value #THEN};
 * after each, a line {@value #EXIT} CODE COMMAND on stdout.
 */
final class HeadlessCommandsInOneJvm {
    static final String THEN = "--then";
    static final String EXIT = "[headless-path] exit";

    private HeadlessCommandsInOneJvm() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        Class.forName("org.ouraviewer.Main"); // the entry point itself, loaded and initialised as a launch does
        AppLog.install(false);
        System.setProperty("java.awt.headless", "true");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        for (String arg : (String.join("\u0000", args) + "\u0000" + THEN).split("\u0000")) {
            if (!arg.equals(THEN)) {
                command.add(arg);
                continue;
            }
            String[] one = command.toArray(String[]::new);
            int code = CommandLine.isHeadless(one) ? CommandLine.run(one, out, out) : -1;
            out.println(EXIT + " " + code + " " + Arrays.toString(one));
            command.clear();
        }
    }
}
