package org.tarjama.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjama.glossary.CheckRun;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryChecker;
import org.tarjama.glossary.GlossaryLoader;
import org.tarjama.model.BadInputException;
import org.tarjama.model.Severity;
import org.tarjama.model.SourceLocation;
import org.tarjama.names.NameChecker;
import org.tarjama.names.NameReport;
import org.tarjama.names.UnitStream;
import org.tarjama.text.Transliteration;

/**
 * {@code tarjama eval names-real DIR}: the names and glossary checks scored on a memory whose proper
 * names were annotated by hand (a folder like {@code ../shared/corpora/names-real-dev}: {@code
 * memory.tsv}, {@code occurrences.tsv}, {@code names.tsv}). Computes exactly what {@code
 * ../shared/tools/score_names_real.py} computes, in process:
 * <ul>
 *   <li>names, inconsistent: the names reported {@code inconsistent} against those whose gold status is
 *       inconsistent (English name, case-insensitive);</li>
 *   <li>names, unrendered: the (name, unit) pairs listed as unrendered against the gold occurrences
 *       rendered {@code -};</li>
 *   <li>check: a glossary made from the gold like {@code names_real_glossary.py} (names in 2+ units,
 *       transliterated or translated, not a common lower-case word of the memory, most frequent
 *       rendering approved); error findings matched by (unit, term) to the expected verdicts, precision
 *       over judged pairs only.</li>
 * </ul>
 */
public final class NamesRealEvaluation {
    private NamesRealEvaluation() {
    }

    /** One precision/recall line. */
    public record Score(int tp, int reported, int gold) {
        public double precision() {
            return tp / (double) Math.max(1, reported);
        }

        public double recall() {
            return tp / (double) Math.max(1, gold);
        }
    }

    /**
     * The figures.
     *
     * @param inconsistent names reported inconsistent
     * @param unrendered   (name, unit) pairs reported unrendered
     * @param check        glossary-check errors (reported = judged errors)
     * @param unjudged     error findings on (unit, term) pairs the gold does not judge
     * @param glossarySize entries of the glossary made from the gold
     */
    public record Result(Score inconsistent, Score unrendered, Score check, int unjudged, int glossarySize,
                         Score suggested, List<String> misses) {
        public Result {
            misses = List.copyOf(misses);
        }

        /** The figures without the miss listing. */
        public Result(Score inconsistent, Score unrendered, Score check, int unjudged, int glossarySize,
                      Score suggested) {
            this(inconsistent, unrendered, check, unjudged, glossarySize, suggested, List.of());
        }

        /**
         * The three lines {@code score_names_real.py} prints, in its exact format, then the share of the
         * suggested glossary ({@code names --format tsv|tbx}) whose approved form is a gold rendering of
         * its name.
         */
        public List<String> lines() {
            return List.of(
                    "names inconsistent P=" + f2(inconsistent.precision()) + " R=" + f2(inconsistent.recall())
                            + " (" + inconsistent.reported() + " reported, " + inconsistent.gold() + " gold)",
                    "names unrendered P=" + f2(unrendered.precision()) + " R=" + f2(unrendered.recall())
                            + " (" + unrendered.reported() + " reported, " + unrendered.gold() + " gold)",
                    "check P=" + f2(check.precision()) + " R=" + f2(check.recall()) + " (" + check.reported()
                            + " judged errors, " + unjudged + " unjudged)",
                    "suggested glossary " + f1(100 * suggested.precision()) + "% gold (" + suggested.tp() + " of "
                            + suggested.reported() + " entries)");
        }
    }

    static String f1(double v) {
        return new BigDecimal(v).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Two decimals rounded as Python's {@code :.2f} does (the exact binary value, half to even). */
    static String f2(double v) {
        return new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private record Occurrence(String uid, String en, String ar, String kind) {
    }

    /** Scores both commands on the annotated memory in {@code dir}, using {@code threads} threads. */
    public static Result run(Path dir, int threads) {
        Path memory = dir.resolve("memory.tsv");
        List<String> occLines = lines(dir.resolve("occurrences.tsv"));
        List<String> nameLines = lines(dir.resolve("names.tsv"));
        List<String> memLines = lines(memory);

        Map<String, String> goldStatus = new HashMap<>();
        for (int i = 1; i < nameLines.size(); i++) {
            String[] f = fields(nameLines.get(i), 4, dir.resolve("names.tsv"), i + 1);
            goldStatus.put(lower(f[0]), f[1]);
        }
        List<Occurrence> occ = new ArrayList<>();
        Map<String, String> occRendering = new HashMap<>();
        for (int i = 1; i < occLines.size(); i++) {
            String[] f = fields(occLines.get(i), 4, dir.resolve("occurrences.tsv"), i + 1);
            occ.add(new Occurrence(f[0], f[1], f[2], f[3]));
            occRendering.put(lower(f[1]) + "\t" + unitNumber(f[0]), f[2]);
        }

        // names
        NameReport report = NameChecker.check(null, Transliteration.DEFAULT_THRESHOLD,
                () -> UnitStream.open(List.of(memory)), threads, n -> { });
        Set<String> inc = new HashSet<>();
        Set<String> un = new HashSet<>();
        for (NameReport.Name n : report.names()) {
            if (n.status() == NameReport.Status.INCONSISTENT) {
                inc.add(lower(n.en()));
            }
            if (n.unrenderedHere()) {
                for (long u : n.unrenderedUnits()) {
                    un.add(lower(n.en()) + "\t" + u);
                }
            }
        }
        // the suggested glossary: an entry is right when its approved form is one of the gold renderings
        // of that name (diacritics, tatweel and invisible marks aside); a name the gold does not annotate
        // (a fragment such as "Thrones", a non-name) counts as wrong
        Map<String, Set<String>> goldRenderings = new HashMap<>();
        for (Occurrence o : occ) {
            if (!o.ar().equals("-")) {
                goldRenderings.computeIfAbsent(lower(o.en()), k -> new HashSet<>()).add(plain(o.ar()));
            }
        }
        int suggestedOk = 0;
        List<String> misses = new ArrayList<>();
        List<org.tarjama.glossary.GlossaryEntry> suggested =
                org.tarjama.names.SuggestedGlossary.of(report).entries();
        for (org.tarjama.glossary.GlossaryEntry e : suggested) {
            if (goldRenderings.getOrDefault(lower(e.en()), Set.of()).contains(plain(e.preferred()))) {
                suggestedOk++;
            } else {
                misses.add("glossary-wrong\t" + e.en() + "\t" + e.preferred() + "\tgold: "
                        + String.join("|", new java.util.TreeSet<>(goldRenderings.getOrDefault(lower(e.en()), Set.of()))));
            }
        }
        Map<String, NameReport.Name> byName = new HashMap<>();
        for (NameReport.Name n : report.names()) {
            byName.putIfAbsent(lower(n.en()), n);
        }
        Set<String> gi = new HashSet<>();
        goldStatus.forEach((n, s) -> {
            if (s.equals("inconsistent")) {
                gi.add(n);
            }
        });
        Set<String> gu = new HashSet<>();
        occRendering.forEach((k, v) -> {
            if (v.equals("-")) {
                gu.add(k);
            }
        });

        // check, with the glossary of the memory's own approved renderings
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> glossary = goldGlossary(occ, goldStatus, memLines, expected);
        Glossary g;
        try {
            Path tmp = Files.createTempFile("names-real-glossary", ".tsv");
            try {
                StringBuilder sb = new StringBuilder("en\tar\n");
                glossary.forEach((en, ar) -> sb.append(en).append('\t').append(ar).append('\n'));
                Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
                g = GlossaryLoader.load(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> flagged = new HashSet<>();
        try (UnitStream units = UnitStream.open(List.of(memory))) {
            CheckRun.run(units, memory.toString(), new GlossaryChecker(g), threads, f -> {
                Object term = f.fields().get("term");
                if (f.severity() == Severity.ERROR && term instanceof String t && !t.isEmpty()) {
                    flagged.add(f.unit() + "\t" + lower(t));
                }
            }, null);
        }
        int tp = 0;
        int fp = 0;
        for (String k : flagged) {
            String v = expected.get(k);
            if ("error".equals(v)) {
                tp++;
            } else if ("ok".equals(v)) {
                fp++;
            }
        }
        int errors = (int) expected.values().stream().filter("error"::equals).count();
        for (String n : new java.util.TreeSet<>(inc)) {
            if (!gi.contains(n)) {
                misses.add("inconsistent-fp\t" + n + "\tgold: " + goldStatus.get(n) + "\t" + describe(byName.get(n)));
            }
        }
        for (String n : new java.util.TreeSet<>(gi)) {
            if (!inc.contains(n)) {
                NameReport.Name x = byName.get(n);
                misses.add("inconsistent-fn\t" + n + "\treported: " + (x == null ? "absent" : x.status().label())
                        + "\t" + describe(x));
            }
        }
        for (String k : new java.util.TreeSet<>(un)) {
            if (!gu.contains(k)) {
                misses.add("unrendered-fp\t" + k + "\tgold: " + occRendering.getOrDefault(k, "(no occurrence)"));
            }
        }
        for (String k : new java.util.TreeSet<>(gu)) {
            if (!un.contains(k)) {
                NameReport.Name x = byName.get(k.substring(0, k.indexOf('\t')));
                misses.add("unrendered-fn\t" + k + "\treported: " + (x == null ? "absent" : x.status().label()
                        + (x.neverFound() ? " (never found)" : x.unrecognised() ? " (unrecognised)" : "")) + "\t" + describe(x));
            }
        }
        for (var e : expected.entrySet()) {
            boolean f = flagged.contains(e.getKey());
            if (f && e.getValue().equals("ok")) {
                misses.add("check-fp\t" + e.getKey() + "\tapproved: " + glossaryFor(glossary, e.getKey()));
            } else if (!f && e.getValue().equals("error")) {
                misses.add("check-fn\t" + e.getKey() + "\tapproved: " + glossaryFor(glossary, e.getKey())
                        + "\tgold: " + occRendering.get(e.getKey().substring(e.getKey().indexOf('\t') + 1) + "\t"
                        + e.getKey().substring(0, e.getKey().indexOf('\t'))));
            }
        }
        return new Result(score(inc, gi), score(un, gu), new Score(tp, tp + fp, errors), flagged.size() - tp - fp,
                glossary.size(), new Score(suggestedOk, suggested.size(), suggested.size()), misses);
    }

    private static String glossaryFor(Map<String, String> glossary, String key) {
        String en = key.substring(key.indexOf('\t') + 1);
        for (var e : glossary.entrySet()) {
            if (lower(e.getKey()).equals(en)) {
                return e.getValue();
            }
        }
        return "?";
    }

    /** A name's renderings, derived forms and unrendered units, for the miss listing. */
    private static String describe(NameReport.Name n) {
        if (n == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (NameReport.Rendering r : n.renderings()) {
            sb.append(r.ar()).append(r.uncertain() ? "?" : "").append(r.partial() ? "~" : "").append(' ')
                    .append(r.units()).append("; ");
        }
        for (NameReport.Rendering r : n.derived()) {
            sb.append("derived ").append(r.ar()).append(' ').append(r.units()).append("; ");
        }
        if (n.unrenderedCount() > 0) {
            sb.append(n.neverFound() ? "unmatched " : n.unrecognised() ? "unrecognised " : "unrendered ")
                    .append(n.unrenderedUnits());
        }
        return sb.toString();
    }

    /** The text without combining marks, tatweel and invisible format characters. */
    static String plain(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640' || (c >= '\u200B' && c <= '\u200F')) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static Score score(Set<String> reported, Set<String> gold) {
        int tp = 0;
        for (String r : reported) {
            if (gold.contains(r)) {
                tp++;
            }
        }
        return new Score(tp, reported.size(), gold.size());
    }

    private static final Pattern LOWER_WORD = Pattern.compile("[a-z][a-z'-]+");

    /**
     * The glossary {@code names_real_glossary.py} makes (English → approved Arabic, sorted) and, into
     * {@code expected}, the verdict per "unit TAB english-lower-case".
     */
    static Map<String, String> goldGlossary(List<Occurrence> rows, Map<String, String> status, List<String> memory,
                                            Map<String, String> expected) {
        Map<String, List<Occurrence>> by = new LinkedHashMap<>();
        for (Occurrence o : rows) {
            by.computeIfAbsent(lower(o.en()), k -> new ArrayList<>()).add(o);
        }
        Set<String> lowerWords = new HashSet<>();
        for (String l : memory) {
            int tab = l.indexOf('\t');
            Matcher m = LOWER_WORD.matcher(tab < 0 ? l : l.substring(0, tab));
            while (m.find()) {
                lowerWords.add(m.group());
            }
        }
        Map<String, String> gl = new TreeMap<>();
        for (var e : by.entrySet()) {
            String s = status.get(e.getKey());
            if (s == null || !List.of("consistent", "spelling", "inconsistent", "sometimes-unrendered").contains(s)) {
                continue;
            }
            List<Occurrence> occ = e.getValue();
            Map<String, Integer> kinds = new HashMap<>();
            for (Occurrence o : occ) {
                kinds.merge(o.kind(), 1, Integer::sum);
            }
            if (kinds.getOrDefault("translit", 0) + kinds.getOrDefault("translated", 0)
                    < occ.size() - kinds.getOrDefault("unrendered", 0)) {
                continue;
            }
            if (kinds.containsKey("derived") || kinds.containsKey("latin")) {
                continue;
            }
            Map<String, Integer> renderings = new LinkedHashMap<>();
            Map<String, Integer> forms = new LinkedHashMap<>();
            for (Occurrence o : occ) {
                if (!o.ar().equals("-")) {
                    renderings.merge(o.ar(), 1, Integer::sum);
                }
                forms.merge(o.en(), 1, Integer::sum);
            }
            if (renderings.isEmpty()) {
                continue;
            }
            String approved = mostCommon(renderings);
            String en = mostCommon(forms);
            if (en.length() < 3 || en.indexOf(' ') < 0 && pythonIsUpper(en) && en.length() <= 3) {
                continue;
            }
            if (en.indexOf(' ') < 0 && lowerWords.contains(lower(en))) {
                continue; // also a common word here (West, House)
            }
            gl.put(en, approved);
            for (Occurrence o : occ) {
                String v = o.ar().equals("-") ? "error" : o.ar().equals(approved) || s.equals("spelling") ? "ok" : "error";
                expected.put(unitNumber(o.uid()) + "\t" + lower(en), v);
            }
        }
        return gl;
    }

    /** Python's Counter.most_common(1): the highest count, the first seen among equals. */
    private static String mostCommon(Map<String, Integer> counts) {
        String best = null;
        int n = -1;
        for (var e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    /** Python's str.isupper(): some cased letter, and no lower-case one. */
    private static boolean pythonIsUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            cased |= Character.isUpperCase(c) || Character.isTitleCase(c);
        }
        return cased;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static long unitNumber(String uid) {
        try {
            return Long.parseLong(uid.substring(1));
        } catch (RuntimeException e) {
            throw new BadInputException(SourceLocation.ofFile("occurrences.tsv"), "bad unit id '" + uid + "'");
        }
    }

    private static String[] fields(String line, int min, Path file, int lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length < min) {
            throw new BadInputException(SourceLocation.ofLine(file.toString(), lineNo),
                    "expected " + min + " tab-separated fields, found " + f.length);
        }
        return f;
    }

    private static List<String> lines(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new BadInputException(SourceLocation.ofFile(p.toString()), "no such file");
        }
        try {
            List<String> out = new ArrayList<>();
            for (String l : Files.readString(p, StandardCharsets.UTF_8).split("\n", -1)) {
                out.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
            }
            if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
                out.remove(out.size() - 1);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
