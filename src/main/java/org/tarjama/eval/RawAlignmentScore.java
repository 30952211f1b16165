package org.tarjama.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tarjama.align.AlignedDocument;
import org.tarjama.align.AlignerConfig;
import org.tarjama.align.Alignment;
import org.tarjama.align.Bead;
import org.tarjama.align.BeadFormat;
import org.tarjama.align.ParallelText;
import org.tarjama.io.TextFiles;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * Scores the whole path on raw documents, segmentation and alignment together: the pairs that
 * {@code tarjama align DOC.raw.en DOC.raw.ar} writes, against {@code DOC.gold}, whose indices refer
 * to the gold sentences of {@code DOC.en}/{@code DOC.ar}. The raw files hold the same text as the
 * gold sentence files, joined differently, so every raw sentence is placed in the gold text by its
 * characters (whitespace ignored) and a pair is compared with the gold by the text it covers:
 * <ul>
 *   <li><b>exact</b>: the pair's English and Arabic text are exactly one gold unit's;</li>
 *   <li><b>consistent</b>: they are exactly a run of consecutive gold units (a coarser pair that is
 *       right). A run never includes a gold 1-0/0-1 unit: a pair carrying a sentence that has no
 *       translation on the other side is not a correct memory unit.</li>
 * </ul>
 * Pairs are the beads with both sides non-empty (what a memory receives). Also counted: pairs
 * scored at least {@link #HIGH} and how many of them are consistent, and the gold sentences covered
 * by consistent pairs (so that merging everything into one pair, consistent but useless, shows).
 * Counts are additive, so a set's score is the sum of its documents'.
 */
public final class RawAlignmentScore {
    /** The score threshold whose meaning is measured ({@code --min-score 0.9}). */
    public static final double HIGH = 0.9;

    long pairs;
    long exact;
    long consistent;
    long high;
    long highConsistent;
    long goldUnits;
    long goldUnitsInConsistentPairs;
    long goldUnitsExact;
    long finer;
    long alongLines;
    long highAlongLines;

    /** Adds another score's counts. */
    public void add(RawAlignmentScore o) {
        pairs += o.pairs;
        exact += o.exact;
        consistent += o.consistent;
        high += o.high;
        highConsistent += o.highConsistent;
        goldUnits += o.goldUnits;
        goldUnitsInConsistentPairs += o.goldUnitsInConsistentPairs;
        goldUnitsExact += o.goldUnitsExact;
        finer += o.finer;
        alongLines += o.alongLines;
        highAlongLines += o.highAlongLines;
    }

    /**
     * Aligns {@code dir/doc.raw.en} with {@code dir/doc.raw.ar} the way {@code tarjama align} does and
     * scores the result against {@code dir/doc.gold}.
     *
     * @throws BadInputException when a file is missing or malformed, or the raw text is not the gold text
     */
    public static RawAlignmentScore of(Path dir, String doc, AlignerConfig config) {
        Path rawEn = dir.resolve(doc + ".raw.en");
        Path rawAr = dir.resolve(doc + ".raw.ar");
        ParallelText text = ParallelText.read(rawEn, rawAr, false, null);
        Alignment a = AlignedDocument.align(text, config, null).alignment();
        return of(dir, doc, text, a.beads());
    }

    /** Scores given beads over the raw sentences of {@code text} against {@code dir/doc.gold}. */
    static RawAlignmentScore of(Path dir, String doc, ParallelText text, List<Bead> beads) {
        Path goldEn = dir.resolve(doc + ".en");
        Path goldAr = dir.resolve(doc + ".ar");
        Path goldFile = dir.resolve(doc + ".gold");
        List<String> enLines = ParallelText.lines(TextFiles.readString(goldEn, null));
        List<String> arLines = ParallelText.lines(TextFiles.readString(goldAr, null));
        List<Bead> gold;
        try {
            gold = BeadFormat.parseAll(ParallelText.lines(TextFiles.readString(goldFile, null)), enLines.size(), arLines.size());
        } catch (BeadFormat.Malformed e) {
            throw new BadInputException(e.line() > 0 ? SourceLocation.ofLine(goldFile.toString(), e.line())
                    : SourceLocation.ofFile(goldFile.toString()), e.getMessage());
        }
        int[] enGold = goldOffsets(enLines);
        int[] arGold = goldOffsets(arLines);
        List<String> rawEnLines = ParallelText.lines(TextFiles.readString(dir.resolve(doc + ".raw.en"), null));
        List<String> rawArLines = ParallelText.lines(TextFiles.readString(dir.resolve(doc + ".raw.ar"), null));
        int[][] enRaw = rawOffsets(text.en(), rawEnLines, enLines, dir.resolve(doc + ".raw.en"), goldEn);
        int[][] arRaw = rawOffsets(text.ar(), rawArLines, arLines, dir.resolve(doc + ".raw.ar"), goldAr);
        int g = gold.size();
        int[] e0 = new int[g];
        int[] e1 = new int[g];
        int[] a0 = new int[g];
        int[] a1 = new int[g];
        for (int k = 0; k < g; k++) {
            Bead b = gold.get(k);
            e0[k] = enGold[b.enStart()];
            e1[k] = enGold[b.enEnd()];
            a0[k] = arGold[b.arStart()];
            a1[k] = arGold[b.arEnd()];
        }
        RawAlignmentScore s = new RawAlignmentScore();
        for (Bead b : gold) {
            if (!b.isUnaligned()) {
                s.goldUnits++;
            }
        }
        for (Bead p : beads) {
            if (p.isUnaligned()) {
                continue;
            }
            int pe0 = enRaw[p.enStart()][0];
            int pe1 = enRaw[p.enEnd() - 1][1];
            int pa0 = arRaw[p.arStart()][0];
            int pa1 = arRaw[p.arEnd() - 1][1];
            int run = 0;
            for (int i = 0; i < g && run == 0; i++) {
                if (e0[i] != pe0 || a0[i] != pa0) {
                    continue;
                }
                for (int j = i; j < g && !gold.get(j).isUnaligned(); j++) {
                    if (e1[j] == pe1 && a1[j] == pa1) {
                        run = j - i + 1;
                        break;
                    }
                    if (e1[j] > pe1 || a1[j] > pa1) {
                        break;
                    }
                }
            }
            s.pairs++;
            boolean isHigh = p.score() >= HIGH;
            if (run == 0) {
                for (int i = 0; i < g; i++) {
                    Bead u = gold.get(i);
                    if (!u.isUnaligned() && e0[i] <= pe0 && pe1 <= e1[i] && a0[i] <= pa0 && pa1 <= a1[i]) {
                        s.finer++;
                        boolean enPart = u.enCount() > 1 && (pe0 != e0[i] || pe1 != e1[i]);
                        boolean arPart = u.arCount() > 1 && (pa0 != a0[i] || pa1 != a1[i]);
                        if ((enPart || arPart) && alongLines(u, pe0, pe1, enGold)
                                && alongLines(u.arStart(), u.arCount(), pa0, pa1, arGold)) {
                            s.alongLines++;
                            if (isHigh) {
                                s.highAlongLines++;
                            }
                        }
                        break;
                    }
                }
            }
            if (isHigh) {
                s.high++;
            }
            if (run > 0) {
                s.consistent++;
                s.goldUnitsInConsistentPairs += run;
                if (isHigh) {
                    s.highConsistent++;
                }
                if (run == 1) {
                    s.exact++;
                    s.goldUnitsExact++;
                }
            }
        }
        return s;
    }

    /** English side of {@link #alongLines(int, int, int, int, int[])}. */
    private static boolean alongLines(Bead u, int from, int to, int[] enGold) {
        return alongLines(u.enStart(), u.enCount(), from, to, enGold);
    }

    /**
     * Whether a stretch [from, to) inside a gold unit's side of {@code count} lines from {@code start}
     * begins and ends on the unit's line boundaries (always true for a side of one line).
     */
    private static boolean alongLines(int start, int count, int from, int to, int[] lineOffsets) {
        if (count <= 1) {
            return true;
        }
        boolean head = false;
        boolean tail = false;
        for (int l = start; l <= start + count; l++) {
            head |= lineOffsets[l] == from;
            tail |= lineOffsets[l] == to;
        }
        return head && tail;
    }

    /** Start of each gold sentence (and the end of the last) in the whitespace-free text. */
    private static int[] goldOffsets(List<String> lines) {
        int[] off = new int[lines.size() + 1];
        for (int k = 0; k < lines.size(); k++) {
            off[k + 1] = off[k] + solid(lines.get(k), 0, lines.get(k).length());
        }
        return off;
    }

    /**
     * [start, end) of each raw sentence in the whitespace-free text, after checking that the raw
     * lines carry exactly the gold text.
     */
    private static int[][] rawOffsets(List<ParallelText.Unit> units, List<String> rawLines, List<String> goldLines,
                                      Path rawFile, Path goldFile) {
        StringBuilder goldText = new StringBuilder();
        for (String l : goldLines) {
            appendSolid(goldText, l);
        }
        int[] lineStart = new int[rawLines.size() + 1];
        StringBuilder rawText = new StringBuilder();
        for (int k = 0; k < rawLines.size(); k++) {
            appendSolid(rawText, rawLines.get(k));
            lineStart[k + 1] = rawText.length();
            if (!goldText.substring(lineStart[k], Math.min(goldText.length(), lineStart[k + 1]))
                    .equals(rawText.substring(lineStart[k]))) {
                throw new BadInputException(SourceLocation.ofLine(rawFile.toString(), k + 1),
                        "this line is not the text of " + goldFile.getFileName()
                                + " at that point: the raw files must hold the gold sentences' text, joined");
            }
        }
        if (rawText.length() != goldText.length()) {
            throw new BadInputException(SourceLocation.ofFile(rawFile.toString()),
                    "ends before the text of " + goldFile.getFileName() + " does");
        }
        int[][] out = new int[units.size()][];
        for (int k = 0; k < units.size(); k++) {
            ParallelText.Unit u = units.get(k);
            String line = rawLines.get(u.paragraph());
            int start = lineStart[u.paragraph()] + solid(line, 0, u.start());
            out[k] = new int[] {start, start + solid(line, u.start(), u.end())};
        }
        return out;
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int solid(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!space(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static void appendSolid(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!space(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
    }

    /** Pairs written (beads with both sides non-empty). */
    public long pairs() {
        return pairs;
    }

    /** Share of pairs that are exactly one gold unit. */
    public double exact() {
        return ratio(exact, pairs);
    }

    /** Share of pairs that are exactly a run of consecutive gold units. */
    public double consistent() {
        return ratio(consistent, pairs);
    }

    /**
     * Share of pairs that lie inside one gold unit without being all of it (finer than the gold:
     * the gold cannot say whether they are right; on ntrex_dev most come from synthetic joins that
     * left no trace in the raw text).
     */
    public double finer() {
        return ratio(finer, pairs);
    }

    /**
     * Share of pairs that are finer than one gold unit of several lines and cut it only at its lines: on
     * each side with several lines the pair starts and ends at line boundaries, and on one of them it
     * holds only some of the lines (half an English sentence against all the Arabic lines is not such a
     * pair). Where the gold's n-m units
     * are joins of consecutive translation units (ntrex_dev, bible_john_dev), such a pair is one of the
     * units before the join: right, though the gold cannot say so.
     */
    public double alongLines() {
        return ratio(alongLines, pairs);
    }

    /** Share of pairs that are consistent or {@link #alongLines() along the gold's lines}. */
    public double lineConsistent() {
        return ratio(consistent + alongLines, pairs);
    }

    /** Share of pairs scored at least {@link #HIGH} that are consistent or along the gold's lines. */
    public double highLineConsistent() {
        return ratio(highConsistent + highAlongLines, high);
    }

    /** Pairs scored at least {@link #HIGH}. */
    public long highPairs() {
        return high;
    }

    /** Share of pairs scored at least {@link #HIGH} that are consistent. */
    public double highConsistent() {
        return ratio(highConsistent, high);
    }

    /** Share of consistent pairs scored at least {@link #HIGH}. */
    public double consistentHigh() {
        return ratio(highConsistent, consistent);
    }

    /** Share of the gold's aligned units that lie in a consistent pair (the rest are lost or wrong). */
    public double goldCoverage() {
        return ratio(goldUnitsInConsistentPairs, goldUnits);
    }

    /** Share of the gold's aligned units found as exact pairs. */
    public double goldExact() {
        return ratio(goldUnitsExact, goldUnits);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
