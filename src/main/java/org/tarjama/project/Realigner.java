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
 * sentences between two of them is aligned again independently by the sentence aligner
 * ({@link SentenceAligner#realign}: the dynamic programme cannot cross a confirmed bead), while the
 * length model and the learned lexicon are still estimated over the whole document, with the
 * confirmed beads as training pairs. Confirmed beads never move. A proposal identical to a
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
        List<Bead> fixed = new ArrayList<>();
        Set<String> rejected = new HashSet<>();
        int stretches = 0;
        boolean inStretch = false;
        for (ProjectBead b : beads) {
            if (b.status() == BeadStatus.CONFIRMED) {
                fixed.add(b.toBead());
                inStretch = false;
            } else {
                stretches += inStretch ? 0 : 1;
                inStretch = true;
                if (b.status() == BeadStatus.REJECTED) {
                    rejected.add(key(b.enStart(), b.enCount(), b.arStart(), b.arCount()));
                }
            }
        }
        if (stretches == 0) {
            return new Result(d, 0, beads.size(), beads.size());
        }
        List<String> en = d.en().stream().map(ProjectSentence::text).toList();
        List<String> ar = d.ar().stream().map(ProjectSentence::text).toList();
        Alignment a = new SentenceAligner(config).realign(en, ar, fixed, null);
        List<ProjectBead> out = new ArrayList<>();
        int f = 0;
        for (Bead b : a.beads()) {
            if (f < fixed.size() && b.equals(fixed.get(f))) {
                out.add(new ProjectBead(b.enStart(), b.enCount(), b.arStart(), b.arCount(), b.score(), BeadStatus.CONFIRMED));
                f++;
                continue;
            }
            BeadStatus s = rejected.contains(key(b.enStart(), b.enCount(), b.arStart(), b.arCount()))
                    ? BeadStatus.REJECTED : BeadStatus.AUTO;
            out.add(new ProjectBead(b.enStart(), b.enCount(), b.arStart(), b.arCount(), b.score(), s));
        }
        String problem = ProjectDocument.coverageProblem(en.size(), ar.size(), out);
        if (problem != null || f != fixed.size()) {
            throw new IllegalStateException("realignment lost a confirmed bead: " + problem);
        }
        return new Result(d.withBeads(out), stretches, beads.size(), out.size());
    }

    private static String key(int e, int ec, int a, int ac) {
        return (ec == 0 ? "-" : e + "+" + ec) + ":" + (ac == 0 ? "-" : a + "+" + ac);
    }
}
