package org.tarjama.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * Okapi's SRX segmentation ({@code SRXSegmenter.computeSegments}) computed in one pass over the
 * text instead of one regex scan per rule, with the same break positions.
 *
 * <p>Okapi compiles every rule to {@code (before)(after)} (by {@link SRXDocument#generateRuleRegex},
 * which this class calls, so the patterns are Okapi's own) and, rule after rule, runs
 * {@code find(start)} from the start of the text; a match records a split at the end of its
 * {@code before} group unless an earlier rule already decided that position, and the next search
 * starts there (the rule stops after a match whose {@code before} part is empty). Because each
 * pattern begins with a group, {@code java.util.regex} cannot skip ahead to a literal first
 * character and tries every position of the text for every rule: 88% of the segmentation time.
 *
 * <p>Here the same per-rule searches run interleaved in one left-to-right pass: at each position only
 * the rules whose match can begin with that character ({@link FirstChars}, a sound
 * over-approximation) are tried, with {@code lookingAt} on the region from that position (transparent,
 * non-anchoring bounds: the same match {@code find} finds there), and each rule keeps Okapi's own
 * next-start and stop state. A position's decision is that of the first rule in SRX order that
 * produced it, as in Okapi. Rules whose first characters cannot be told are tried everywhere, so the
 * result never depends on the analysis, only the speed does. {@code SingleScanSrxPropertiesTest}
 * checks the equality with Okapi's segmenter on random and real text.
 *
 * <p>Covered: what Tarjama feeds Okapi (a plain string, no inline codes, trimming off). Not covered
 * (then {@link #compile} returns null and Okapi's engine is used): SRX mask rules and Okapi's ICU4J
 * break-rule extension, and a rule with {@code \G} (which matches where Okapi's search started, not
 * where a match is tried). Text holding Okapi's inline-code marker characters (U+E101–U+E103) is not
 * plain text to Okapi: {@link #splits} returns null for it.
 *
 * <p>Instances are immutable; {@link #splits} is thread-safe (one set of matchers per thread).
 */
final class SingleScanSrx {
    private final Pattern[] patterns;
    private final boolean[] isBreak;
    /** For every BMP character, the indices (in SRX order) of the rules whose match can begin with it. */
    private final int[][] rulesAt;
    private final int[] allRules;
    /** The rules tried at the end of the text: those that may match empty (their first characters are unknown). */
    private final int[] anyRules;
    /** Per rule: its first characters, and whether it has a '^' (which only matches at 0, outside those sets). */
    private final BitSet[] first;
    private final boolean[] caret;
    /** For every BMP character: true when some rule can begin with it, or it is an inline-code marker. */
    private final boolean[] stop;
    private final ThreadLocal<State> state;

    private static final class State {
        final Matcher[] matchers;
        /** The text each matcher was last reset to (reset lazily: most rules are not tried on most paragraphs). */
        final String[] textOf;
        final int[] next;
        final boolean[] dead;
        /** For each position, the first rule (in SRX order) that produced it, or -1; all -1 between calls. */
        int[] decidedBy = new int[0];
        /** The positions produced in this call, in the order found. */
        int[] produced = new int[16];

        State(Pattern[] patterns) {
            matchers = new Matcher[patterns.length];
            for (int r = 0; r < patterns.length; r++) {
                matchers[r] = patterns[r].matcher("");
                matchers[r].useTransparentBounds(true);
                matchers[r].useAnchoringBounds(false);
            }
            textOf = new String[patterns.length];
            next = new int[patterns.length];
            dead = new boolean[patterns.length];
        }
    }

    private SingleScanSrx(List<String> regexes, List<Boolean> breaks) {
        int n = regexes.size();
        patterns = new Pattern[n];
        isBreak = new boolean[n];
        first = new BitSet[n];
        caret = new boolean[n];
        for (int r = 0; r < n; r++) {
            // Okapi's CompiledRule: Pattern.compile(regex, UNICODE_CHARACTER_CLASS)
            patterns[r] = Pattern.compile(regexes.get(r), Pattern.UNICODE_CHARACTER_CLASS);
            isBreak[r] = breaks.get(r);
            first[r] = FirstChars.of(regexes.get(r), Pattern.UNICODE_CHARACTER_CLASS);
            caret[r] = regexes.get(r).indexOf('^') >= 0; // (also in "[^…]": tried at 0 for nothing, never wrong)
        }
        anyRules = java.util.stream.IntStream.range(0, n).filter(r -> first[r].cardinality() == 0x10000).toArray();
        allRules = new int[n];
        for (int r = 0; r < n; r++) {
            allRules[r] = r;
        }
        // Characters with the same set of rules share one array.
        rulesAt = new int[0x10000][];
        java.util.Map<String, int[]> shared = new java.util.HashMap<>();
        int[] none = new int[0];
        int[] buf = new int[n];
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                rulesAt[c] = allRules;
                continue;
            }
            int k = 0;
            for (int r = 0; r < n; r++) {
                if (first[r].get(c)) {
                    buf[k++] = r;
                }
            }
            if (k == 0) {
                rulesAt[c] = none;
            } else {
                int[] rs = Arrays.copyOf(buf, k);
                rulesAt[c] = shared.computeIfAbsent(Arrays.toString(rs), key -> rs);
            }
        }
        stop = new boolean[0x10000];
        for (int c = 0; c < 0x10000; c++) {
            stop[c] = rulesAt[c].length > 0 || (c >= 0xE101 && c <= 0xE103);
        }
        state = ThreadLocal.withInitial(() -> new State(patterns));
    }

    /**
     * The rules Okapi's {@code SRXDocument.compileLanguageRules(locale, null)} would compile, in its
     * order (language maps in order, each map whose pattern matches the locale, all of them when
     * cascading, else the first; active rules only); null when the document uses what this engine
     * does not cover (a mask rule, ICU4J break rules).
     */
    static SingleScanSrx compile(SRXDocument doc, LocaleId locale) {
        if (doc.useIcu4JBreakRules() || (doc.getMaskRule() != null && !doc.getMaskRule().isEmpty())) {
            return null;
        }
        List<String> regexes = new ArrayList<>();
        List<Boolean> breaks = new ArrayList<>();
        for (LanguageMap map : doc.getAllLanguagesMaps()) {
            if (Pattern.matches(map.getPattern(), locale.toString())) {
                List<Rule> rules = doc.getLanguageRules(map.getRuleName());
                if (rules == null) {
                    return null; // Okapi throws here; its compiler reports it
                }
                for (Rule rule : rules) {
                    if (rule.isActive()) {
                        String regex = doc.generateRuleRegex(rule).replace(SRXDocument.ANYCODE, SRXDocument.INLINECODE_PATTERN);
                        if (regex.contains("\\G")) {
                            return null; // \G is where find started, not where lookingAt is tried
                        }
                        regexes.add(regex);
                        breaks.add(rule.isBreak());
                    }
                }
                if (!doc.cascade()) {
                    break;
                }
            }
        }
        return new SingleScanSrx(regexes, breaks);
    }

    /**
     * The break positions Okapi's segmenter computes for {@code text} ({@code getSplitPositions()}:
     * ascending, possibly including 0 and {@code text.length()}), or null when the text holds Okapi's
     * inline-code markers.
     */
    int[] splits(String text) {
        int len = text.length();
        State s = state.get();
        if (s.decidedBy.length < len + 1) {
            s.decidedBy = new int[Math.max(len + 1, s.decidedBy.length * 2)];
            Arrays.fill(s.decidedBy, -1);
        }
        int[] decidedBy = s.decidedBy;
        int n = patterns.length;
        Arrays.fill(s.next, 0);
        Arrays.fill(s.dead, false);
        int alive = n;
        int count = 0;
        int p = 0;
        for (; p <= len && alive > 0; p++) {
            int[] candidates;
            if (p == len) {
                candidates = anyRules; // a rule that must consume a character cannot match at the end
            } else {
                char c = text.charAt(p);
                if (!stop[c] && p > 0) {
                    continue; // the cheap scan: no rule can match here
                }
                if (isMarker(c)) {
                    return clear(s, count, null);
                }
                candidates = p == 0 ? atStart(c) : rulesAt[c];
            }
            for (int r : candidates) {
                if (s.dead[r] || p < s.next[r]) {
                    continue;
                }
                Matcher m = s.matchers[r];
                if (s.textOf[r] != text) {
                    m.reset(text);
                    s.textOf[r] = text;
                }
                m.region(p, len);
                if (!m.lookingAt()) {
                    continue;
                }
                // Okapi: m.start() + m.group(1).length(), where find's start is the position tried. Not
                // m.start() here: after lookingAt, a '^' inside a look-behind leaves start() at 0 (a JDK
                // quirk: its Begin node overwrites the match start), which find's Start node corrects.
                int at = p + (m.end(1) - m.start(1));
                s.next[r] = at;
                if (at == p) {
                    // An empty 'before' part: Okapi's find(at) finds this same match again, and its loop
                    // stops (start == prevStart), whether or not the search already started at p.
                    s.dead[r] = true;
                    alive--;
                }
                if (decidedBy[at] < 0) {
                    decidedBy[at] = r;
                    if (count == s.produced.length) {
                        s.produced = Arrays.copyOf(s.produced, count * 2);
                    }
                    s.produced[count++] = at;
                } else if (decidedBy[at] > r) {
                    decidedBy[at] = r; // the first rule in SRX order decides, as in Okapi
                }
            }
        }
        for (; p < len; p++) { // every rule stopped early: the rest must still be plain text
            if (isMarker(text.charAt(p))) {
                return clear(s, count, null);
            }
        }
        int[] produced = s.produced;
        Arrays.sort(produced, 0, count);
        int[] out = new int[count];
        int b = 0;
        for (int k = 0; k < count; k++) {
            if (isBreak[decidedBy[produced[k]]]) {
                out[b++] = produced[k];
            }
        }
        return clear(s, count, Arrays.copyOf(out, b));
    }

    /** The rules that can match at position 0 before {@code c}: those that can begin with it, and those with a '^'. */
    private int[] atStart(char c) {
        int[] out = new int[allRules.length];
        int k = 0;
        for (int r : allRules) {
            if (caret[r] || first[r].get(c) || Character.isSurrogate(c)) {
                out[k++] = r;
            }
        }
        return k == out.length ? allRules : Arrays.copyOf(out, k);
    }

    private static boolean isMarker(char c) {
        return c >= '\uE101' && c <= '\uE103';
    }

    /** Restores {@code decidedBy} to all -1 (only the produced positions were set) and returns {@code result}. */
    private static int[] clear(State s, int count, int[] result) {
        for (int k = 0; k < count; k++) {
            s.decidedBy[s.produced[k]] = -1;
        }
        return result;
    }
}
