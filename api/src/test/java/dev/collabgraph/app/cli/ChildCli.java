package dev.collabgraph.app.cli;

import dev.collabgraph.app.Main;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The command line in a JVM of its own, as the launcher starts it (this test's class path), its stdout and stderr
 * collected line by line: for what needs a real process (signals, {@code kill -9}, locks between processes).
 */
public final class ChildCli implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final LinkedBlockingQueue<String> incoming = new LinkedBlockingQueue<>();
    private final Thread reader;

    private ChildCli(Process process) {
        this.process = process;
        reader = new Thread(this::read, "child-cli-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code collabgraph ARGS} with {@code COLLABGRAPH_HOME=home}, no inherited Neo4j password, plus {@code env}. */
    public static ChildCli start(Path home, Map<String, String> env, String... args) throws IOException {
        return startMain(home, env, Main.class.getName(), args);
    }

    /** The same with another entry point (the bench module's {@code BenchMain}). */
    public static ChildCli startMain(Path home, Map<String, String> env, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("NEO4J_PASSWORD");
        builder.environment().put("COLLABGRAPH_HOME", home.toString());
        builder.environment().putAll(env);
        return new ChildCli(builder.start());
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                incoming.add(line);
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    /** Waits for an output line that {@code wanted} accepts and returns it; fails when the process ends first. */
    public synchronized String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        for (String line : lines) {
            if (wanted.test(line)) {
                return line;
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = incoming.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                lines.add(line);
                if (wanted.test(line)) {
                    return line;
                }
            } else if (!process.isAlive() && incoming.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("no such line within " + timeout + " (process " + (process.isAlive() ? "running" : "ended")
                + "):\n" + output());
    }

    /** Waits for the process to end by itself and returns its exit code (all output is then in {@link #output()}). */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the process did not end within " + timeout + ":\n" + output());
        }
        reader.join(TimeUnit.SECONDS.toMillis(10)); // ends at the end of the output
        output();
        return process.exitValue();
    }

    /** Everything printed so far. */
    public synchronized String output() {
        incoming.drainTo(lines);
        return String.join("\n", lines);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, as Ctrl-C or a service manager sends; waits for the end. */
    public void terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the process did not stop on SIGTERM within " + timeout);
        }
    }

    /** SIGKILL ({@code kill -9}): no shutdown hook, no finally block runs; waits for the end. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
