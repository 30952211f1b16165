package org.tarjama.review;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.project.BeadStatus;
import org.tarjama.project.ProjectBead;
import org.tarjama.project.ProjectDocument;
import org.tarjama.project.ProjectSentence;

/**
 * The reviewer's edits of one project document, each a pure function from a document to a new one. Every
 * result again covers both sides' sentences monotonically (the {@link ProjectDocument} constructor checks
 * it). Beads a structural edit makes or changes become {@code auto} (a person has not confirmed them yet);
 * their score is kept (a merge keeps the lower one). Bead and sentence numbers are 0-based.
 */
public final class ReviewOps {
    private ReviewOps() {
    }

    /** A side of the alignment. */
    public enum Side {
        EN, AR;

        public static Side parse(String s) {
            if ("en".equals(s)) {
                return EN;
            }
            if ("ar".equals(s)) {
                return AR;
            }
            throw new IllegalArgumentException("side must be en or ar, not '" + s + "'");
        }
    }

    /** A bead reduced to its counts; starts are recomputed by {@link #rebuild}. */
    private record Cell(int en, int ar, double score, BeadStatus status) {
        Cell with(int e, int a) {
            return new Cell(e, a, score, BeadStatus.AUTO);
        }

        int count(Side s) {
            return s == Side.EN ? en : ar;
        }
    }

    private static List<Cell> cells(ProjectDocument d) {
        List<Cell> out = new ArrayList<>(d.beads().size() + 2);
        for (ProjectBead b : d.beads()) {
            out.add(new Cell(b.enCount(), b.arCount(), b.score(), b.status()));
        }
        return out;
    }

    private static List<ProjectBead> rebuild(List<Cell> cells) {
        List<ProjectBead> out = new ArrayList<>(cells.size());
        int i = 0;
        int j = 0;
        for (Cell c : cells) {
            if (c.en + c.ar == 0) {
                continue; // an emptied bead disappears
            }
            out.add(new ProjectBead(i, c.en, j, c.ar, c.score, c.status));
            i += c.en;
            j += c.ar;
        }
        return out;
    }

    private static void bead(ProjectDocument d, int k) {
        if (k < 0 || k >= d.beads().size()) {
            throw new IllegalArgumentException("there is no bead " + (k + 1) + " (the document has " + d.beads().size() + ")");
        }
    }

    /** Sets one bead's status. */
    public static ProjectDocument setStatus(ProjectDocument d, int k, BeadStatus s) {
        bead(d, k);
        List<ProjectBead> bs = new ArrayList<>(d.beads());
        bs.set(k, bs.get(k).withStatus(s));
        return d.withBeads(bs);
    }

    /** Confirms every bead from the first through {@code k} that the aligner proposed (rejected ones stay rejected). */
    public static ProjectDocument confirmThrough(ProjectDocument d, int k) {
        bead(d, k);
        List<ProjectBead> bs = new ArrayList<>(d.beads());
        for (int i = 0; i <= k; i++) {
            if (bs.get(i).status() == BeadStatus.AUTO) {
                bs.set(i, bs.get(i).withStatus(BeadStatus.CONFIRMED));
            }
        }
        return d.withBeads(bs);
    }

    /** Merges bead {@code k} with the next one. */
    public static ProjectDocument mergeWithNext(ProjectDocument d, int k) {
        bead(d, k);
        if (k + 1 >= d.beads().size()) {
            throw new IllegalArgumentException("bead " + (k + 1) + " is the last: there is no next bead to merge with");
        }
        List<Cell> cs = cells(d);
        Cell a = cs.get(k);
        Cell b = cs.get(k + 1);
        cs.set(k, new Cell(a.en + b.en, a.ar + b.ar, Math.min(a.score, b.score), BeadStatus.AUTO));
        cs.remove(k + 1);
        return d.withBeads(rebuild(cs));
    }

    /**
     * Splits bead {@code k} in two: its first {@code en} English and first {@code ar} Arabic sentences, and
     * the rest. Both parts must keep a sentence.
     */
    public static ProjectDocument split(ProjectDocument d, int k, int en, int ar) {
        bead(d, k);
        List<Cell> cs = cells(d);
        Cell c = cs.get(k);
        if (en < 0 || ar < 0 || en > c.en || ar > c.ar || en + ar == 0 || (c.en - en) + (c.ar - ar) == 0) {
            throw new IllegalArgumentException("cannot split bead " + (k + 1) + " (" + c.en + "-" + c.ar + ") after " + en
                    + " English and " + ar + " Arabic sentences: both parts need a sentence");
        }
        cs.set(k, c.with(en, ar));
        cs.add(k + 1, c.with(c.en - en, c.ar - ar));
        return d.withBeads(rebuild(cs));
    }

    /**
     * Moves a sentence of one side to the neighbouring bead: with {@code direction} -1 the bead's first
     * sentence of that side goes to the end of the previous bead; with +1 its last goes to the start of the
     * next. A bead left without sentences disappears.
     */
    public static ProjectDocument moveSentence(ProjectDocument d, int k, Side side, int direction) {
        bead(d, k);
        int to = k + (direction < 0 ? -1 : 1);
        if (to < 0 || to >= d.beads().size()) {
            throw new IllegalArgumentException("bead " + (k + 1) + " has no " + (direction < 0 ? "previous" : "next") + " bead");
        }
        List<Cell> cs = cells(d);
        Cell c = cs.get(k);
        if (c.count(side) == 0) {
            throw new IllegalArgumentException("bead " + (k + 1) + " has no " + name(side) + " sentence to move");
        }
        Cell n = cs.get(to);
        cs.set(k, side == Side.EN ? c.with(c.en - 1, c.ar) : c.with(c.en, c.ar - 1));
        cs.set(to, side == Side.EN ? n.with(n.en + 1, n.ar) : n.with(n.en, n.ar + 1));
        return d.withBeads(rebuild(cs));
    }

    /**
     * Takes one sentence of {@code side} out of bead {@code k} as a bead of its own with nothing on the other
     * side (a 1-0 for English, a 0-1 for Arabic): the first sentence (placed before the bead) or the last
     * (placed after it). The bead must keep a sentence.
     */
    public static ProjectDocument detach(ProjectDocument d, int k, Side side, boolean last) {
        bead(d, k);
        List<Cell> cs = cells(d);
        Cell c = cs.get(k);
        if (c.count(side) == 0 || c.en + c.ar == 1) {
            throw new IllegalArgumentException("bead " + (k + 1) + " (" + c.en + "-" + c.ar + ") has no " + name(side)
                    + " sentence to take out on its own");
        }
        Cell alone = side == Side.EN ? c.with(1, 0) : c.with(0, 1);
        Cell rest = side == Side.EN ? c.with(c.en - 1, c.ar) : c.with(c.en, c.ar - 1);
        cs.set(k, last ? rest : alone);
        cs.add(k + 1, last ? alone : rest);
        return d.withBeads(rebuild(cs));
    }

    /** The bead that holds sentence {@code s} of {@code side} (a scan: every edit costs a pass over the beads anyway). */
    public static int beadOf(ProjectDocument d, Side side, int s) {
        List<ProjectBead> bs = d.beads();
        for (int k = 0; k < bs.size(); k++) {
            ProjectBead b = bs.get(k);
            int start = side == Side.EN ? b.enStart() : b.arStart();
            int count = side == Side.EN ? b.enCount() : b.arCount();
            if (count > 0 && s >= start && s < start + count) {
                return k;
            }
        }
        throw new IllegalArgumentException("there is no " + name(side) + " sentence " + (s + 1));
    }

    private static List<ProjectSentence> sentences(ProjectDocument d, Side side) {
        return side == Side.EN ? d.en() : d.ar();
    }

    private static void sentence(ProjectDocument d, Side side, int s) {
        if (s < 0 || s >= sentences(d, side).size()) {
            throw new IllegalArgumentException("there is no " + name(side) + " sentence " + (s + 1));
        }
    }

    private static ProjectDocument with(ProjectDocument d, Side side, List<ProjectSentence> ss, List<ProjectBead> beads) {
        return new ProjectDocument(d.id(), d.source(), d.target(), d.paragraphs(), side == Side.EN ? ss : d.en(),
                side == Side.AR ? ss : d.ar(), beads, d.warnings());
    }

    /** Replaces a sentence's text (its paragraph and source offsets stay). */
    public static ProjectDocument editText(ProjectDocument d, Side side, int s, String text) {
        sentence(d, side, s);
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a sentence cannot be empty (join it with a neighbour instead)");
        }
        List<ProjectSentence> ss = new ArrayList<>(sentences(d, side));
        ProjectSentence old = ss.get(s);
        ss.set(s, new ProjectSentence(t, old.paragraph(), old.start(), old.end()));
        return with(d, side, ss, d.beads());
    }

    /**
     * Splits sentence {@code s} at char {@code offset} of {@code text} (its text as edited, or null for the
     * text as it is) into two sentences of the same bead: a segmentation fix.
     */
    public static ProjectDocument splitSentence(ProjectDocument d, Side side, int s, int offset, String text) {
        sentence(d, side, s);
        ProjectSentence old = sentences(d, side).get(s);
        String t = text == null ? old.text() : text;
        if (offset <= 0 || offset >= t.length()) {
            throw new IllegalArgumentException("split sentence " + (s + 1) + " inside its text (at 1.." + (t.length() - 1)
                    + "), not at " + offset);
        }
        String a = t.substring(0, offset).strip();
        String b = t.substring(offset).strip();
        if (a.isEmpty() || b.isEmpty()) {
            throw new IllegalArgumentException("both halves of a split sentence need text");
        }
        boolean same = t.equals(old.text());
        int cut = same ? Math.min(old.end(), old.start() + offset) : old.start();
        List<ProjectSentence> ss = new ArrayList<>(sentences(d, side));
        ss.set(s, new ProjectSentence(a, old.paragraph(), old.start(), same ? cut : old.end()));
        ss.add(s + 1, new ProjectSentence(b, old.paragraph(), same ? cut : old.start(), old.end()));
        int k = beadOf(d, side, s);
        List<Cell> cs = cells(d);
        Cell c = cs.get(k);
        cs.set(k, side == Side.EN ? c.with(c.en + 1, c.ar) : c.with(c.en, c.ar + 1));
        return with(d, side, ss, rebuild(cs));
    }

    /**
     * Joins sentence {@code s} with the next sentence of the same side (a segmentation fix): one sentence in
     * {@code s}'s bead; the bead that held the next one loses it (and disappears when left empty).
     */
    public static ProjectDocument joinSentences(ProjectDocument d, Side side, int s) {
        sentence(d, side, s);
        if (s + 1 >= sentences(d, side).size()) {
            throw new IllegalArgumentException(name(side) + " sentence " + (s + 1) + " is the last: nothing to join it with");
        }
        List<ProjectSentence> ss = new ArrayList<>(sentences(d, side));
        ProjectSentence a = ss.get(s);
        ProjectSentence b = ss.get(s + 1);
        int ka = beadOf(d, side, s);
        int kb = beadOf(d, side, s + 1);
        ss.set(s, new ProjectSentence(a.text() + " " + b.text(), a.paragraph(), a.start(),
                b.paragraph() == a.paragraph() ? b.end() : a.end()));
        ss.remove(s + 1);
        List<Cell> cs = cells(d);
        Cell c = cs.get(kb);
        cs.set(kb, side == Side.EN ? c.with(c.en - 1, c.ar) : c.with(c.en, c.ar - 1));
        if (ka != kb) {
            cs.set(ka, cs.get(ka).with(cs.get(ka).en, cs.get(ka).ar)); // its sentence changed: auto again
        }
        return with(d, side, ss, rebuild(cs));
    }

    private static String name(Side s) {
        return s == Side.EN ? "English" : "Arabic";
    }
}
