package org.tarjama.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, segmentation loses nothing and rewrites nothing. */
class SegmentationPropertiesTest {
    private static final SentenceSegmenter AR = Segmenters.forLanguage("ar");
    private static final SentenceSegmenter EN = Segmenters.forLanguage("en");

    @Provide
    Arbitrary<String> paragraphs() {
        Arbitrary<String> pieces = Arbitraries.of("حماس", "قال", " ", ". ", "؟ ", "! ", "، ", "؛ ", "… ", "”", "»", "«",
                "\u200F", "\u200E", "\uFEA3\uFEE4", "ـ", "َ", "2,000", "٣٫٥", "U.S.", " Mr.", " The", "He", "said",
                "\u00A0", "\t", ".", "?", "(", ")", "a", "B");
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void keepsEveryCharacterExceptWhitespaceAtSentenceEdges(@ForAll("paragraphs") String p) {
        for (SentenceSegmenter s : List.of(AR, EN)) {
            List<Sentence> out = s.segment(p);
            StringBuilder joined = new StringBuilder();
            int last = 0;
            for (Sentence x : out) {
                assertThat(x.start()).isGreaterThanOrEqualTo(last);
                assertThat(p.substring(x.start(), x.end())).isEqualTo(x.text());
                assertThat(p.substring(last, x.start()).chars().allMatch(SegmentationPropertiesTest::isSpace)).isTrue();
                assertThat(x.text()).isNotBlank();
                joined.append(x.text());
                last = x.end();
            }
            assertThat(p.substring(last).chars().allMatch(SegmentationPropertiesTest::isSpace)).isTrue();
            assertThat(strip(joined.toString())).isEqualTo(strip(p));
        }
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String strip(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().filter(c -> !isSpace(c)).forEach(c -> sb.append((char) c));
        return sb.toString();
    }
}
