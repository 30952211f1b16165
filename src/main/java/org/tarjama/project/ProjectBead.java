package org.tarjama.project;

import org.tarjama.align.Bead;

/**
 * One bead of a project: English sentences {@code [enStart, enStart+enCount)} with Arabic sentences
 * {@code [arStart, arStart+arCount)}, the aligner's confidence and the review status.
 */
public record ProjectBead(int enStart, int enCount, int arStart, int arCount, double score, BeadStatus status) {
    public ProjectBead {
        if (enStart < 0 || arStart < 0 || enCount < 0 || arCount < 0 || enCount + arCount == 0) {
            throw new IllegalArgumentException("bad bead " + enStart + "+" + enCount + ":" + arStart + "+" + arCount);
        }
        if (status == null) {
            throw new IllegalArgumentException("bead without status");
        }
    }

    public static ProjectBead of(Bead b) {
        return new ProjectBead(b.enStart(), b.enCount(), b.arStart(), b.arCount(), b.score(), BeadStatus.AUTO);
    }

    public Bead toBead() {
        return new Bead(enStart, enCount, arStart, arCount, score);
    }

    public String type() {
        return enCount + "-" + arCount;
    }

    public int enEnd() {
        return enStart + enCount;
    }

    public int arEnd() {
        return arStart + arCount;
    }

    public ProjectBead withStatus(BeadStatus s) {
        return new ProjectBead(enStart, enCount, arStart, arCount, score, s);
    }
}
