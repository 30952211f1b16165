package org.tarjama.project;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.align.AlignedDocument;
import org.tarjama.align.Alignment;
import org.tarjama.align.Bead;
import org.tarjama.align.ParallelText;

/**
 * One document pair of a project: both sides' sentences, the beads over them (monotone, every
 * sentence of both sides in exactly one bead, in order), the source files and the aligner's warnings.
 *
 * @param paragraphs true when the sentences were cut from paragraphs (false: pre-segmented input)
 */
public record ProjectDocument(String id, SourceFile source, SourceFile target, boolean paragraphs,
                              List<ProjectSentence> en, List<ProjectSentence> ar, List<ProjectBead> beads,
                              List<String> warnings) {
    public ProjectDocument {
        en = List.copyOf(en);
        ar = List.copyOf(ar);
        beads = List.copyOf(beads);
        warnings = List.copyOf(warnings);
        String problem = coverageProblem(en.size(), ar.size(), beads);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** A project document from a fresh alignment. */
    public static ProjectDocument of(String id, AlignedDocument d, SourceFile source, SourceFile target) {
        List<ProjectSentence> en = new ArrayList<>();
        for (ParallelText.Unit u : d.text().en()) {
            en.add(new ProjectSentence(u.text(), u.paragraph(), u.start(), u.end()));
        }
        List<ProjectSentence> ar = new ArrayList<>();
        for (ParallelText.Unit u : d.text().ar()) {
            ar.add(new ProjectSentence(u.text(), u.paragraph(), u.start(), u.end()));
        }
        List<ProjectBead> beads = new ArrayList<>();
        for (Bead b : d.alignment().beads()) {
            beads.add(ProjectBead.of(b));
        }
        return new ProjectDocument(id, source, target, d.text().paragraphs(), en, ar, beads, d.alignment().warnings());
    }

    /**
     * Why these beads do not cover {@code n} English and {@code m} Arabic sentences monotonically,
     * or null when they do. The start of an empty side is not checked (it carries no sentence).
     */
    public static String coverageProblem(int n, int m, List<ProjectBead> beads) {
        int i = 0;
        int j = 0;
        for (int k = 0; k < beads.size(); k++) {
            ProjectBead b = beads.get(k);
            if (b.enCount() > 0 && b.enStart() != i) {
                return "bead " + (k + 1) + " starts at English sentence " + b.enStart() + " but sentence " + i + " is next";
            }
            if (b.arCount() > 0 && b.arStart() != j) {
                return "bead " + (k + 1) + " starts at Arabic sentence " + b.arStart() + " but sentence " + j + " is next";
            }
            i += b.enCount();
            j += b.arCount();
        }
        if (i != n || j != m) {
            return "the beads cover " + i + " of " + n + " English and " + j + " of " + m + " Arabic sentences";
        }
        return null;
    }

    /** The document as the aligner's types, so that the aligner's writers can export it. */
    public AlignedDocument toAligned(List<ProjectBead> only) {
        List<ParallelText.Unit> eu = new ArrayList<>();
        for (ProjectSentence s : en) {
            eu.add(new ParallelText.Unit(s.text(), s.paragraph(), s.start(), s.end()));
        }
        List<ParallelText.Unit> au = new ArrayList<>();
        for (ProjectSentence s : ar) {
            au.add(new ParallelText.Unit(s.text(), s.paragraph(), s.start(), s.end()));
        }
        List<Bead> b = new ArrayList<>();
        for (ProjectBead pb : only) {
            b.add(pb.toBead());
        }
        return new AlignedDocument(new ParallelText(source.name(), target.name(), eu, au, paragraphs), new Alignment(b, warnings));
    }

    public ProjectDocument withBeads(List<ProjectBead> newBeads) {
        return new ProjectDocument(id, source, target, paragraphs, en, ar, newBeads, warnings);
    }

    /** Number of beads with the given status. */
    public long count(BeadStatus s) {
        return beads.stream().filter(b -> b.status() == s).count();
    }
}
