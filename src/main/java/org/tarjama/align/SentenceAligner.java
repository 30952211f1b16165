package org.tarjama.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Aligns English sentences with Arabic sentences: dynamic programming over beads 0-1, 1-0, 1-1, 1-2,
 * 2-1, 2-2, 1-3 and 3-1 inside a band around the diagonal (time and memory O(n·w)), scoring each
 * bead by
 * <ul>
 *   <li>a Gale–Church length cost whose ratio and variance are estimated from the document pair
 *       ({@link LengthModel});</li>
 *   <li>a prior per bead type;</li>
 *   <li>lexical evidence: for every sentence of the bead, how much of what it contains that has a
 *       known counterpart (numbers in any digit script, punctuation such as question marks, quotes and
 *       brackets, Latin-script tokens left in the Arabic, dictionary words, proper names, phrase
 *       anchors, and a lexicon learned from the document pair itself) is found on the other side.
 *       A sentence whose counterparts are missing is cheaper left unaligned (1-0 / 0-1), which is how
 *       deletions are recovered.</li>
 * </ul>
 * Two passes, hunalign style: the first aligns with length, numbers and dictionary; its beads
 * re-estimate the length model and teach a Dice lexicon; the second realigns with it. The band
 * widens when the best path runs along its edge. Each bead's confidence is its posterior
 * probability over all paths in the band (forward–backward).
 *
 * <p>The work is split by seam: {@link SentenceFeatures} turns sentences into interned items,
 * {@link LexicalRelations} says which English item may translate which Arabic item (numbers,
 * dictionary, names, anchors, the Dice lexicon learned between the passes), {@link BeadDp} is the
 * banded DP with its bead costs; this class runs the two passes and reports warnings as values
 * (in the returned {@link Alignment}, never printed).
 *
 * <h2>Use from a cluster or a reviewing tool</h2>
 * Instances are immutable and thread-safe: one aligner (and its {@link AlignerConfig}, which is
 * {@link java.io.Serializable}) can be shared by every thread of a process or broadcast to the
 * executors of a Spark job and used there concurrently.
 * <ul>
 *   <li><b>Align a stretch only</b>: {@link #alignRange(List, List, int, int, int, int)} aligns
 *       sentences {@code [enFrom, enTo)} with {@code [arFrom, arTo)} of two lists, as if the stretch
 *       were a document of its own; the beads carry indices of the whole lists.</li>
 *   <li><b>Realign around fixed beads</b>: {@link #realign(List, List, List, IntConsumer)} keeps the
 *       beads a reviewer confirmed exactly as given and aligns every gap between two consecutive
 *       fixed beads independently (no bead crosses a fixed one); the length model and the learned
 *       lexicon still come from the whole document, confirmed beads included. A reviewer's "realign
 *       only between confirmed beads" is one call with the confirmed beads.</li>
 *   <li><b>Learn a lexicon from many documents</b>: align each document, add it to a
 *       {@link LexiconCounts} ({@link LexiconCounts#add(List, List, Alignment, double)}), merge the
 *       counts ({@link LexiconCounts#merge}: sums, associative and commutative, so a Spark job can
 *       {@code aggregate} them across partitions), turn them into a {@link Lexicon} with
 *       {@link LexiconCounts#toLexicon(int, double)}, and align again with
 *       {@code new SentenceAligner(config.withDictionary(lexicon))} (broadcast that config).</li>
 * </ul>
 */
public final class SentenceAligner {
    /** Half-width of the second pass's band around the first pass's path. */
    static final int GUIDED_BAND = 10;
    /** Sides whose sentence counts differ by this factor (and by 10 or more) are not aligned at all. */
    static final int MISMATCH_FACTOR = 4;

    private final AlignerConfig config;

    public SentenceAligner(AlignerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The configuration this aligner was built with. */
    public AlignerConfig config() {
        return config;
    }

    /** A group of sentences known to translate each other as a whole (e.g. an aligned paragraph pair). */
    public record Block(int enStart, int enEnd, int arStart, int arEnd) {
        public Block {
            if (enStart < 0 || arStart < 0 || enEnd < enStart || arEnd < arStart) {
                throw new IllegalArgumentException("bad block " + enStart + ".." + enEnd + ":" + arStart + ".." + arEnd);
            }
        }
    }

    /** A piece of the path: a block to align, or a bead kept as it is. */
    private record Piece(Block block, Bead fixed) {
    }

    /** Aligns two sentence lists. */
    public Alignment align(List<String> en, List<String> ar) {
        return align(en, ar, List.of(new Block(0, en.size(), 0, ar.size())), null);
    }

    /**
     * Aligns two sentence lists inside given blocks (monotone, covering both lists); the lexicon and
     * length model are learned over the whole document.
     *
     * @param progress called with the number of English sentences finished, or null
     */
    public Alignment align(List<String> en, List<String> ar, List<Block> blocks, IntConsumer progress) {
        List<Piece> pieces = new ArrayList<>();
        int e = 0;
        int a = 0;
        for (Block b : blocks) {
            if (b.enStart() != e || b.arStart() != a) {
                throw new IllegalArgumentException("blocks must be monotone and cover both lists: " + b
                        + " does not start at " + e + ":" + a);
            }
            pieces.add(new Piece(b, null));
            e = b.enEnd();
            a = b.arEnd();
        }
        if (e != en.size() || a != ar.size()) {
            throw new IllegalArgumentException("blocks end at " + e + ":" + a + ", the lists at " + en.size() + ":" + ar.size());
        }
        return run(en, ar, pieces, progress);
    }

    /**
     * Aligns sentences {@code [enFrom, enTo)} of {@code en} with {@code [arFrom, arTo)} of {@code ar}
     * as a document of their own (length model and learned lexicon from the stretch only). The
     * returned beads cover exactly the stretch, with indices into the whole lists.
     */
    public Alignment alignRange(List<String> en, List<String> ar, int enFrom, int enTo, int arFrom, int arTo) {
        Objects.checkFromToIndex(enFrom, enTo, en.size());
        Objects.checkFromToIndex(arFrom, arTo, ar.size());
        Alignment local = align(en.subList(enFrom, enTo), ar.subList(arFrom, arTo));
        List<Bead> beads = new ArrayList<>(local.beads().size());
        for (Bead b : local.beads()) {
            beads.add(b.shifted(enFrom, arFrom));
        }
        return new Alignment(beads, local.warnings());
    }

    /**
     * Keeps {@code fixed} beads as they are and aligns each gap between them (and before the first
     * and after the last) independently; the length model and the learned lexicon are estimated over
     * the whole document, with the fixed beads as training pairs.
     *
     * @param fixed    beads to keep, in order, not overlapping (they need not be adjacent)
     * @param progress called with the number of English sentences finished, or null
     * @return the fixed beads plus the gaps' beads, monotone and covering both lists
     * @throws IllegalArgumentException when the fixed beads are out of order, overlap or exceed the lists
     */
    public Alignment realign(List<String> en, List<String> ar, List<Bead> fixed, IntConsumer progress) {
        List<Piece> pieces = new ArrayList<>();
        int e = 0;
        int a = 0;
        for (Bead b : fixed) {
            if (b.enStart() < e || b.arStart() < a || b.enEnd() > en.size() || b.arEnd() > ar.size()) {
                throw new IllegalArgumentException("fixed bead " + b.toBeadString()
                        + " overlaps the previous one, is out of order or exceeds the lists");
            }
            if (b.enStart() > e || b.arStart() > a) {
                pieces.add(new Piece(new Block(e, b.enStart(), a, b.arStart()), null));
            }
            pieces.add(new Piece(null, b));
            e = b.enEnd();
            a = b.arEnd();
        }
        if (e < en.size() || a < ar.size()) {
            pieces.add(new Piece(new Block(e, en.size(), a, ar.size()), null));
        }
        return run(en, ar, pieces, progress);
    }

    private Alignment run(List<String> en, List<String> ar, List<Piece> pieces, IntConsumer progress) {
        List<String> warnings = new ArrayList<>();
        int n = en.size();
        int m = ar.size();
        boolean anyFixed = pieces.stream().anyMatch(p -> p.fixed() != null);
        if (n == 0 || m == 0) {
            if (n + m > 0) {
                warnings.add((n == 0 ? "the English side" : "the Arabic side")
                        + " has no sentences: every sentence is left unaligned");
            }
            return new Alignment(unaligned(0, n, 0, m), warnings);
        }
        if (!anyFixed && Math.max(n, m) >= MISMATCH_FACTOR * Math.min(n, m) && Math.max(n, m) - Math.min(n, m) >= 10) {
            // Not a translation pair as given (wrong file, or an excerpt against a whole book): with
            // so little to anchor on, any pairing found would be mostly noise in a memory.
            warnings.add("the two sides differ widely in size (" + n + " English vs " + m
                    + " Arabic sentences): are they really translations of each other? Every sentence is left unaligned");
            return new Alignment(unaligned(0, n, 0, m), warnings);
        }
        SentenceFeatures f = new SentenceFeatures(en, ar, config);
        long enChars = 0;
        long arChars = 0;
        for (int x : f.enLen) {
            enChars += x;
        }
        for (int x : f.arLen) {
            arChars += x;
        }
        LengthModel lm = LengthModel.fromTotals(enChars, arChars);
        LexicalRelations rel = LexicalRelations.base(f, config);
        List<Bead> beads = alignPieces(f, pieces, lm, rel, false, null, null);
        // refit the length model on confident 1-1 beads, learn a lexicon, realign
        int[] el = new int[beads.size()];
        int[] al = new int[beads.size()];
        int k = 0;
        for (Bead b : beads) {
            if (b.enCount() == 1 && b.arCount() == 1) {
                el[k] = f.enLen[b.enStart()];
                al[k] = f.arLen[b.arStart()];
                k++;
            }
        }
        lm = lm.refit(el, al, k);
        rel = rel.withLearned(f, config.learnLexicon() ? beads : List.of(), beads, config);
        beads = alignPieces(f, pieces, lm, rel, true, beads, progress);
        long unaligned = beads.stream().filter(Bead::isUnaligned).count();
        if (unaligned > 0 && unaligned * 2 > beads.size() && beads.size() > 4) {
            warnings.add(unaligned + " of " + beads.size()
                    + " beads are unaligned: the texts may not be translations of each other");
        }
        return new Alignment(beads, warnings);
    }

    static List<Bead> unaligned(int e0, int e1, int a0, int a1) {
        List<Bead> out = new ArrayList<>();
        for (int i = e0; i < e1; i++) {
            out.add(new Bead(i, 1, a0, 0, 1.0));
        }
        for (int j = a0; j < a1; j++) {
            out.add(new Bead(e1, 0, j, 1, 1.0));
        }
        return out;
    }

    private List<Bead> alignPieces(SentenceFeatures f, List<Piece> pieces, LengthModel lm, LexicalRelations rel,
                                   boolean posteriors, List<Bead> guide, IntConsumer progress) {
        List<Bead> out = new ArrayList<>();
        int g = 0;
        for (Piece p : pieces) {
            if (p.fixed() != null) {
                out.add(p.fixed());
                if (progress != null) {
                    progress.accept(p.fixed().enEnd());
                }
                continue;
            }
            Block b = p.block();
            int n = b.enEnd - b.enStart;
            int m = b.arEnd - b.arStart;
            if (n == 0 || m == 0) {
                out.addAll(unaligned(b.enStart, b.enEnd, b.arStart, b.arEnd));
            } else {
                int[] center;
                int w;
                if (guide != null) {
                    // band around the first pass's path
                    center = new int[n + 1];
                    Arrays.fill(center, -1);
                    while (g < guide.size() && guide.get(g).enStart() < b.enEnd) {
                        Bead x = guide.get(g++);
                        for (int i = x.enStart(); i <= x.enEnd(); i++) {
                            int li = i - b.enStart;
                            if (li >= 0 && li <= n && center[li] < 0) {
                                center[li] = x.arStart() - b.arStart;
                            }
                        }
                    }
                    center[n] = m;
                    for (int i = 1; i <= n; i++) {
                        if (center[i] < 0) {
                            center[i] = center[i - 1];
                        }
                    }
                    w = GUIDED_BAND;
                } else {
                    center = lengthDiagonal(f, b);
                    w = config.band();
                }
                while (true) {
                    BeadDp dp = new BeadDp(f, b, lm, rel, center, w, posteriors);
                    boolean edge = dp.run();
                    if (!edge || w >= Math.max(n, m)) {
                        out.addAll(dp.beads(posteriors));
                        break;
                    }
                    w *= 2;
                }
            }
            if (progress != null) {
                progress.accept(b.enEnd);
            }
        }
        return out;
    }

    /** For each English position, the Arabic position at the same share of the text's characters. */
    private static int[] lengthDiagonal(SentenceFeatures f, Block b) {
        int n = b.enEnd - b.enStart;
        int m = b.arEnd - b.arStart;
        double te = 0;
        double ta = 0;
        for (int i = b.enStart; i < b.enEnd; i++) {
            te += f.enLen[i];
        }
        for (int j = b.arStart; j < b.arEnd; j++) {
            ta += f.arLen[j];
        }
        int[] center = new int[n + 1];
        double ce = 0;
        double ca = 0;
        int j = 0;
        for (int i = 0; i <= n; i++) {
            double target = ce / te * ta;
            while (j < m && ca + f.arLen[b.arStart + j] / 2.0 < target) {
                ca += f.arLen[b.arStart + j];
                j++;
            }
            center[i] = j;
            if (i < n) {
                ce += f.enLen[b.enStart + i];
            }
        }
        center[n] = m;
        return center;
    }

}
