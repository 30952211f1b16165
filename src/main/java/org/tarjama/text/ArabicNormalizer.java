package org.tarjama.text;

import static org.tarjama.text.ArabicLetters.*;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;

/**
 * Arabic normalisation for matching, with an offset map back to the original text
 * ({@link NormalizedText}). Steps, each switchable by a {@link Step}:
 * <ul>
 *   <li>{@link Step#PRESENTATION_FORMS}: presentation forms A/B (U+FB50–U+FDFF, U+FE70–U+FEFF) to
 *       their base letters by NFKC (ﻻ → لا, ﺣ → ح);</li>
 *   <li>{@link Step#INVISIBLES}: bidi marks (LRM, RLM, ALM, embeddings, isolates) and zero-width
 *       characters removed;</li>
 *   <li>{@link Step#TATWEEL}: tatweel (ـ) removed;</li>
 *   <li>{@link Step#DIACRITICS}: harakat, shadda, sukun, superscript alef and Quranic marks removed;</li>
 *   <li>{@link Step#ALEF}: أ إ آ ٱ → ا;</li>
 *   <li>{@link Step#ALEF_MAKSURA}: ى → ي;</li>
 *   <li>{@link Step#TEH_MARBUTA}: ة → ه;</li>
 *   <li>{@link Step#HAMZA_SEATS}: ؤ → و, ئ → ي;</li>
 *   <li>{@link Step#PERSIAN}: Persian/Urdu letters to their Arabic counterparts (ک → ك, ی → ي);</li>
 *   <li>{@link Step#SPACES}: NBSP and other space separators → plain space;</li>
 *   <li>{@link Step#LOWER_CASE}: Latin letters lower-cased (for mixed-script text).</li>
 * </ul>
 * {@link #LIGHT} removes only what never changes spelling (forms, invisibles, tatweel, diacritics,
 * spaces); {@link #MATCHING} also folds the spelling variants (alef, hamza, ى/ي, ة/ه) that Arabic
 * writers use interchangeably. Instances are immutable and thread-safe.
 */
public final class ArabicNormalizer {

    /** One normalisation step. */
    public enum Step {
        PRESENTATION_FORMS, INVISIBLES, TATWEEL, DIACRITICS, ALEF, ALEF_MAKSURA, TEH_MARBUTA, HAMZA_SEATS,
        PERSIAN, SPACES, LOWER_CASE
    }

    /** Spelling-preserving clean-up: what a reader never sees as a different word. */
    public static final ArabicNormalizer LIGHT = new ArabicNormalizer(EnumSet.of(Step.PRESENTATION_FORMS,
            Step.INVISIBLES, Step.TATWEEL, Step.DIACRITICS, Step.PERSIAN, Step.SPACES));

    /** Full folding for term matching and search: {@link #LIGHT} plus alef, hamza, ى/ي, ة/ه and lower case. */
    public static final ArabicNormalizer MATCHING = new ArabicNormalizer(EnumSet.allOf(Step.class));

    private final Set<Step> steps;
    /** For every BMP character: true when this normaliser keeps it unchanged (the fast path). */
    private final boolean[] unchanged = new boolean[0x10000];

    public ArabicNormalizer(Set<Step> steps) {
        this.steps = steps.isEmpty() ? EnumSet.noneOf(Step.class) : EnumSet.copyOf(steps);
        for (int c = 0; c < 0x10000; c++) {
            unchanged[c] = !Character.isSurrogate((char) c) && map(c) == null;
        }
    }

    public boolean has(Step step) {
        return steps.contains(step);
    }

    /**
     * True when {@link #apply} would change {@code s} (or cannot tell without the full pass: a surrogate);
     * false means {@code apply(s).text()} equals {@code s}, character for character. A fast pre-check
     * for callers that normalise mostly clean text.
     */
    public boolean changes(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (!unchanged[s.charAt(i)]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Normalises {@code s}, returning only the text: {@code apply(s).text()} without the offset map
     * ({@code s} itself when nothing changes).
     */
    public String normalize(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && unchanged[s.charAt(i)]) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, i);
        while (i < n) {
            char ch = s.charAt(i);
            if (unchanged[ch]) {
                out.append(ch);
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            String replacement = map(cp);
            if (replacement == null) {
                out.append(s, i, next);
            } else {
                out.append(replacement);
            }
            i = next;
        }
        return out.toString();
    }

    /** Normalises {@code s} keeping the map back to the original offsets. */
    public NormalizedText apply(String s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n + 8];
        int[] ends = new int[n + 8];
        int i = 0;
        while (i < n) {
            char ch = s.charAt(i);
            if (unchanged[ch]) {
                if (out.length() == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2 + 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2 + 2);
                }
                starts[out.length()] = i;
                ends[out.length()] = i + 1;
                out.append(ch);
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            String replacement = map(cp);
            if (replacement == null) {
                // The common case: the character is kept as it is.
                if (out.length() + 2 > starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2 + 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2 + 2);
                }
                for (int k = i; k < next; k++) {
                    starts[out.length()] = i;
                    ends[out.length()] = next;
                    out.append(s.charAt(k));
                }
                i = next;
                continue;
            }
            for (int m = 0; m < replacement.length(); m++) {
                if (out.length() == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2 + 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2 + 2);
                }
                starts[out.length()] = i;
                ends[out.length()] = next;
                out.append(replacement.charAt(m));
            }
            i = next;
        }
        return new NormalizedText(s, out.toString(), starts, ends);
    }

    /** The replacement of one code point: null to keep it, "" to remove it. */
    private String map(int cp) {
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z' && steps.contains(Step.LOWER_CASE)) {
                return String.valueOf((char) (cp + ('a' - 'A')));
            }
            return cp == '\t' && steps.contains(Step.SPACES) ? " " : null;
        }
        if (steps.contains(Step.PRESENTATION_FORMS) && isPresentationForm(cp) && cp != 0xFEFF) {
            String nfkc = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < nfkc.length(); k++) {
                char c = nfkc.charAt(k);
                // Unassigned or non-character code points in the range map to themselves: keep them.
                String m = isPresentationForm(c) ? null : map(c);
                sb.append(m == null ? String.valueOf(c) : m);
            }
            return sb.toString();
        }
        if (steps.contains(Step.INVISIBLES) && isInvisibleControl(cp)) {
            return "";
        }
        if (steps.contains(Step.TATWEEL) && cp == TATWEEL) {
            return "";
        }
        if (steps.contains(Step.DIACRITICS) && isDiacritic(cp)) {
            return "";
        }
        if (steps.contains(Step.ALEF) && (cp == ALEF_HAMZA_ABOVE || cp == ALEF_HAMZA_BELOW || cp == ALEF_MADDA
                || cp == ALEF_WASLA)) {
            return String.valueOf(ALEF);
        }
        if (steps.contains(Step.ALEF_MAKSURA) && cp == ALEF_MAKSURA) {
            return String.valueOf(YEH);
        }
        if (steps.contains(Step.TEH_MARBUTA) && cp == TEH_MARBUTA) {
            return String.valueOf(HEH);
        }
        if (steps.contains(Step.HAMZA_SEATS)) {
            if (cp == WAW_HAMZA) {
                return String.valueOf(WAW);
            }
            if (cp == YEH_HAMZA) {
                return String.valueOf(YEH);
            }
        }
        if (steps.contains(Step.PERSIAN)) {
            if (cp == KEHEH) {
                return String.valueOf(KAF);
            }
            if (cp == FARSI_YEH) {
                return String.valueOf(YEH);
            }
        }
        if (steps.contains(Step.SPACES) && cp != ' ' && (Character.isSpaceChar(cp) || cp == '\t')) {
            return " ";
        }
        if (steps.contains(Step.LOWER_CASE) && cp < 0x0250 && Character.isUpperCase(cp)) {
            return new String(Character.toChars(Character.toLowerCase(cp)));
        }
        return null;
    }
}
