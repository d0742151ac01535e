package org.ouraviewer.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The command line in a JVM of its own (another process, as cron or a second terminal would run it), with
 * its settings in the test's folder. Its stderr is read line by line as it comes, so a test can wait for a
 * line; stdout is kept.
 */
final class ChildJvm {
    final Process process;
    final List<String> errLines = new CopyOnWriteArrayList<>();
    private final StringBuilder out = new StringBuilder();
    private final CompletableFuture<Void> errDone;
    private final CompletableFuture<Void> outDone;

    private ChildJvm(Process process) {
        this.process = process;
        errDone = CompletableFuture.runAsync(() -> readLines(process.getErrorStream(), errLines::add));
        outDone = CompletableFuture.runAsync(() -> readLines(process.getInputStream(), line -> {
            synchronized (out) {
                out.append(line).append('\n');
            }
        }));
    }

    /** Starts {@code oura-viewer ARGS} with the JVM options given, the settings under {@code config}. */
    static ChildJvm start(Path config, List<String> jvmOptions, Map<String, String> environment, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.awt.headless=true");
        command.add("-Duser.timezone=UTC");
        command.add("-Douraviewer.config.dir=" + config);
        command.add("-Douraviewer.data.dir=" + config.resolveSibling("data"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.ouraviewer.Main");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("OURA_") || k.startsWith("OH_"));
        builder.environment().putAll(environment);
        return new ChildJvm(builder.start());
    }

    private static void readLines(java.io.InputStream stream, java.util.function.Consumer<String> sink) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                sink.accept(line);
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** Waits until stderr has a line that matches, or the process ends (then false). */
    boolean awaitErrLine(Predicate<String> wanted) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (errLines.stream().anyMatch(wanted)) {
                return true;
            }
            if (!process.isAlive() && errDone.isDone()) {
                return errLines.stream().anyMatch(wanted);
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Waits for the end (a minute at most) and returns the exit code. */
    int exitCode() throws Exception {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("still running after two minutes: " + err());
        }
        errDone.get(10, TimeUnit.SECONDS);
        outDone.get(10, TimeUnit.SECONDS);
        return process.exitValue();
    }

    String err() {
        return String.join("\n", errLines);
    }

    String out() {
        synchronized (out) {
            return out.toString();
        }
    }
}
