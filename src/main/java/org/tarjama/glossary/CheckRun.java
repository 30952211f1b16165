package org.tarjama.glossary;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.tarjama.concurrent.OrderedPipeline;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;
import org.tarjama.model.TranslationUnit;
import org.tarjama.report.Finding;

/**
 * Runs a {@link GlossaryChecker} over a stream of units on several threads, handing the findings to a
 * consumer in input order (unit 1's findings first). Units are read on the calling thread and checked
 * in batches, with a bounded number of batches in flight so memory stays flat on any input size.
 */
public final class CheckRun {
    /** Units per batch: large enough to amortise task hand-off, small enough to keep output flowing. */
    static final int BATCH = 2048;

    private CheckRun() {
    }

    /** One unit's texts, numbered. */
    public record Pair(int unit, String tuid, String en, String ar) {
    }

    /**
     * Checks every unit.
     *
     * @param units    the units (English and Arabic variants are taken by language)
     * @param source   the input's name, for messages
     * @param checker  the checker
     * @param threads  worker threads (1 checks on the calling thread)
     * @param findings receives each finding, in unit order, on the calling thread
     * @param progress receives the number of units checked so far after each batch (may be null)
     * @return the number of units checked
     */
    public static long run(Iterator<TranslationUnit> units, String source, GlossaryChecker checker, int threads,
                           Consumer<Finding> findings, java.util.function.LongConsumer progress) {
        int unitNo = 0;
        if (threads <= 1) {
            while (units.hasNext()) {
                Pair p = pair(units.next(), ++unitNo, source);
                checker.check(p.unit, p.tuid, p.en, p.ar).forEach(findings);
                if (progress != null && unitNo % BATCH == 0) {
                    progress.accept(unitNo);
                }
            }
            return unitNo;
        }
        try (OrderedPipeline<List<Pair>, List<Finding>> pipeline = OrderedPipeline.start("tarjama-check", threads,
                threads * 2, CheckRun.checkAll(checker), batchFindings -> batchFindings.forEach(findings))) {
            List<Pair> batch = new ArrayList<>(BATCH);
            while (units.hasNext()) {
                batch.add(pair(units.next(), ++unitNo, source));
                if (batch.size() == BATCH) {
                    pipeline.submit(batch);
                    batch = new ArrayList<>(BATCH);
                    if (progress != null) {
                        progress.accept(unitNo);
                    }
                }
            }
            if (!batch.isEmpty()) {
                pipeline.submit(batch);
            }
            pipeline.finish();
            return unitNo;
        }
    }

    private static java.util.function.Function<List<Pair>, List<Finding>> checkAll(GlossaryChecker checker) {
        return batch -> {
            List<Finding> out = new ArrayList<>();
            for (Pair p : batch) {
                out.addAll(checker.check(p.unit, p.tuid, p.en, p.ar));
            }
            return out;
        };
    }

    /** The English and Arabic texts of a unit; a unit with neither language is bad input. */
    static Pair pair(TranslationUnit u, int unitNo, String source) {
        boolean hasEn = u.variant("en").isPresent();
        boolean hasAr = u.variant("ar").isPresent();
        if (!hasEn && !hasAr) {
            throw new BadInputException(SourceLocation.ofUnit(source, unitNo, u.tuid()),
                    "the unit has neither an English (en) nor an Arabic (ar) variant");
        }
        return new Pair(unitNo, u.tuid(), u.text("en"), u.text("ar"));
    }
}
