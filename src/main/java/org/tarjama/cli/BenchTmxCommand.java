package org.tarjama.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarjama.eval.Measurements;
import org.tarjama.eval.TmxBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tarjama bench tmx}: TMX write and read throughput, and a large file through read → write. */
@Command(name = "tmx", mixinStandardHelpOptions = true,
        description = {"TMX write/read throughput on generated news-length units (targets: write >= 200,000 units/s, "
                + "read >= 100,000 units/s), and optionally a large TMX read and re-written (run with -Xmx256m to show "
                + "constant memory: TARJAMA_JAVA_OPTS=-Xmx256m tarjama bench tmx --big 1g).",
            "Temporary files go to --dir (default: the system temp directory) and are deleted afterwards."})
public final class BenchTmxCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--units", paramLabel = "N", defaultValue = "300000", description = "Units to write and read. Default: ${DEFAULT-VALUE}.")
    long units;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "3", description = "Timed rounds (after one warm-up); the best is reported. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--big", paramLabel = "SIZE", description = "Also generate a TMX of SIZE (e.g. 1g, 500m), read it and re-write it.")
    String big;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to put the temporary files.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path d = dir == null ? Path.of(System.getProperty("java.io.tmpdir")) : dir;
        out.printf(Locale.ROOT, "JVM max heap %d MB, %d processors, load average %.1f%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), Measurements.loadAverage());
        int[] round = {0};
        TmxBenchmark.Best best = TmxBenchmark.rounds(d, units, rounds, (w, r) -> out.printf(Locale.ROOT,
                "round %d: write %,.0f units/s (%,.0f per CPU-second), read %,.0f units/s (%,.0f per CPU-second)%n",
                ++round[0], w.unitsPerSecond(), w.unitsPerCpuSecond(), r.unitsPerSecond(), r.unitsPerCpuSecond()));
        TmxBenchmark.Figures bestW = best.write();
        TmxBenchmark.Figures bestR = best.read();
        out.printf(Locale.ROOT, "write: %,d units in %.2f s = %,.0f units/s (%.0f MB/s, %.0f bytes/unit)  target >= 200,000 units/s: %s%n",
                bestW.units(), bestW.seconds(), bestW.unitsPerSecond(), bestW.megabytesPerSecond(), (double) bestW.bytes() / bestW.units(),
                bestW.unitsPerSecond() >= 200_000 ? "MET" : "NOT MET");
        out.printf(Locale.ROOT, "read:  %,d units in %.2f s = %,.0f units/s (%.0f MB/s)  target >= 100,000 units/s: %s%n",
                bestR.units(), bestR.seconds(), bestR.unitsPerSecond(), bestR.megabytesPerSecond(),
                bestR.unitsPerSecond() >= 100_000 ? "MET" : "NOT MET");
        if (big != null) {
            TmxBenchmark.Big b = TmxBenchmark.big(d, parseSize(big));
            TmxBenchmark.Figures g = b.generated();
            TmxBenchmark.Figures c = b.copied();
            out.printf(Locale.ROOT, "big:   generated %,d units, %,d bytes in %.1f s%n", g.units(), g.bytes(), g.seconds());
            out.printf(Locale.ROOT, "big:   read and re-wrote %,d units (%,d bytes) in %.1f s = %,.0f units/s; "
                            + "peak heap %d MB of max %d MB; output %,d bytes%n",
                    c.units(), c.bytes(), c.seconds(), c.unitsPerSecond(), b.peakHeapBytes() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, b.outputBytes());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static long parseSize(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        long mult = 1;
        if (t.endsWith("g")) {
            mult = 1L << 30;
        } else if (t.endsWith("m")) {
            mult = 1L << 20;
        } else if (t.endsWith("k")) {
            mult = 1L << 10;
        }
        if (mult > 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            return Long.parseLong(t) * mult;
        } catch (NumberFormatException e) {
            throw new UsageException("--big takes a size such as 1g, 500m or 200000k");
        }
    }
}
