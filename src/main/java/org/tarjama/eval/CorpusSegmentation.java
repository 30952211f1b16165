package org.tarjama.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tarjama.io.TextFiles;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;
import org.tarjama.segment.Segmenters;
import org.tarjama.segment.SentenceSegmenter;

/**
 * Evaluates a segmenter on corpus folders: every {@code DOC.raw.LANG} (one paragraph per line) is
 * segmented and compared with {@code DOC.LANG} (one gold sentence per line, in paragraph order).
 */
public final class CorpusSegmentation {
    private CorpusSegmentation() {
    }

    /** One document's result. */
    public record DocumentResult(String document, String lang, BoundaryEvaluation counts) {
    }

    /**
     * One line of the report: a folder's counts for one language ({@code name} its file name,
     * {@code corpus} the folder as given), or the sum over the folders ({@code ALL} for both).
     */
    public record Row(String name, String corpus, String lang, BoundaryEvaluation counts) {
    }

    /**
     * Evaluates the default segmenter of each language on every folder: one row per folder and language
     * that has boundaries to count, then an {@code ALL} row per language.
     *
     * @throws BadInputException for a path that is not a folder, a language with no raw/gold pair in any
     *     folder, or a folder with none for any of the languages (a perfect score over nothing would look
     *     like a result)
     */
    public static List<Row> evaluate(List<Path> dirs, List<String> langs) {
        return evaluate(dirs, langs, false);
    }

    /** As {@link #evaluate(List, List)}, with the opt-in headline rule when {@code headlines}. */
    public static List<Row> evaluate(List<Path> dirs, List<String> langs, boolean headlines) {
        List<Row> rows = new ArrayList<>();
        java.util.Map<Path, Integer> docsPerDir = new java.util.HashMap<>();
        for (String lang : langs) {
            BoundaryEvaluation all = BoundaryEvaluation.EMPTY;
            int docsOfLang = 0;
            for (Path dir : dirs) {
                if (!Files.isDirectory(dir)) {
                    throw new BadInputException(SourceLocation.ofFile(dir.toString()), "not a folder");
                }
                BoundaryEvaluation sum = BoundaryEvaluation.EMPTY;
                for (var doc : evaluate(dir, lang, Segmenters.forLanguage(lang, headlines))) {
                    sum = sum.plus(doc.counts());
                    docsOfLang++;
                    docsPerDir.merge(dir, 1, Integer::sum);
                }
                if (sum.truePositives() + sum.falseNegatives() + sum.falsePositives() == 0) {
                    continue;
                }
                all = all.plus(sum);
                rows.add(new Row(dir.getFileName().toString(), dir.toString(), lang, sum));
            }
            if (docsOfLang == 0) {
                throw new BadInputException(SourceLocation.ofFile(dirs.get(0).toString()),
                        "no DOC.raw." + lang + " with its DOC." + lang + " in " + (dirs.size() == 1 ? "this folder" : "any of the folders"));
            }
            rows.add(new Row("ALL", "ALL", lang, all));
        }
        for (Path dir : dirs) {
            if (!docsPerDir.containsKey(dir)) {
                throw new BadInputException(SourceLocation.ofFile(dir.toString()),
                        "no DOC.raw.LANG with its DOC.LANG for " + String.join(", ", langs) + " in this folder");
            }
        }
        return rows;
    }

    /** Evaluates every raw/gold pair of {@code lang} in {@code dir}. */
    public static List<DocumentResult> evaluate(Path dir, String lang, SentenceSegmenter segmenter) {
        List<DocumentResult> out = new ArrayList<>();
        String suffix = ".raw." + lang;
        List<Path> raws;
        try (Stream<Path> s = Files.list(dir)) {
            raws = s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(SourceLocation.ofFile(dir.toString()), "cannot list folder: " + e.getMessage(), e);
        }
        for (Path raw : raws) {
            String fileName = raw.getFileName().toString();
            String doc = fileName.substring(0, fileName.length() - suffix.length());
            Path gold = raw.resolveSibling(doc + "." + lang);
            if (!Files.exists(gold)) {
                continue;
            }
            Path beads = raw.resolveSibling(doc + ".gold");
            java.util.Set<Integer> joined = Files.exists(beads) ? joinedLines(beads, lang) : java.util.Set.of();
            out.add(new DocumentResult(doc, lang, evaluate(raw, gold, joined, segmenter)));
        }
        return out;
    }

    /** Evaluates one raw file against its gold sentence file. */
    public static BoundaryEvaluation evaluate(Path raw, Path gold, SentenceSegmenter segmenter) {
        return evaluate(raw, gold, java.util.Set.of(), segmenter);
    }

    /**
     * The 0-based lines of {@code lang} that the alignment beads show to be several sentences joined:
     * the single English line of a 1-n bead (n ≥ 2), or the single Arabic line of an n-1 bead.
     * Beads are {@code [e, …]:[a, …]}, English first.
     */
    public static java.util.Set<Integer> joinedLines(Path beads, String lang) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        boolean english = lang.startsWith("en");
        List<String> lines = lines(beads);
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.isBlank()) {
                continue;
            }
            java.util.regex.Matcher m = BEAD.matcher(line);
            if (!m.matches()) {
                throw new BadInputException(SourceLocation.ofLine(beads.toString(), k + 1), "not a bead: " + line);
            }
            List<Integer> en = indices(m.group(1));
            List<Integer> ar = indices(m.group(2));
            List<Integer> mine = english ? en : ar;
            List<Integer> other = english ? ar : en;
            if (mine.size() == 1 && other.size() >= 2) {
                out.add(mine.get(0));
            }
        }
        return out;
    }

    /** A bead line {@code [1, 2]:[3]}, the DOC.gold notation that the aligner's bead format reads (a layer above). */
    private static final java.util.regex.Pattern BEAD = java.util.regex.Pattern.compile(
            "\\s*\\[(\\s*(?:[0-9]{1,9}\\s*(?:,\\s*[0-9]{1,9}\\s*)*)?)\\]\\s*:\\s*\\[(\\s*(?:[0-9]{1,9}\\s*(?:,\\s*[0-9]{1,9}\\s*)*)?)\\]\\s*");

    private static List<Integer> indices(String side) {
        List<Integer> out = new ArrayList<>();
        for (String t : side.replaceAll("\\s", "").split(",")) {
            if (!t.isEmpty()) {
                out.add(Integer.parseInt(t));
            }
        }
        return out;
    }

    /** As {@link #evaluate(Path, Path, SentenceSegmenter)}, ignoring predictions inside known joined lines. */
    public static BoundaryEvaluation evaluate(Path raw, Path gold, java.util.Set<Integer> joined,
                                              SentenceSegmenter segmenter) {
        List<String> paragraphs = lines(raw);
        List<String> sentences = lines(gold);
        BoundaryEvaluation total = BoundaryEvaluation.EMPTY;
        int next = 0;
        for (String paragraph : paragraphs) {
            if (paragraph.isBlank()) {
                continue;
            }
            // The gold sentences of this paragraph are the next ones that are found in it, in order.
            List<String> mine = new ArrayList<>();
            java.util.Set<Integer> mineJoined = new java.util.HashSet<>();
            int from = 0;
            while (next < sentences.size()) {
                String g = sentences.get(next).strip();
                int at = g.isEmpty() ? from : paragraph.indexOf(g, from);
                if (at < 0 || (from > 0 && !paragraph.substring(from, at).isBlank())) {
                    break;
                }
                if (joined.contains(next)) {
                    mineJoined.add(mine.size());
                }
                mine.add(g);
                from = at + g.length();
                next++;
            }
            if (mine.isEmpty()) {
                throw new BadInputException(SourceLocation.ofLine(gold.toString(), next + 1),
                        "gold sentence " + (next + 1) + " is not in paragraph order of " + raw);
            }
            total = total.plus(BoundaryEvaluation.of(paragraph, mine, mineJoined, segmenter.segment(paragraph)));
        }
        while (next < sentences.size() && sentences.get(next).isBlank()) {
            next++;
        }
        if (next < sentences.size()) {
            throw new BadInputException(SourceLocation.ofLine(gold.toString(), next + 1),
                    "gold sentence " + (next + 1) + " is not in " + raw + " (the raw text ends before it)");
        }
        return total;
    }

    private static List<String> lines(Path p) {
        try (var r = TextFiles.open(p, null)) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
