package dev.collabgraph.bench.hanlp;

import dev.collabgraph.loader.text.Decoder;
import dev.collabgraph.loader.text.SourceText;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * MB/s of a {@link HanlpStage} on one thread over a set of files (read and decoded beforehand, so that only
 * extraction and the HanLP step are timed), after one warm-up pass: the median by wall clock and by the
 * thread's CPU time (the figure that holds when others share the machine).
 */
public final class HanlpThroughput {
    private HanlpThroughput() {
    }

    public record Result(double mbPerSecond, double mbPerCpuSecond) {
    }

    public static Result measure(List<Path> files, HanlpMode mode, int passes) {
        List<SourceText> sources = files.stream().map(Decoder::read).toList();
        long bytes = sources.stream().mapToLong(s -> s.text().getBytes(StandardCharsets.UTF_8).length).sum();
        HanlpStage stage = new HanlpStage(mode);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        long sink = pass(sources, stage);
        for (int p = 0; p < passes; p++) {
            long cpuStarted = mx.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            sink += pass(sources, stage);
            wall.add(bytes / 1e6 / ((System.nanoTime() - started) / 1e9));
            cpu.add(bytes / 1e6 / ((mx.getCurrentThreadCpuTime() - cpuStarted) / 1e9));
        }
        if (sink < 0) {
            throw new AssertionError("unreachable: keeps the work from being elided");
        }
        return new Result(median(wall), median(cpu));
    }

    private static long pass(List<SourceText> sources, HanlpStage stage) {
        long n = 0;
        for (SourceText s : sources) {
            n += stage.extract(s).nodes().size();
        }
        return n;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
