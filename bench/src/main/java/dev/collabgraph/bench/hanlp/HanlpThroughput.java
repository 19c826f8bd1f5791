package dev.collabgraph.bench.hanlp;

import dev.collabgraph.loader.text.DocumentReader;
import dev.collabgraph.loader.text.SourceText;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * MB/s of {@link HanlpStage}s on one thread over a set of files (read and decoded beforehand, so that only
 * extraction and the HanLP step are timed): the median by wall clock and by the thread's CPU time (the figure
 * that holds when others share the machine). The modes' passes are interleaved after a warm-up round of all of
 * them, so that each meets the same JIT state and the same load from other processes.
 */
public final class HanlpThroughput {
    private HanlpThroughput() {
    }

    public record Result(double mbPerSecond, double mbPerCpuSecond) {
    }

    public static Map<HanlpMode, Result> measure(List<Path> files, List<HanlpMode> modes, int passes) {
        List<SourceText> sources = files.stream().map(DocumentReader::read).toList();
        long bytes = sources.stream().mapToLong(s -> s.text().getBytes(StandardCharsets.UTF_8).length).sum();
        Map<HanlpMode, HanlpStage> stages = new EnumMap<>(HanlpMode.class);
        Map<HanlpMode, List<Double>> wall = new EnumMap<>(HanlpMode.class);
        Map<HanlpMode, List<Double>> cpu = new EnumMap<>(HanlpMode.class);
        for (HanlpMode mode : modes) {
            stages.put(mode, new HanlpStage(mode));
            wall.put(mode, new ArrayList<>());
            cpu.put(mode, new ArrayList<>());
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int p = -1; p < passes; p++) {
            for (HanlpMode mode : modes) {
                long cpuStarted = mx.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                sink += pass(sources, stages.get(mode));
                if (p >= 0) {
                    wall.get(mode).add(bytes / 1e6 / ((System.nanoTime() - started) / 1e9));
                    cpu.get(mode).add(bytes / 1e6 / ((mx.getCurrentThreadCpuTime() - cpuStarted) / 1e9));
                }
            }
        }
        if (sink < 0) {
            throw new AssertionError("unreachable: keeps the work from being elided");
        }
        Map<HanlpMode, Result> out = new EnumMap<>(HanlpMode.class);
        modes.forEach(m -> out.put(m, new Result(median(wall.get(m)), median(cpu.get(m)))));
        return out;
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
