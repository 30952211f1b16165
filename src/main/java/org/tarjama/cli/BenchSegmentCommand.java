package org.tarjama.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
            "Without --file, writes a text file of --size-mb MB by repeating the seed article, and deletes it afterwards.",
            "--segmenter runs other segmenters on the same file, one after the other, for a side-by-side figure."},
        footer = {"", "Examples (target, issue 13: >= 20 MB/s for English and for Arabic, flat memory):",
            "  TARJAMA_JAVA_OPTS=-Xmx64m ./tarjama bench segment --lang ar --size-mb 100",
            "  ./tarjama bench segment --lang en --size-mb 50 --segmenter tarjama,icu4j,okapi-default"})
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

    @Option(names = "--segmenter", split = ",", defaultValue = "tarjama", paramLabel = "<name>",
            description = "Segmenters to time, in turn on the same input: tarjama (default), icu4j (ICU4J's sentence "
                    + "BreakIterator), okapi-default (Okapi's defaultSegmentation.srx by Okapi's engine).")
    List<String> segmenters;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        for (String s : segmenters) {
            if (!SegmentBenchmark.ENGINES.contains(s)) {
                throw new UsageException("unknown --segmenter '" + s + "' (known: " + String.join(", ", SegmentBenchmark.ENGINES) + ")");
            }
        }
        List<SegmentBenchmark.Result> results = SegmentBenchmark.run(file, lang, sizeMb, warmupMb, segmenters);
        for (int k = 0; k < results.size(); k++) {
            SegmentBenchmark.Result r = results.get(k);
            String prefix = segmenters.size() == 1 ? "" : segmenters.get(k) + ": ";
            if (k == 0) {
                out.printf(Locale.ROOT, "input: %s (%.1f MB, %d chars, lang %s)%n", r.file() == null ? "generated" : r.file(),
                        r.bytes() / 1e6, r.chars(), lang);
            }
            out.printf(Locale.ROOT, "%ssentences: %d%n", prefix, r.sentences());
            out.printf(Locale.ROOT, "%stime: %.2f s  throughput: %.1f MB/s (one thread; target >= 20 MB/s)%n", prefix, r.seconds(),
                    r.megabytesPerSecond());
            out.printf(Locale.ROOT, "%speak heap used: %.1f MB (max heap %.0f MB)%n", prefix, r.peakHeapBytes() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6);
            out.flush();
        }
        return ExitCodes.OK;
    }
}
