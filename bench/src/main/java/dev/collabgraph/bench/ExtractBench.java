package dev.collabgraph.bench;

import dev.collabgraph.loader.extract.Extractor;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;

/**
 * Extraction throughput over a corpus, against the floor of any extractor: read the bytes, decode UTF-8, split
 * into lines and paragraphs. Both run over the same files in the same JVM; each is warmed up by one full pass
 * before its measured passes.
 */
public final class ExtractBench {
    private ExtractBench() {
    }

    /** What one run measured, rates in MB/s (10⁶ bytes per second). */
    public record Result(int documents, long bytes, Rate baseline, Rate extraction, Rate parallel, int threads,
                         Rate extractionCpu) {
        public double ratio() {
            return extraction.median() / baseline.median();
        }
    }

    public static Result run(List<Path> files, int passes, int threads) {
        long bytes = files.stream().mapToLong(ExtractBench::size).sum();
        Rate baseline = measure(files, bytes, passes, 1, ExtractBench::readAndSplit, null);
        List<Double> cpu = new ArrayList<>();
        Rate extraction = measure(files, bytes, passes, 1, file -> Extractor.extract(file).relationships().size(), cpu);
        Rate parallel = measure(files, bytes, passes, threads, file -> Extractor.extract(file).relationships().size(),
                null);
        return new Result(files.size(), bytes, baseline, extraction, parallel, threads, cpu.isEmpty() ? null : Rate.of(cpu));
    }

    /** The baseline: what any reader of these files must do at least. Returns a count so the work is not elided. */
    static long readAndSplit(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return text.split("\n").length + text.split("\n\\s*\n").length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rates of {@code passes} passes after a warm-up pass. With one thread and {@code cpuRates} given, also the rate
     * by the thread's CPU time (the processor time the work took, whatever else the machine ran meanwhile).
     */
    private static Rate measure(List<Path> files, long bytes, int passes, int threads, ToLongFunction<Path> work,
                                List<Double> cpuRates) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean cpu = cpuRates != null && threads == 1 && mx.isCurrentThreadCpuTimeSupported();
        pass(files, threads, work);
        List<Double> rates = new ArrayList<>();
        for (int p = 0; p < passes; p++) {
            long cpuStarted = cpu ? mx.getCurrentThreadCpuTime() : 0;
            long started = System.nanoTime();
            pass(files, threads, work);
            rates.add(bytes / 1e6 / ((System.nanoTime() - started) / 1e9));
            if (cpu) {
                cpuRates.add(bytes / 1e6 / ((mx.getCurrentThreadCpuTime() - cpuStarted) / 1e9));
            }
        }
        return Rate.of(rates);
    }

    private static long pass(List<Path> files, int threads, ToLongFunction<Path> work) {
        if (threads == 1) {
            return files.stream().mapToLong(work).sum();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    long sum = 0;
                    for (int i = first; i < files.size(); i += threads) {
                        sum += work.applyAsLong(files.get(i));
                    }
                    return sum;
                }));
            }
            long sum = 0;
            for (Future<Long> part : parts) {
                sum += part.get();
            }
            return sum;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
