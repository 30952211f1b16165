package org.tarjama.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.tarjama.align.AlignerConfig;
import org.tarjama.align.Alignment;
import org.tarjama.align.AlignmentScore;
import org.tarjama.align.Bead;
import org.tarjama.align.BeadFormat;
import org.tarjama.align.Lexicon;
import org.tarjama.align.NameMatcher;
import org.tarjama.align.ParallelText;
import org.tarjama.align.SentenceAligner;
import org.tarjama.align.TransliterationNames;
import org.tarjama.io.TextFiles;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * Scores the sentence aligner on corpus folders of {@code DOC.en} / {@code DOC.ar} / {@code DOC.gold}
 * (one sentence per line, gold beads like {@code [1, 2]:[1]}), each folder a set.
 */
public final class AlignEvaluation {
    /** Scores per set (folder name), per document ({@code folder/DOC}) and over all sets. */
    public record Result(Map<String, AlignmentScore> sets, Map<String, AlignmentScore> documents,
                         AlignmentScore overall) {
    }

    private AlignEvaluation() {
    }

    /**
     * @param learn learn a lexicon from each document (the aligner's default)
     * @param names use proper-name (transliteration) anchors (the aligner's default in {@code align})
     * @throws BadInputException for a missing folder, a folder without {@code DOC.gold} or a malformed bead
     */
    public static Result evaluate(List<Path> dirs, boolean learn, boolean names) {
        return evaluate(dirs, config(learn, names, null));
    }

    /** The aligner's configuration for an evaluation: {@code dictionary} (or null) is added to the built-in lexicon. */
    public static AlignerConfig config(boolean learn, boolean names, Lexicon dictionary) {
        AlignerConfig config = AlignerConfig.defaults().withLearnLexicon(learn)
                .withNames(names ? new TransliterationNames() : NameMatcher.NONE);
        return dictionary == null ? config : config.withDictionary(dictionary);
    }

    /** Scores an aligner configuration on segmented documents ({@code DOC.en}/{@code DOC.ar} against {@code DOC.gold}). */
    public static Result evaluate(List<Path> dirs, AlignerConfig config) {
        SentenceAligner aligner = new SentenceAligner(config);
        Map<String, AlignmentScore> sets = new LinkedHashMap<>();
        Map<String, AlignmentScore> docs = new LinkedHashMap<>();
        AlignmentScore all = new AlignmentScore();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new BadInputException(SourceLocation.ofFile(dir.toString()), "not a folder");
            }
            AlignmentScore set = new AlignmentScore();
            for (Path gold : golds(dir)) {
                String name = gold.getFileName().toString().replaceFirst("\\.gold$", "");
                Path en = dir.resolve(name + ".en");
                Path ar = dir.resolve(name + ".ar");
                List<String> enLines = ParallelText.lines(TextFiles.readString(en, null));
                List<String> arLines = ParallelText.lines(TextFiles.readString(ar, null));
                List<Bead> goldBeads;
                try {
                    goldBeads = BeadFormat.parseAll(ParallelText.lines(TextFiles.readString(gold, null)), enLines.size(),
                            arLines.size());
                } catch (BeadFormat.Malformed e) {
                    throw new BadInputException(e.line() > 0 ? SourceLocation.ofLine(gold.toString(), e.line())
                            : SourceLocation.ofFile(gold.toString()), e.getMessage());
                }
                Alignment a = aligner.align(enLines, arLines);
                AlignmentScore s = new AlignmentScore();
                s.add(a.beads(), goldBeads);
                docs.put(dir.getFileName() + "/" + name, s);
                set.add(s);
            }
            sets.put(dir.getFileName().toString(), set);
            all.add(set);
        }
        return new Result(sets, docs, all);
    }

    /** Raw-document scores per set, per document and over all sets. */
    public record RawResult(Map<String, RawAlignmentScore> sets, Map<String, RawAlignmentScore> documents,
                            RawAlignmentScore overall) {
    }

    /**
     * Scores the whole path, segmentation and alignment, on the documents of each folder that have
     * {@code DOC.raw.en} and {@code DOC.raw.ar} beside {@code DOC.gold} (see {@link RawAlignmentScore}).
     *
     * @throws BadInputException for a missing folder, a folder without raw documents, or raw text that is not the gold text
     */
    public static RawResult evaluateRaw(List<Path> dirs, AlignerConfig config) {
        Map<String, RawAlignmentScore> sets = new LinkedHashMap<>();
        Map<String, RawAlignmentScore> docs = new LinkedHashMap<>();
        RawAlignmentScore all = new RawAlignmentScore();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new BadInputException(SourceLocation.ofFile(dir.toString()), "not a folder");
            }
            RawAlignmentScore set = new RawAlignmentScore();
            int found = 0;
            for (Path gold : golds(dir)) {
                String name = gold.getFileName().toString().replaceFirst("\\.gold$", "");
                if (!Files.exists(dir.resolve(name + ".raw.en")) || !Files.exists(dir.resolve(name + ".raw.ar"))) {
                    continue;
                }
                found++;
                RawAlignmentScore s = RawAlignmentScore.of(dir, name, config);
                docs.put(dir.getFileName() + "/" + name, s);
                set.add(s);
            }
            if (found == 0) {
                throw new BadInputException(SourceLocation.ofFile(dir.toString()),
                        "no DOC.raw.en / DOC.raw.ar beside the DOC.gold files in this folder");
            }
            sets.put(dir.getFileName().toString(), set);
            all.add(set);
        }
        return new RawResult(sets, docs, all);
    }

    private static List<Path> golds(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> out = new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".gold")).sorted().toList());
            if (out.isEmpty()) {
                throw new BadInputException(SourceLocation.ofFile(dir.toString()), "no DOC.gold files in this folder");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
