package org.tarjama.align;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Aligns documents given as paragraphs of sentences: paragraphs first, then sentences inside each
 * aligned paragraph group, so that one wrong decision cannot cascade across a long document. The
 * lexicon and length model are still learned over the whole document. When either side has a
 * single paragraph the sentences are aligned directly.
 */
public final class DocumentAligner {
    private final SentenceAligner aligner;

    public DocumentAligner(AlignerConfig config) {
        this.aligner = new SentenceAligner(config);
    }

    /**
     * @param enParagraphs English sentences per paragraph (a paragraph may be empty)
     * @param arParagraphs Arabic sentences per paragraph
     * @param progress     called with the number of English sentences done, or null
     * @return beads over the flattened sentence lists (paragraph order, then sentence order)
     */
    public Alignment align(List<List<String>> enParagraphs, List<List<String>> arParagraphs, IntConsumer progress) {
        List<String> en = flatten(enParagraphs);
        List<String> ar = flatten(arParagraphs);
        int pe = nonEmpty(enParagraphs);
        int pa = nonEmpty(arParagraphs);
        if (pe <= 1 || pa <= 1 || en.isEmpty() || ar.isEmpty()) {
            return aligner.align(en, ar, List.of(new SentenceAligner.Block(0, en.size(), 0, ar.size())), progress);
        }
        List<String> enText = new ArrayList<>();
        List<String> arText = new ArrayList<>();
        for (List<String> p : enParagraphs) {
            enText.add(String.join(" ", p));
        }
        for (List<String> p : arParagraphs) {
            arText.add(String.join(" ", p));
        }
        Alignment paragraphs = aligner.align(enText, arText);
        if (enParagraphs.size() == arParagraphs.size() && pe == enParagraphs.size() && pa == arParagraphs.size()) {
            paragraphs = oneToOne(paragraphs, enParagraphs.size());
        }
        long oneToOne = paragraphs.beads().stream().filter(b -> b.enCount() == 1 && b.arCount() == 1).count();
        if (oneToOne * 2 < paragraphs.beads().size()) {
            // the two paragraph structures do not correspond (e.g. a translation that re-flowed its
            // paragraphs): constraining sentences by them would do more harm than good
            return aligner.align(en, ar, List.of(new SentenceAligner.Block(0, en.size(), 0, ar.size())), progress);
        }
        int[] enOffset = offsets(enParagraphs);
        int[] arOffset = offsets(arParagraphs);
        List<SentenceAligner.Block> blocks = new ArrayList<>();
        for (Bead b : paragraphs.beads()) {
            blocks.add(new SentenceAligner.Block(enOffset[b.enStart()], enOffset[b.enEnd()],
                    arOffset[b.arStart()], arOffset[b.arEnd()]));
        }
        Alignment sentences = aligner.align(en, ar, merge(blocks), progress);
        // A sentence bead's score is its own posterior. The paragraph pairing's posterior used to
        // multiply it, but on raw news documents that posterior says nothing about the sentence pairs
        // (ntrex_dev raw: pairs with sentence posterior >= 0.9 are consistent with the gold, or finer
        // than it, 97.9% of the time when their paragraph scored >= 0.9 and 98.2% when it scored
        // 0.5-0.9) while it pulled a third of the right pairs under --min-score 0.9. Only a paragraph
        // pairing that is more likely wrong than right (posterior < 0.5) still lowers its sentences.
        double[] enParagraphScore = new double[en.size()];
        for (Bead b : paragraphs.beads()) {
            for (int s = enOffset[b.enStart()]; s < enOffset[b.enEnd()]; s++) {
                enParagraphScore[s] = b.score();
            }
        }
        List<Bead> beads = new ArrayList<>();
        for (Bead b : sentences.beads()) {
            double p = b.enCount() > 0 ? enParagraphScore[b.enStart()] : 1.0;
            double score = p < 0.5 ? b.score() * p : b.score();
            beads.add(new Bead(b.enStart(), b.enCount(), b.arStart(), b.arCount(), score));
        }
        List<String> warnings = new ArrayList<>(paragraphs.warnings());
        warnings.addAll(sentences.warnings());
        return new Alignment(beads, warnings.stream().distinct().toList());
    }

    /**
     * Paragraph k with paragraph k, for two sides with as many paragraphs: the paragraph breaks are then
     * taken as anchors no sentence bead crosses. The paragraph DP on its own merges neighbouring
     * paragraphs into a 2-2 bead whenever that is as cheap (13 of ntrex_dev's 38 raw documents, whose
     * paragraphs are whole articles translated one for one), and lets sentence beads cross the break.
     * A pairing keeps the DP's posterior where the DP chose it too, else 1.0 (the counts vouch for it).
     */
    private static Alignment oneToOne(Alignment dp, int count) {
        double[] score = new double[count];
        java.util.Arrays.fill(score, 1.0);
        for (Bead b : dp.beads()) {
            if (b.enCount() == 1 && b.arCount() == 1 && b.enStart() == b.arStart()) {
                score[b.enStart()] = b.score();
            }
        }
        List<Bead> beads = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            beads.add(new Bead(k, 1, k, 1, score[k]));
        }
        return new Alignment(beads, dp.warnings());
    }

    /** Merges blocks with an empty side into a neighbour so that a dropped paragraph can still be matched sentence by sentence. */
    private static List<SentenceAligner.Block> merge(List<SentenceAligner.Block> blocks) {
        List<SentenceAligner.Block> out = new ArrayList<>();
        for (SentenceAligner.Block b : blocks) {
            boolean emptySide = b.enEnd() == b.enStart() || b.arEnd() == b.arStart();
            if (!out.isEmpty() && emptySide) {
                SentenceAligner.Block prev = out.remove(out.size() - 1);
                out.add(new SentenceAligner.Block(prev.enStart(), b.enEnd(), prev.arStart(), b.arEnd()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static int nonEmpty(List<List<String>> paragraphs) {
        int k = 0;
        for (List<String> p : paragraphs) {
            if (!p.isEmpty()) {
                k++;
            }
        }
        return k;
    }

    private static int[] offsets(List<List<String>> paragraphs) {
        int[] off = new int[paragraphs.size() + 1];
        for (int k = 0; k < paragraphs.size(); k++) {
            off[k + 1] = off[k] + paragraphs.get(k).size();
        }
        return off;
    }

    private static List<String> flatten(List<List<String>> paragraphs) {
        List<String> out = new ArrayList<>();
        paragraphs.forEach(out::addAll);
        return out;
    }
}
