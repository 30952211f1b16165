package org.tarjama.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.tarjama.segment.Segmenters;
import org.tarjama.segment.Sentence;

/**
 * The "Golden Rules" of pragmatic_segmenter / pySBD (52 English cases, 5 Arabic; resources
 * {@code golden-rules.en.json}, {@code golden-rules.ar.json}, MIT) run through Tarjama's segmenter and,
 * for comparison, Okapi's {@code defaultSegmentation.srx}, ICU4J's and the JDK's sentence
 * {@code BreakIterator}. A case counts when the sentences, white space collapsed and trimmed, equal the
 * expected ones exactly.
 */
public final class GoldenRules {
    /** One case. */
    public record Case(int id, String name, String text, List<String> sentences) {
    }

    /** One segmenter's result on one case. */
    public record Outcome(Case goldenCase, List<String> got, boolean exact) {
    }

    /** The segmenters compared, in the order printed. */
    public static final List<String> SEGMENTERS = List.of("tarjama", "okapi-default", "icu4j", "jdk");

    private GoldenRules() {
    }

    /** The cases of {@code lang} ({@code en} or {@code ar}). */
    public static List<Case> cases(String lang) {
        String res = "golden-rules." + lang + ".json";
        try (InputStream in = GoldenRules.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden rules for language " + lang + " (en, ar)");
            }
            List<Case> out = new ArrayList<>();
            for (JsonNode c : new ObjectMapper().readTree(in).get("cases")) {
                List<String> s = new ArrayList<>();
                c.get("sentences").forEach(x -> s.add(x.asText()));
                out.add(new Case(c.get("id").asInt(), c.path("name").asText(""), c.get("text").asText(), s));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + res, e);
        }
    }

    /** Runs {@code segmenter} (one of {@link #SEGMENTERS}) on every case of {@code lang}. */
    public static List<Outcome> run(String segmenter, String lang) {
        Function<String, List<String>> f = segmenter(segmenter, lang);
        List<Outcome> out = new ArrayList<>();
        for (Case c : cases(lang)) {
            List<String> got = normalise(f.apply(c.text()));
            out.add(new Outcome(c, got, got.equals(normalise(c.sentences()))));
        }
        return out;
    }

    /** Exact-match counts per segmenter, for {@code lang}. */
    public static Map<String, Long> counts(String lang) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String s : SEGMENTERS) {
            m.put(s, run(s, lang).stream().filter(Outcome::exact).count());
        }
        return m;
    }

    static List<String> normalise(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            String t = s.replaceAll("\\s+", " ").trim();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static Function<String, List<String>> segmenter(String name, String lang) {
        switch (name) {
            case "tarjama" -> {
                var seg = Segmenters.forLanguage(lang);
                return t -> seg.segment(t).stream().map(Sentence::text).toList();
            }
            case "okapi-default" -> {
                var seg = Segmenters.okapiDefault(lang);
                return t -> seg.segment(t).stream().map(Sentence::text).toList();
            }
            case "icu4j" -> {
                return t -> {
                    com.ibm.icu.text.BreakIterator b = com.ibm.icu.text.BreakIterator.getSentenceInstance(new com.ibm.icu.util.ULocale(lang));
                    b.setText(t);
                    return cut(t, b.first(), b::next, com.ibm.icu.text.BreakIterator.DONE);
                };
            }
            case "jdk" -> {
                return t -> {
                    java.text.BreakIterator b = java.text.BreakIterator.getSentenceInstance(Locale.forLanguageTag(lang));
                    b.setText(t);
                    return cut(t, b.first(), b::next, java.text.BreakIterator.DONE);
                };
            }
            default -> throw new IllegalArgumentException("unknown segmenter " + name + " (" + String.join(", ", SEGMENTERS) + ")");
        }
    }

    private static List<String> cut(String t, int first, java.util.function.IntSupplier next, int done) {
        List<String> out = new ArrayList<>();
        int start = first;
        for (int end = next.getAsInt(); end != done; start = end, end = next.getAsInt()) {
            out.add(t.substring(start, end));
        }
        return out;
    }
}
