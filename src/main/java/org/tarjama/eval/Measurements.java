package org.tarjama.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Heap and CPU readings (JMX) and the figure helpers shared by the benchmarks, so that each figure is taken the same way. */
public final class Measurements {
    private Measurements() {
    }

    /** Resets the peak-usage counters of the heap pools. */
    public static void resetPeakHeap() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** The peak heap use since the last {@link #resetPeakHeap()} (or the JVM start), over all heap pools, in bytes. */
    public static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Heap in use after three garbage collections, in bytes. */
    public static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** CPU time of the calling thread, in nanoseconds. */
    public static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU time of the whole process, in nanoseconds; 0 where the JVM does not tell. */
    public static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** The system load average over the last minute, or a negative number where the system does not tell. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Nanoseconds as milliseconds to the microsecond, as every benchmark prints them. */
    public static double ms(long ns) {
        return Math.round(ns / 1e3) / 1e3;
    }

    /** A figure to three decimals. */
    public static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Deletes a benchmark's scratch directory and everything in it; nothing if it does not exist. */
    public static void deleteTree(java.nio.file.Path p) throws java.io.IOException {
        if (!java.nio.file.Files.exists(p)) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.walk(p)) {
            for (java.nio.file.Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(x);
            }
        }
    }
}
