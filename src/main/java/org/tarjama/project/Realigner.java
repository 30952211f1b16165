package org.tarjama.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tarjama.align.AlignerConfig;
import org.tarjama.align.Alignment;
import org.tarjama.align.Bead;
import org.tarjama.align.SentenceAligner;

/**
 * Re-aligns what a reviewer has not confirmed. The confirmed beads are fixed points: every stretch of
 * sentences between two of them is aligned again by the sentence aligner as a block of its own (the
 * dynamic programme cannot cross a confirmed bead), while the length model and the learned lexicon
 * are still estimated over the whole document. Confirmed beads never move. A proposal identical to a
 * bead the reviewer rejected stays rejected.
 */
public final class Realigner {
    private final AlignerConfig config;

    public Realigner(AlignerConfig config) {
        this.config = config;
    }

    /** The result of realigning one document: the new document and how many beads changed. */
    public record Result(ProjectDocument document, int stretches, int beadsBefore, int beadsAfter) {
    }

    public Result realign(ProjectDocument d) {
        List<ProjectBead> beads = d.beads();
        List<SentenceAligner.Block> blocks = new ArrayList<>();
        List<ProjectBead> fixed = new ArrayList<>();
        int stretches = 0;
        int[] enAt = new int[beads.size() + 1];
        int[] arAt = new int[beads.size() + 1];
        for (int x = 0; x < beads.size(); x++) {
            enAt[x + 1] = enAt[x] + beads.get(x).enCount();
            arAt[x + 1] = arAt[x] + beads.get(x).arCount();
        }
        int k = 0;
        while (k < beads.size()) {
            ProjectBead b = beads.get(k);
            int e0 = enAt[k];
            int a0 = arAt[k];
            if (b.status() == BeadStatus.CONFIRMED) {
                blocks.add(new SentenceAligner.Block(e0, e0 + b.enCount(), a0, a0 + b.arCount()));
                fixed.add(b);
                k++;
                continue;
            }
            int e1 = e0;
            int a1 = a0;
            while (k < beads.size() && beads.get(k).status() != BeadStatus.CONFIRMED) {
                e1 += beads.get(k).enCount();
                a1 += beads.get(k).arCount();
                k++;
            }
            blocks.add(new SentenceAligner.Block(e0, e1, a0, a1));
            fixed.add(null);
            stretches++;
        }
        if (stretches == 0) {
            return new Result(d, 0, beads.size(), beads.size());
        }
        Set<String> rejected = new HashSet<>();
        for (ProjectBead b : beads) {
            if (b.status() == BeadStatus.REJECTED) {
                rejected.add(key(b.enStart(), b.enCount(), b.arStart(), b.arCount()));
            }
        }
        List<String> en = d.en().stream().map(ProjectSentence::text).toList();
        List<String> ar = d.ar().stream().map(ProjectSentence::text).toList();
        Alignment a = new SentenceAligner(config).align(en, ar, blocks, null);
        List<ProjectBead> out = new ArrayList<>();
        int next = 0;
        List<Bead> proposed = a.beads();
        for (int bi = 0; bi < blocks.size(); bi++) {
            SentenceAligner.Block blk = blocks.get(bi);
            // the aligner's beads of this block (it never crosses a block's edge)
            List<Bead> mine = new ArrayList<>();
            while (next < proposed.size() && inside(proposed.get(next), blk)) {
                mine.add(proposed.get(next++));
            }
            if (fixed.get(bi) != null) {
                out.add(fixed.get(bi));
                continue;
            }
            for (Bead b : mine) {
                BeadStatus s = rejected.contains(key(b.enStart(), b.enCount(), b.arStart(), b.arCount()))
                        ? BeadStatus.REJECTED : BeadStatus.AUTO;
                out.add(new ProjectBead(b.enStart(), b.enCount(), b.arStart(), b.arCount(), b.score(), s));
            }
        }
        String problem = ProjectDocument.coverageProblem(en.size(), ar.size(), out);
        if (problem != null || next != proposed.size()) {
            throw new IllegalStateException("realignment crossed a confirmed bead: " + problem);
        }
        return new Result(d.withBeads(out), stretches, beads.size(), out.size());
    }

    private static boolean inside(Bead b, SentenceAligner.Block blk) {
        if (b.enCount() > 0) {
            return b.enStart() >= blk.enStart() && b.enEnd() <= blk.enEnd()
                    && (b.arCount() == 0 || b.arStart() >= blk.arStart() && b.arEnd() <= blk.arEnd());
        }
        return b.arStart() >= blk.arStart() && b.arEnd() <= blk.arEnd();
    }

    private static String key(int e, int ec, int a, int ac) {
        return (ec == 0 ? "-" : e + "+" + ec) + ":" + (ac == 0 ? "-" : a + "+" + ac);
    }
}
