package org.tarjama.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.tarjama.text.ArabicNormalizer;

/**
 * Properties of the Arabic matcher: whatever harakat, tatweel and bidi marks are sprinkled into a name
 * and whichever proclitic it carries, the name is found once, and its span in the original text covers
 * exactly the written word(s).
 */
class TermMatcherPropertiesTest {
    private static final List<String> FILLER = List.of("قال", "في", "الجيش", "مع", "بعد", "المفاوضات", "يوم");
    private static final List<String> NAMES = List.of("حماس", "تل أبيب", "سامي أبو زهري", "القبة الحديدية");
    private static final TermMatcher M = TermMatcher.of(GlossaryEntry.of("Hamas", "حماس"),
            GlossaryEntry.of("Tel Aviv", "تل أبيب"), GlossaryEntry.of("Sami Abu Zuhri", "سامي أبو زهري"),
            GlossaryEntry.of("Iron Dome", "القبة الحديدية"));
    private static final String NOISE = "\u064E\u0650\u064F\u0651\u0652\u0640\u200F\u200C";

    record Case(String sentence, String written, String name) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> name = Arbitraries.of(NAMES);
        Arbitrary<String> prefix = Arbitraries.of("", "و", "ب", "ف", "وب");
        Arbitrary<List<String>> before = Arbitraries.of(FILLER).list().ofMaxSize(4);
        Arbitrary<List<String>> after = Arbitraries.of(FILLER).list().ofMaxSize(4);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(name, prefix, before, after, seed).as((n, p, b, a, s) -> {
            java.util.Random r = new java.util.Random(s);
            StringBuilder w = new StringBuilder(p);
            for (int i = 0; i < n.length(); i++) {
                w.append(n.charAt(i));
                if (n.charAt(i) != ' ' && r.nextInt(3) == 0) {
                    w.append(NOISE.charAt(r.nextInt(NOISE.length())));
                }
            }
            String written = w.toString();
            String sentence = String.join(" ", b) + (b.isEmpty() ? "" : " ") + written + (a.isEmpty() ? "" : " ")
                    + String.join(" ", a) + ".";
            return new Case(sentence, written, n);
        });
    }

    @Property(tries = 300)
    void findsTheNameOnceWithAnExactSpan(@ForAll("cases") Case c) {
        List<TermMatcher.ArabicMatch> ms = M.findArabic(c.sentence());
        assertThat(ms).hasSize(1);
        TermMatcher.ArabicMatch m = ms.get(0);
        assertThat(m.kind()).isEqualTo(TermMatcher.Kind.APPROVED);
        assertThat(m.form()).isEqualTo(c.name());
        String covered = m.span().of(c.sentence());
        // the span covers the written words, marks included, except marks trailing the last letter
        assertThat(c.written()).startsWith(covered);
        assertThat(ArabicNormalizer.MATCHING.normalize(covered))
                .isEqualTo(ArabicNormalizer.MATCHING.normalize(c.written()));
    }
}
