package org.tarjama.review;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryChecker;
import org.tarjama.glossary.TermMatcher;
import org.tarjama.model.Span;
import org.tarjama.project.ProjectBead;
import org.tarjama.project.ProjectDocument;
import org.tarjama.project.ProjectSentence;
import org.tarjama.report.Finding;

/**
 * What a glossary says about a document under review: the spans of glossary terms in each sentence (for
 * highlighting) and the findings of each bead. The findings are those of {@code tarjama check}: the same
 * {@link GlossaryChecker}, run on the bead's texts as the export writes them (the sentences joined by a
 * space), for beads with both sides (the others are no translation unit).
 */
public final class Annotator {
    private final GlossaryChecker checker;
    private final TermMatcher matcher;
    private final String name;

    public Annotator(Glossary glossary, String name) {
        this.checker = new GlossaryChecker(glossary);
        this.matcher = checker.matcher();
        this.name = name;
    }

    /** The glossary's name as shown on the page. */
    public String name() {
        return name;
    }

    /** Spans of glossary terms (approved, variants, forbidden and derived forms on the Arabic side). */
    public List<Span> terms(ReviewOps.Side side, String sentence) {
        List<Span> out = new ArrayList<>();
        if (side == ReviewOps.Side.EN) {
            for (TermMatcher.EnglishMatch m : matcher.findEnglish(sentence)) {
                out.add(m.span());
            }
        } else {
            for (TermMatcher.ArabicMatch m : matcher.findArabic(sentence)) {
                out.add(m.span());
            }
        }
        return out;
    }

    /** The findings of bead {@code k} (numbered k+1 as a unit). */
    public List<Finding> findings(ProjectDocument d, int k) {
        ProjectBead b = d.beads().get(k);
        if (b.enCount() == 0 || b.arCount() == 0) {
            return List.of();
        }
        return checker.check(k + 1, "", join(d.en(), b.enStart(), b.enCount()), join(d.ar(), b.arStart(), b.arCount()));
    }

    static String join(List<ProjectSentence> ss, int start, int count) {
        StringBuilder sb = new StringBuilder();
        for (int k = start; k < start + count; k++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(ss.get(k).text());
        }
        return sb.toString();
    }
}
