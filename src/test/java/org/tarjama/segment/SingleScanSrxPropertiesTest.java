package org.tarjama.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.junit.jupiter.api.Test;

/**
 * {@link SingleScanSrx} gives exactly the break positions of Okapi's {@code SRXSegmenter} (its
 * {@code getSplitPositions()}) on the same SRX rules: Tarjama's rules for English (with and without
 * the headline rules), Arabic and another language (common rules only), and Okapi's own
 * {@code defaultSegmentation.srx} (without its ICU4J extension) as an example of a user's file, on random text built from the
 * characters the rules look at, on arbitrary Unicode, and on real paragraphs (NTREX news, the seed
 * article, St John's Gospel, the Golden Rules) and random pieces of them.
 */
class SingleScanSrxPropertiesTest {

    /** One rule set compiled both ways for one language. */
    private record Pair(String name, SingleScanSrx scan, ThreadLocal<ISegmenter> okapi) {
        int[] okapiSplits(String text) {
            ISegmenter s = okapi.get();
            s.computeSegments(text);
            return s.getSplitPositions().stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private static final List<Pair> PAIRS = pairs();

    private static List<Pair> pairs() {
        List<Pair> out = new ArrayList<>();
        for (String lang : List.of("en", "ar", "fr")) {
            out.add(pair("tarjama/" + lang, SrxSentenceSegmenter.builtInRules(false), lang));
        }
        out.add(pair("tarjama+headlines/en", SrxSentenceSegmenter.builtInRules(true), "en"));
        out.add(pair("okapi-default/en", okapiDefault(), "en"));
        return out;
    }

    private static Pair pair(String name, SRXDocument doc, String lang) {
        LocaleId locale = LocaleId.fromString(lang);
        SingleScanSrx scan = SingleScanSrx.compile(doc, locale);
        assertThat(scan).as(name).isNotNull();
        return new Pair(name, scan, ThreadLocal.withInitial(() -> {
            synchronized (doc) {
                return doc.compileLanguageRules(locale, null);
            }
        }));
    }

    private static SRXDocument okapiDefault() {
        SRXDocument doc = new SRXDocument();
        try (InputStream in = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
            doc.loadRules(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Okapi's ICU4J break-rule extension is not covered by the single scan (SrxSentenceSegmenter then
        // uses Okapi's engine); without it the file is a large, foreign set of SRX rules to compare on.
        doc.setUseICU4JBreakRules(false);
        return SrxSentenceSegmenter.configure(doc);
    }

    private static void assertSameSplits(String text) {
        for (Pair p : PAIRS) {
            int[] expected = p.okapiSplits(text);
            int[] got = p.scan().splits(text);
            assertThat(got).as("%s on %s", p.name(), show(text)).isNotNull();
            assertThat(got).as("%s on %s", p.name(), show(text)).containsExactly(expected);
        }
    }

    private static String show(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.chars().forEach(c -> sb.append(c < 0x20 || c > 0x7e ? String.format(java.util.Locale.ROOT, "\\u%04X", c) : String.valueOf((char) c)));
        return sb.append('"').toString();
    }

    // ---- random text

    @Provide
    Arbitrary<String> punctuated() {
        Arbitrary<String> pieces = Arbitraries.of(
                ".", ". ", "..", "...", " . . . ", ". . . .", "…", "!", "?", "!!", "?!", "؟", "۔", "؛", ":", ": ", "،", "‼",
                "’", "”", "»", "\"", "'", "“", "«", "‘", "(", ")", "[", "]", " ", " ", "  ", "\n", "\t", "\u00A0",
                "Mr", "Dr", "Gen", "St", "U", "S", "U.S.", "D.C.", "a.m.", "e.g.", "i.e.", "vs", "No", "N°", "Nos", "p", "pp",
                "etc", "Inc", "Jan", "1", "12", "2,000", "3.5", "٣", "٫", "05:01", "a", "b", "I", "A", "The", "How", "you", "and",
                "he", "said", "Yahoo", "x@y.com", "•", "2)", "1.)", "a.", "Smith 55", "Hello", "world", "Today",
                "قال", "وقال", "أضاف", "د", "م", "ص", "هـ", "سؤال", "جواب", "ماذا", "الرئيس", "لا", "نعم", "و",
                "\uD83D\uDE00", "\u200F", "ـ", "َ");
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void sameSplitsAsOkapiOnPunctuatedText(@ForAll("punctuated") String text) {
        assertSameSplits(text);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(80)
                .filter(s -> s.chars().noneMatch(c -> c >= 0xE101 && c <= 0xE103));
    }

    @Property(tries = 300)
    void sameSplitsAsOkapiOnArbitraryUnicode(@ForAll("anyText") String text) {
        assertSameSplits(text);
    }

    @Property(tries = 200)
    void textWithOkapiCodeMarkersIsLeftToOkapi(@ForAll("punctuated") String a, @ForAll("punctuated") String b) {
        String text = a + "\uE101" + b;
        for (Pair p : PAIRS) {
            assertThat(p.scan().splits(text)).isNull();
        }
    }

    // ---- real text

    private static final List<String> REAL = real();

    private static List<String> real() {
        List<String> out = new ArrayList<>();
        for (String r : List.of("/org/tarjama/align/ntrex-000.raw.en", "/org/tarjama/align/ntrex-000.raw.ar",
                "/org/tarjama/align/ntrex-016.en", "/org/tarjama/align/ntrex-016.ar",
                "/org/tarjama/align/john-01.en", "/org/tarjama/align/john-01.ar",
                "/org/tarjama/seed/seed.raw.en", "/org/tarjama/seed/seed.raw.ar",
                "/org/tarjama/eval/golden-rules.en.json", "/org/tarjama/eval/golden-rules.ar.json")) {
            try (InputStream in = SingleScanSrxPropertiesTest.class.getResourceAsStream(r)) {
                assertThat(in).as(r).isNotNull();
                String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (r.endsWith(".json")) {
                    // the Golden Rules' inputs (newlines inside kept)
                    for (var c : new com.fasterxml.jackson.databind.ObjectMapper().readTree(all).get("cases")) {
                        out.add(c.get("text").asText());
                    }
                } else {
                    all.lines().filter(l -> !l.isBlank()).forEach(out::add);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @Test
    void sameSplitsAsOkapiOnEveryRealParagraph() {
        assertThat(REAL).hasSizeGreaterThan(150);
        long golden = REAL.stream().filter(s -> s.contains("Mr.") || s.contains("U.S.") || s.contains("\n")).count();
        assertThat(golden).isGreaterThan(3);
        for (String p : REAL) {
            assertSameSplits(p);
        }
    }

    @Provide
    Arbitrary<String> realPieces() {
        return Arbitraries.of(REAL).flatMap(p -> Combinators.combine(
                Arbitraries.integers().between(0, p.length()), Arbitraries.integers().between(0, p.length()))
                .as((x, y) -> p.substring(Math.min(x, y), Math.max(x, y))));
    }

    @Property(tries = 300)
    void sameSplitsAsOkapiOnPiecesOfRealText(@ForAll("realPieces") String text) {
        assertSameSplits(text);
    }

    @Provide
    Arbitrary<String> realMixed() {
        return Combinators.combine(Arbitraries.of(REAL), punctuated(), Arbitraries.of(REAL))
                .as((a, b, c) -> a.substring(0, Math.min(a.length(), 200)) + b + c.substring(Math.max(0, c.length() - 200)));
    }

    @Property(tries = 200)
    void sameSplitsAsOkapiOnRealTextJoinedWithRandomText(@ForAll("realMixed") String text) {
        assertSameSplits(text);
    }

    // ---- the whole segmenter

    @Property(tries = 200)
    void sameSentencesWhicheverEngine(@ForAll("realMixed") String text) {
        for (String lang : List.of("en", "ar")) {
            assertThat(SINGLE.get(lang).segment(text))
                    .isEqualTo(OKAPI.get(lang).segment(text));
        }
    }

    private static final Map<String, SrxSentenceSegmenter> SINGLE = Map.of(
            "en", SrxSentenceSegmenter.builtIn("en", false, SrxSentenceSegmenter.Engine.SINGLE_SCAN),
            "ar", SrxSentenceSegmenter.builtIn("ar", false, SrxSentenceSegmenter.Engine.SINGLE_SCAN));
    private static final Map<String, SrxSentenceSegmenter> OKAPI = Map.of(
            "en", SrxSentenceSegmenter.builtIn("en", false, SrxSentenceSegmenter.Engine.OKAPI),
            "ar", SrxSentenceSegmenter.builtIn("ar", false, SrxSentenceSegmenter.Engine.OKAPI));

    @Test
    void theFirstCharacterAnalysisIsSoundOnTarjamasRules() {
        // Not needed for correctness (a rule that cannot be analysed is tried everywhere), but the speed
        // depends on it: every rule of Tarjama's files but the opt-in headline rule starts at a few
        // punctuation characters (or only at the start of the paragraph).
        SRXDocument doc = SrxSentenceSegmenter.builtInRules(false);
        for (var rules : doc.getAllLanguageRules().entrySet()) {
            if (rules.getKey().equals(SrxSentenceSegmenter.HEADLINE_RULES)) {
                continue;
            }
            for (var rule : rules.getValue()) {
                String re = doc.generateRuleRegex(rule).replace(SRXDocument.ANYCODE, SRXDocument.INLINECODE_PATTERN);
                java.util.BitSet first = FirstChars.of(re, java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
                assertThat(first.cardinality()).as(rule.getBefore()).isLessThan(20);
                assertThat(first.get('a') || first.get('ب') || first.get(' ')).as(rule.getBefore()).isFalse();
            }
        }
        assertThat(FirstChars.of("(a|b*)c", 0).get('c')).isTrue();
        assertThat(FirstChars.of("(?i)a", 0)).isEqualTo(FirstChars.ANY);
        assertThat(FirstChars.of("(\\1)", 0)).isEqualTo(FirstChars.ANY);
        assertThat(FirstChars.of("x?", 0)).isEqualTo(FirstChars.ANY);
        assertThat(Arrays.asList(FirstChars.of("(?<=q)[\\p{Lu}]", 0).get('Q'), FirstChars.of("(?<=q)[\\p{Lu}]", 0).get('q')))
                .containsExactly(true, false);
    }
}
