package org.tarjama.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarjama.eval.SegmentBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tarjama bench segment}: single-thread streaming segmentation throughput on a large file
 * (generated from the seed article unless given), with the peak heap used.
 */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {"Segmentation throughput on one core, streaming: MB/s and peak heap.",
            "Without --file, writes a text file of --size-mb MB by repeating the seed article, and deletes it afterwards."},
        footer = {"", "Example (target: >= 10 MB/s, flat memory):",
            "  TARJAMA_JAVA_OPTS=-Xmx64m ./tarjama bench segment --lang ar --size-mb 100"})
public final class BenchSegmentCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--lang", defaultValue = "ar", paramLabel = "<ar|en>", description = "Language (default ar).")
    String lang;

    @Option(names = "--size-mb", defaultValue = "100", paramLabel = "<MB>", description = "Size of the generated file (default 100).")
    int sizeMb;

    @Option(names = "--file", paramLabel = "<file>", description = "Segment this file instead of a generated one.")
    Path file;

    @Option(names = "--warmup-mb", defaultValue = "5", paramLabel = "<MB>", description = "Text segmented before timing (default 5).")
    int warmupMb;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SegmentBenchmark.Result r = SegmentBenchmark.run(file, lang, sizeMb, warmupMb);
        out.printf(Locale.ROOT, "input: %s (%.1f MB, %d chars, lang %s)%n", r.file() == null ? "generated" : r.file(),
                r.bytes() / 1e6, r.chars(), lang);
        out.printf(Locale.ROOT, "sentences: %d%n", r.sentences());
        out.printf(Locale.ROOT, "time: %.2f s  throughput: %.1f MB/s (one thread; target >= 10 MB/s)%n", r.seconds(),
                r.megabytesPerSecond());
        out.printf(Locale.ROOT, "peak heap used: %.1f MB (max heap %.0f MB)%n", r.peakHeapBytes() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        out.flush();
        return ExitCodes.OK;
    }
}
