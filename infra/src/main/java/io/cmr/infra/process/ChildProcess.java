package io.cmr.infra.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A server the stack runs in its own process, its output in a log file. */
public final class ChildProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, List<String> command, Map<String, String> environment, Process process, Path log) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.process = process;
        this.log = log;
    }

    public static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path log) {
        return start(name, command, environment, log, ProcessBuilder.Redirect.to(log.toFile()));
    }

    /** The same command started again once this one has stopped, its output added to the same log. */
    public ChildProcess startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return start(name, command, environment, log, ProcessBuilder.Redirect.appendTo(log.toFile()));
    }

    private static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path log,
            ProcessBuilder.Redirect output) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output);
            builder.environment().putAll(environment);
            return new ChildProcess(name, command, environment, builder.start(), log);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start " + name, ex);
        }
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    /** The operating system's id of the process, to read its resource use. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The end of the log, to say why a process failed without sending anyone hunting for it. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        }
        catch (IOException | UncheckedIOException ex) {
            return "(no log: " + ex.getMessage() + ")";
        }
    }

    /**
     * Asks the process and everything it started to stop, waits up to {@code grace}, then kills
     * what is left, so that no process of the stack outlives it.
     */
    public void stop(Duration grace) {
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        family.add(process.toHandle());
        family.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle member : family) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                member.onExit().get(left, TimeUnit.NANOSECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                kill(member);
            }
            catch (ExecutionException | TimeoutException notYet) {
                kill(member);
            }
        }
    }

    private static void kill(ProcessHandle member) {
        member.descendants().forEach(ProcessHandle::destroyForcibly);
        member.destroyForcibly();
    }
}
