package org.tarjama.tmx;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.tarjama.model.Diagnostic;
import org.tarjama.model.Property;
import org.tarjama.model.Severity;
import org.tarjama.model.SourceLocation;
import org.tarjama.model.TranslationUnit;

/**
 * Merges TMX files into one, streaming: a unit identical to one already written (same text in every
 * language) is dropped; a unit whose source text was already written with another translation is
 * kept and reported. Output units are numbered 1…N and carry {@code x-merged-from} = {@code
 * FILE#tuid} (file name only) as provenance. Memory grows only by two 128-bit hashes per distinct
 * unit, never with the texts.
 */
public final class TmxMerger {
    /** What a merge did. */
    public record Result(long read, long written, long identicalDropped, long conflicts, long skipped) {
    }

    private TmxMerger() {
    }

    public static Result merge(List<Path> inputs, OutputStream out, TmxWriterOptions options, boolean lenient,
                               Consumer<Diagnostic> report) {
        Set<TmxStats.Hash128> units = new HashSet<>();
        Map<TmxStats.Hash128, TmxStats.Hash128> translationOf = new HashMap<>();
        Map<TmxStats.Hash128, String> firstSeenAt = new HashMap<>();
        long read = 0;
        long dropped = 0;
        long conflicts = 0;
        long skipped = 0;
        String src = options.srcLang();
        try (TmxWriter w = TmxWriter.create(out, options, report)) {
            try {
                for (Path in : inputs) {
                    String fileName = in.getFileName().toString();
                    try (TmxReader r = TmxReader.open(in, lenient)) {
                        while (r.hasNext()) {
                            TranslationUnit tu = r.next();
                            read++;
                            TmxStats.Hash128 whole = TmxStats.Hash128.of(tu);
                            if (!units.add(whole)) {
                                dropped++;
                                continue;
                            }
                            String srcText = tu.variant(src).map(v -> v.hasMarkup() ? v.markup() : v.text()).orElse(null);
                            if (srcText != null) {
                                TmxStats.Hash128 s = TmxStats.Hash128.ofText(srcText);
                                TmxStats.Hash128 prev = translationOf.putIfAbsent(s, whole);
                                if (prev == null) {
                                    firstSeenAt.put(s, r.location().file() + ", line " + r.location().line());
                                } else if (!prev.equals(whole)) {
                                    conflicts++;
                                    report.accept(new Diagnostic("TMX_MERGE_CONFLICT", Severity.WARNING, r.location(), null,
                                            "same " + src + " text as the unit at " + firstSeenAt.get(s)
                                                    + " with a different translation; both kept: " + abbreviate(srcText)));
                                }
                            }
                            List<Property> props = new ArrayList<>(tu.props());
                            props.add(new Property("x-merged-from", fileName + "#" + tu.tuid()));
                            w.write(new TranslationUnit(String.valueOf(w.count() + 1), tu.variants(), props, tu.notes(), tu.attributes()));
                        }
                        skipped += r.skippedCount();
                        r.skipped().forEach(report);
                        r.trailingProblems().forEach(report);
                    }
                }
            } catch (RuntimeException e) {
                w.abandon();
                throw e;
            }
            return new Result(read, w.count(), dropped, conflicts, skipped);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? "\"" + s + "\"" : "\"" + s.substring(0, 57) + "…\"";
    }
}
