package dev.collabgraph.bench;

/** The machine line every benchmark section starts with: processors, memory and the JVM that ran it. */
public final class Machine {
    private Machine() {
    }

    public static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return String.format("%d processors, max heap %d MiB, %s %s (%s), %s %s", runtime.availableProcessors(),
                runtime.maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.arch"));
    }
}
