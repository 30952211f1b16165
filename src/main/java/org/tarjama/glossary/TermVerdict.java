package org.tarjama.glossary;

import java.util.List;
import java.util.function.Predicate;
import org.tarjama.model.Span;
import org.tarjama.text.ArabicSpelling;

/**
 * How the Arabic of one unit renders one glossary entry whose English term is in the unit: the single
 * judgement that {@code check} ({@link GlossaryChecker}) and {@code names --glossary} (names'
 * glossary candidates) both make, so that the two commands cannot disagree on a unit (a name written
 * only as a derived form, غزيون for Gaza, is rendered in both, not missing in one).
 *
 * @param kind  what was found
 * @param match the deciding occurrence (accepted, forbidden, hidden or derived form), or null
 * @param spelling the spelling-level or glued hit for {@link Kind#SPELLING} and {@link Kind#GLUED}, or null
 * @param partials words of a multi-word form found alone, for {@link Kind#MISSING} (possibly empty)
 */
public record TermVerdict(Kind kind, TermMatcher.ArabicMatch match, ArabicSpelling.Hit spelling,
                          List<TermMatcher.PartialMatch> partials) {

    /** The outcomes, in the order they are decided. */
    public enum Kind {
        /** An approved form or accepted variant is there. */
        ACCEPTED,
        /** Only a forbidden variant is there (an error). */
        FORBIDDEN,
        /** An accepted form is there inside a longer term that the English does not have (روزا in إعصار روزا). */
        HIDDEN,
        /** The name is there only as a derived form (nisba, gentilic plural, the glossary's irregular forms). */
        DERIVED,
        /** An accepted form in another spelling or spacing. */
        SPELLING,
        /** An accepted form glued to a neighbouring word (a lost space). */
        GLUED,
        /** Nothing renders the name (an error). */
        MISSING;

        /** True when the unit renders the name (possibly with a warning or note), false for an error. */
        public boolean rendered() {
            return this != FORBIDDEN && this != MISSING;
        }
    }

    /**
     * Judges {@code entry} in an analysed Arabic sentence.
     *
     * @param matches     the analysis' matches of this entry (accepted, forbidden and derived)
     * @param inEnglish   whether another entry's term is in the unit's English (a longer term that takes
     *                    the accepted form's words, then, is really there and the form is not free)
     */
    public static TermVerdict judge(TermMatcher.ArabicAnalysis ana, GlossaryEntry entry,
                                    List<TermMatcher.ArabicMatch> matches, Predicate<GlossaryEntry> inEnglish) {
        TermMatcher.ArabicMatch forbidden = null;
        TermMatcher.ArabicMatch derived = null;
        for (TermMatcher.ArabicMatch m : matches) {
            switch (m.kind()) {
                case APPROVED, VARIANT -> {
                    return new TermVerdict(Kind.ACCEPTED, m, null, List.of());
                }
                case FORBIDDEN -> forbidden = forbidden == null ? m : forbidden;
                case DERIVED -> derived = derived == null ? m : derived;
                default -> throw new IllegalStateException();
            }
        }
        if (forbidden != null) {
            return new TermVerdict(Kind.FORBIDDEN, forbidden, null, List.of());
        }
        TermMatcher.ArabicMatch hidden = ana.hidden(entry);
        if (hidden != null && !coveredByEnglish(hidden, ana, inEnglish)) {
            return new TermVerdict(Kind.HIDDEN, hidden, null, List.of());
        }
        if (derived != null) {
            return new TermVerdict(Kind.DERIVED, derived, null, List.of());
        }
        ArabicSpelling.Hit sp = ana.spelling(entry);
        if (sp != null) {
            return new TermVerdict(sp.kind() == ArabicSpelling.Kind.GLUED ? Kind.GLUED : Kind.SPELLING, null, sp,
                    List.of());
        }
        return new TermVerdict(Kind.MISSING, null, null, ana.partials(entry));
    }

    /** As {@link #judge(TermMatcher.ArabicAnalysis, GlossaryEntry, List, Predicate)}, the entry's matches picked out. */
    public static TermVerdict judge(TermMatcher.ArabicAnalysis ana, GlossaryEntry entry,
                                    Predicate<GlossaryEntry> inEnglish) {
        return judge(ana, entry, ana.matches().stream().filter(m -> m.entry().equals(entry)).toList(), inEnglish);
    }

    /** The span of what was found, or null when nothing was. */
    public Span span() {
        return match != null ? match.span() : spelling != null ? spelling.span() : null;
    }

    /** True when the longer term that took {@code m}'s words is itself in the English (then m is not free). */
    private static boolean coveredByEnglish(TermMatcher.ArabicMatch m, TermMatcher.ArabicAnalysis ana,
                                            Predicate<GlossaryEntry> inEnglish) {
        for (TermMatcher.ArabicMatch other : ana.matches()) {
            Span o = other.span();
            if (o.start() < m.span().end() && m.span().start() < o.end() && inEnglish.test(other.entry())) {
                return true;
            }
        }
        return false;
    }
}
