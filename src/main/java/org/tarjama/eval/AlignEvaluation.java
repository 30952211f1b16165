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
        SentenceAligner aligner = new SentenceAligner(AlignerConfig.defaults().withLearnLexicon(learn)
                .withNames(names ? new TransliterationNames() : NameMatcher.NONE));
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
