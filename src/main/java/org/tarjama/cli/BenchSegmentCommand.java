package org.tarjama.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tarjama.io.TextFiles;
import org.tarjama.segment.ParagraphSegmenter;
import org.tarjama.segment.Segmenters;
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
        Path input = file;
        boolean generated = false;
        if (input == null) {
            input = generate(lang, sizeMb);
            generated = true;
        }
        try {
            ParagraphSegmenter seg = new ParagraphSegmenter(Segmenters.forLanguage(lang));
            long[] sentences = {0};
            // Warm-up on the first part of the file so the JIT has compiled the hot paths.
            try (BufferedReader r = TextFiles.open(input, null)) {
                long budget = (long) warmupMb << 20;
                String l;
                long seen = 0;
                while (seen < budget && (l = r.readLine()) != null) {
                    seen += l.length();
                    seg.run(new BufferedReader(new java.io.StringReader(l)), (line, p, s) -> sentences[0] += s.size());
                }
            }
            sentences[0] = 0;
            resetPeaks();
            long bytes = Files.size(input);
            long t0 = System.nanoTime();
            long chars;
            try (BufferedReader r = TextFiles.open(input, null)) {
                chars = seg.run(r, (line, p, s) -> sentences[0] += s.size());
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            double mbps = bytes / 1e6 / secs;
            out.printf("input: %s (%.1f MB, %d chars, lang %s)%n", generated ? "generated" : input, bytes / 1e6, chars, lang);
            out.printf("sentences: %d%n", sentences[0]);
            out.printf("time: %.2f s  throughput: %.1f MB/s (one thread; target >= 10 MB/s)%n", secs, mbps);
            out.printf("peak heap used: %.1f MB (max heap %.0f MB)%n", peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            out.flush();
        } finally {
            if (generated) {
                Files.deleteIfExists(input);
            }
        }
        return ExitCodes.OK;
    }

    static Path generate(String lang, int sizeMb) throws IOException {
        String sample;
        try (InputStream in = BenchSegmentCommand.class.getResourceAsStream(
                "/org/tarjama/segment/bench-sample." + (lang.startsWith("ar") ? "ar" : "en"))) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path p = Files.createTempFile("tarjama-bench-segment", ".txt");
        long target = (long) sizeMb << 20;
        try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            long written = 0;
            byte[] unit = sample.getBytes(StandardCharsets.UTF_8);
            while (written < target) {
                w.write(sample);
                written += unit.length;
            }
        }
        return p;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
