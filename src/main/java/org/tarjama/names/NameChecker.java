package org.tarjama.names;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.tarjama.concurrent.OrderedPipeline;
import org.tarjama.glossary.Glossary;
import org.tarjama.model.TranslationUnit;
import org.tarjama.names.NameCandidates.UnitFindings;
import org.tarjama.text.Transliteration;

/**
 * Finds how each English proper name of a memory is rendered in Arabic and whether the renderings are
 * consistent ({@code tarjama names}). The check runs in three steps, a class each:
 * {@link NameCandidates} finds the candidate renderings of each name of a unit (in parallel),
 * {@link NameAggregator} merges them in input order, and {@link NameJudge} judges each name into the
 * {@link NameReport}, which {@link NameFindings} hands to the report renderers. This class wires them and runs the pipeline.
 */
public final class NameChecker {
    /** Unit numbers kept per rendering (counts stay exact). */
    public static final int MAX_UNIT_IDS = 1000;

    private static final int BATCH = 256;

    private final Glossary glossary;
    private final NameExtractor extractor;
    private final NameCandidates candidates;
    private final NameJudge judge;

    /** A checker with the default threshold ({@link Transliteration#DEFAULT_THRESHOLD}). */
    public NameChecker(Glossary glossary) {
        this(glossary, Transliteration.DEFAULT_THRESHOLD);
    }

    /**
     * @param glossary  approved forms to judge names against (may be null)
     * @param threshold similarity from which an Arabic n-gram counts as a rendering
     */
    public NameChecker(Glossary glossary, double threshold) {
        this(glossary, threshold, NameLexicon.EMPTY);
    }

    /**
     * @param glossary  approved forms to judge names against (may be null)
     * @param threshold similarity from which an Arabic n-gram counts as a rendering
     * @param lexicon   renderings learnt from co-occurrence over the memory ({@link #learn})
     */
    public NameChecker(Glossary glossary, double threshold, NameLexicon lexicon) {
        this.glossary = glossary;
        this.extractor = new NameExtractor(glossary, lexicon.possessiveNames(), lexicon.pluralAcronyms());
        this.candidates = new NameCandidates(glossary, extractor, threshold, lexicon);
        this.judge = new NameJudge(glossary, threshold, lexicon);
    }

    /** The extractor this checker finds names with (for {@link NameLexicon#learn}). */
    public NameExtractor extractor() {
        return extractor;
    }

    /**
     * The whole check in two passes over the memory: the first learns which Arabic words accompany each
     * name ({@link NameLexicon}), the second finds and judges the renderings.
     *
     * @param glossary  approved forms (may be null)
     * @param threshold transliteration threshold
     * @param units     opens the memory's units; called twice
     * @param threads   worker threads (the first pass counts on the calling thread)
     * @param progress  told how many units were merged (both passes)
     */
    public static NameReport check(Glossary glossary, double threshold,
                                   java.util.function.Supplier<? extends Iterator<TranslationUnit>> units, int threads,
                                   java.util.function.LongConsumer progress) {
        NameExtractor ex = new NameExtractor(glossary);
        Iterator<TranslationUnit> first = units.get();
        NameLexicon lexicon;
        try {
            lexicon = NameLexicon.learn(new Counting(first, progress), ex, threads);
        } finally {
            closeIfCloseable(first);
        }
        Iterator<TranslationUnit> second = units.get();
        try {
            return new NameChecker(glossary, threshold, lexicon).run(second, threads, progress);
        } finally {
            closeIfCloseable(second);
        }
    }

    private static void closeIfCloseable(Object o) {
        if (o instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An iterator that reports each unit it hands out. */
    private record Counting(Iterator<TranslationUnit> in, java.util.function.LongConsumer progress)
            implements Iterator<TranslationUnit> {
        @Override
        public boolean hasNext() {
            return in.hasNext();
        }

        @Override
        public TranslationUnit next() {
            TranslationUnit u = in.next();
            progress.accept(1);
            return u;
        }
    }

    /** Analyses one unit (thread-safe). */
    UnitFindings analyze(long unitNo, TranslationUnit u) {
        return candidates.analyze(unitNo, u);
    }


    /**
     * Runs the check over a stream of units with {@code threads} worker threads (1: in the calling
     * thread), merging results in input order. Units are numbered from 1.
     */
    public NameReport run(Iterator<TranslationUnit> units, int threads) {
        return run(units, threads, n -> { });
    }

    /** As {@link #run(Iterator, int)}, telling {@code progress} how many more units were merged. */
    public NameReport run(Iterator<TranslationUnit> units, int threads, java.util.function.LongConsumer progress) {
        NameAggregator agg = new NameAggregator();
        if (threads <= 1) {
            long no = 0;
            while (units.hasNext()) {
                agg.add(analyze(++no, units.next()));
                progress.accept(1);
            }
            return agg.report(judge, glossary == null ? "" : glossary.source());
        }
        try (OrderedPipeline<Batch, List<UnitFindings>> pipeline = OrderedPipeline.start("tarjama-names", threads,
                2 * threads, this::analyze, results -> {
                    results.forEach(agg::add);
                    progress.accept(results.size());
                })) {
            long no = 0;
            while (units.hasNext()) {
                List<TranslationUnit> batch = new ArrayList<>(BATCH);
                long first = no + 1;
                while (batch.size() < BATCH && units.hasNext()) {
                    batch.add(units.next());
                    no++;
                }
                pipeline.submit(new Batch(first, batch));
            }
            pipeline.finish();
        }
        return agg.report(judge, glossary == null ? "" : glossary.source());
    }

    /** Units numbered from {@code first}. */
    private record Batch(long first, List<TranslationUnit> units) {
    }

    private List<UnitFindings> analyze(Batch b) {
        List<UnitFindings> r = new ArrayList<>(b.units().size());
        for (int i = 0; i < b.units().size(); i++) {
            r.add(analyze(b.first() + i, b.units().get(i)));
        }
        return r;
    }
}
