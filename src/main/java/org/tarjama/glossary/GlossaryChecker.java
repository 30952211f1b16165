package org.tarjama.glossary;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjama.io.Suppressions;
import org.tarjama.model.Severity;
import org.tarjama.model.Span;
import org.tarjama.report.Finding;
import org.tarjama.text.ArabicSpelling;

/**
 * Checks one translation unit (English source, Arabic target) against a glossary of names. Immutable
 * and thread-safe: one checker serves every thread.
 *
 * <p>Per entry found on either side of a unit:
 * <ul>
 *   <li>{@value #FORBIDDEN_VARIANT} (error) for each forbidden variant in the Arabic (أشكلون where the house
 *       style is عسقلان), whether or not the English has the term;</li>
 *   <li>{@value #TERM_MISSING} (error) when the English has the term and the Arabic has no approved form or
 *       accepted variant (nor a forbidden one, already reported); when a word of a multi-word term stands
 *       alone (القبة for Iron Dome) it is shown as {@code found};</li>
 *   <li>{@value #DERIVED_FORM} (info) instead, when the Arabic has the name only as a derived form
 *       (عسقلاني، الإسرائيلي);</li>
 *   <li>{@value #TARGET_ONLY} (warning) when the Arabic has an approved form and the English lacks the term
 *       (unless that Arabic word is already shown as part of a missing longer term);</li>
 *   <li>{@value #COUNT_MISMATCH} (info) when both sides have the name but a different number of times
 *       (derived forms may stand in for missing approved ones);</li>
 *   <li>{@value #SPELLING_VARIANT} (warning) instead of a missing term when the Arabic has an approved form
 *       in another spelling or spacing only (إندونسيا for إندونيسيا, بيونغ يانغ for بيونغيانغ; see
 *       {@link ArabicSpelling});</li>
 *   <li>{@value #MISSING_SPACE} (warning) instead of a missing term when the approved form is glued to a
 *       neighbouring word (كورياالشمالية, الأمريكيمايكبومبيو): the whole run is shown as {@code found}.</li>
 * </ul>
 */
public final class GlossaryChecker {
    public static final String TERM_MISSING = "GLOSSARY_TERM_MISSING";
    public static final String FORBIDDEN_VARIANT = "GLOSSARY_FORBIDDEN_VARIANT";
    public static final String DERIVED_FORM = "GLOSSARY_DERIVED_FORM";
    public static final String TARGET_ONLY = "GLOSSARY_TARGET_ONLY";
    public static final String COUNT_MISMATCH = "GLOSSARY_COUNT_MISMATCH";
    public static final String SPELLING_VARIANT = "GLOSSARY_SPELLING_VARIANT";
    public static final String MISSING_SPACE = "GLOSSARY_MISSING_SPACE";

    /** Every code with its severity, in the order of the documentation. */
    public static final Map<String, Severity> CODES;

    static {
        Map<String, Severity> m = new LinkedHashMap<>();
        m.put(TERM_MISSING, Severity.ERROR);
        m.put(FORBIDDEN_VARIANT, Severity.ERROR);
        m.put(DERIVED_FORM, Severity.INFO);
        m.put(TARGET_ONLY, Severity.WARNING);
        m.put(COUNT_MISMATCH, Severity.INFO);
        m.put(SPELLING_VARIANT, Severity.WARNING);
        m.put(MISSING_SPACE, Severity.WARNING);
        CODES = java.util.Collections.unmodifiableMap(m);
    }

    private final TermMatcher matcher;

    /**
     * Fails with a {@link org.tarjama.model.BadInputException} at {@code file} when {@code glossary} has
     * no entries: a check against a header-only or empty glossary would pass every memory, a CI gate
     * that checks nothing.
     *
     * @return {@code glossary}
     */
    public static Glossary requireEntries(Glossary glossary, String file) {
        if (glossary.entries().isEmpty()) {
            throw new org.tarjama.model.BadInputException(org.tarjama.model.SourceLocation.ofFile(file),
                    "the glossary has no entries: nothing to check against");
        }
        return glossary;
    }

    public GlossaryChecker(Glossary glossary) {
        this.matcher = TermMatcher.of(glossary);
    }

    public GlossaryChecker(TermMatcher matcher) {
        this.matcher = matcher;
    }

    public TermMatcher matcher() {
        return matcher;
    }

    /** Everything found for one entry in one unit. */
    private static final class Hits {
        final List<TermMatcher.EnglishMatch> en = new ArrayList<>(2);
        final List<TermMatcher.ArabicMatch> accepted = new ArrayList<>(2);
        final List<TermMatcher.ArabicMatch> forbidden = new ArrayList<>(1);
        final List<TermMatcher.ArabicMatch> derived = new ArrayList<>(1);
    }

    /**
     * The findings for one unit, grouped by entry in the order the entries first occur (English first).
     *
     * @param unit 1-based unit number
     * @param tuid the unit id ("" when none)
     * @param en   the English source
     * @param ar   the Arabic target
     */
    public List<Finding> check(int unit, String tuid, String en, String ar) {
        List<TermMatcher.EnglishMatch> enMatches = matcher.findEnglish(en);
        if (!enMatches.isEmpty() && matcher.hasExceptions()) {
            // the term inside one of its entry's exception phrases (Jordan in "Jordan Spieth") is not the name
            List<TermMatcher.EnglishMatch> kept = new ArrayList<>(enMatches.size());
            for (TermMatcher.EnglishMatch m : enMatches) {
                if (!GlossaryExceptions.excepted(m.entry(), en, m.span())) {
                    kept.add(m);
                }
            }
            enMatches = kept;
        }
        TermMatcher.ArabicAnalysis ana = matcher.analyzeArabic(ar);
        if (enMatches.isEmpty() && ana.matches().isEmpty()) {
            return List.of();
        }
        Map<GlossaryEntry, Hits> byEntry = new IdentityHashMap<>();
        List<GlossaryEntry> order = new ArrayList<>();
        for (TermMatcher.EnglishMatch m : enMatches) {
            hits(byEntry, order, m.entry()).en.add(m);
        }
        for (TermMatcher.ArabicMatch m : ana.matches()) {
            Hits h = hits(byEntry, order, m.entry());
            switch (m.kind()) {
                case APPROVED, VARIANT -> h.accepted.add(m);
                case FORBIDDEN -> h.forbidden.add(m);
                case DERIVED -> h.derived.add(m);
                default -> throw new IllegalStateException();
            }
        }
        List<Finding> out = new ArrayList<>();
        List<Span> hintSpans = new ArrayList<>();
        Map<GlossaryEntry, List<Finding>> perEntry = new IdentityHashMap<>();
        // first pass: everything but TARGET_ONLY, so that partial hints are known
        for (GlossaryEntry e : order) {
            Hits h = byEntry.get(e);
            List<Finding> fs = new ArrayList<>();
            perEntry.put(e, fs);
            Span enSpan = h.en.isEmpty() ? null : h.en.get(0).span();
            for (TermMatcher.ArabicMatch f : h.forbidden) {
                fs.add(finding(unit, tuid, FORBIDDEN_VARIANT, e, en, enSpan, ar, f.span(),
                        "forbidden variant " + quote(f.span().of(ar)) + " for " + e.en() + "; use "
                                + quote(e.preferred())));
            }
            if (h.en.isEmpty()) {
                continue;
            }
            if (h.accepted.isEmpty()) {
                List<TermMatcher.ArabicMatch> mine = new ArrayList<>(h.forbidden);
                mine.addAll(h.derived);
                TermVerdict v = TermVerdict.judge(ana, e, mine, other -> {
                    Hits oh = byEntry.get(other);
                    return oh != null && !oh.en.isEmpty();
                });
                switch (v.kind()) {
                    case FORBIDDEN, HIDDEN, ACCEPTED -> {
                        // forbidden: reported above; hidden: روزا inside إعصار روزا, where the English has Rosa
                        // but not Hurricane Rosa
                    }
                    case DERIVED -> {
                        Span d = v.span();
                        fs.add(finding(unit, tuid, DERIVED_FORM, e, en, enSpan, ar, d, e.en() + " appears in the Arabic"
                                + " only as the derived form " + quote(d.of(ar)) + " (approved: " + quote(e.preferred())
                                + ")"));
                    }
                    case SPELLING, GLUED -> {
                        ArabicSpelling.Hit sp = v.spelling();
                        boolean glued = v.kind() == TermVerdict.Kind.GLUED;
                        fs.add(finding(unit, tuid, glued ? MISSING_SPACE : SPELLING_VARIANT, e, en, enSpan, ar,
                                sp.span(), glued ? quote(sp.form()) + " (" + e.en() + ") is written without a space next"
                                        + " to the word it touches in " + quote(sp.span().of(ar))
                                        : e.en() + " is spelt " + quote(sp.span().of(ar)) + " instead of "
                                        + quote(sp.form())));
                    }
                    case MISSING -> {
                        List<TermMatcher.PartialMatch> partial = v.partials();
                        if (partial.isEmpty()) {
                            fs.add(finding(unit, tuid, TERM_MISSING, e, en, enSpan, ar, null, e.en()
                                    + " is not translated as " + quote(e.preferred()) + accepted(e)));
                        } else {
                            Span p = partial.get(0).span();
                            hintSpans.add(p);
                            fs.add(finding(unit, tuid, TERM_MISSING, e, en, enSpan, ar, p, e.en()
                                    + " is not translated as " + quote(e.preferred()) + accepted(e) + "; only "
                                    + quote(p.of(ar)) + ", part of the term, was found"));
                        }
                    }
                    default -> throw new IllegalStateException(v.kind().name());
                }
            } else if (h.accepted.size() > h.en.size() || h.accepted.size() + h.derived.size() < h.en.size()) {
                // derived forms may make up for missing approved ones ("US officials … the US draft" →
                // أمريكيون … الولايات المتحدة) but do not count against the English: "Israeli" is not "Israel"
                fs.add(finding(unit, tuid, COUNT_MISMATCH, e, en, enSpan, ar, h.accepted.get(0).span(),
                        e.en() + " occurs " + times(h.en.size()) + " in the English but " + quote(e.preferred())
                                + " " + times(h.accepted.size()) + " in the Arabic"
                                + (h.derived.isEmpty() ? "" : " (and derived forms " + times(h.derived.size()) + ")")));
            }
        }
        for (GlossaryEntry e : order) {
            Hits h = byEntry.get(e);
            List<Finding> fs = perEntry.get(e);
            if (h.en.isEmpty() && !h.accepted.isEmpty()) {
                Span a = h.accepted.get(0).span();
                boolean hint = false;
                for (Span s : hintSpans) {
                    hint |= s.start() < a.end() && a.start() < s.end();
                }
                if (!hint) {
                    fs.add(finding(unit, tuid, TARGET_ONLY, e, en, null, ar, a, quote(a.of(ar)) + " (" + e.en()
                            + ") is in the Arabic but " + e.en() + " is not in the English"));
                }
            }
            out.addAll(fs);
        }
        return out;
    }

    private static Hits hits(Map<GlossaryEntry, Hits> m, List<GlossaryEntry> order, GlossaryEntry e) {
        Hits h = m.get(e);
        if (h == null) {
            h = new Hits();
            m.put(e, h);
            order.add(e);
        }
        return h;
    }

    private static String accepted(GlossaryEntry e) {
        if (e.approved().size() + e.variants().size() <= 1) {
            return "";
        }
        List<String> rest = new ArrayList<>(e.acceptedForms().subList(1, e.acceptedForms().size()));
        StringBuilder sb = new StringBuilder(" or ");
        for (int i = 0; i < rest.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(quote(rest.get(i)));
        }
        return sb.toString();
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    /** Quotes with guillemets; Arabic inside them reads correctly in any bidi context. */
    static String quote(String s) {
        return "«" + s + "»";
    }

    /**
     * The stable id of a finding ({@link Suppressions}): rule, term and the unit's two texts, so that it
     * does not depend on the unit's position, the run or the machine.
     */
    public static String id(String code, GlossaryEntry e, String en, String ar) {
        return Suppressions.id(code, e.en().toLowerCase(java.util.Locale.ROOT), en, ar);
    }

    private static Finding finding(int unit, String tuid, String code, GlossaryEntry e, String en, Span enSpan,
                                   String ar, Span span, String message) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("term", e.en());
        fields.put("found", span == null ? null : span.of(ar));
        fields.put("expected", e.preferred());
        fields.put("id", id(code, e, en, ar));
        return new Finding(unit, tuid, code, CODES.get(code), message, fields, en, enSpan, ar, span);
    }
}
