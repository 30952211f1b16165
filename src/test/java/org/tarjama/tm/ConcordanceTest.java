package org.tarjama.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcordanceTest {
    @TempDir
    Path dir;

    private TranslationMemory tm;

    @BeforeEach
    void memory() {
        try (TmImporter imp = TmImporter.open(dir)) {
            imp.add("1", "Visitors gathered at the Dome of the Rock.", "تجمع الزوار بالقبة الذهبية.");
            imp.add("2", "The dome was restored.", "رُممت القُبّة.");
            imp.add("3", "A dome, and another dome.", "قبة وقبة أخرى.");
            imp.add("4", "He went to the dome.", "ذهب للقبة.");
            imp.add("5", "The new rock museum opened in 2019.", "افتُتح متحف الصخرة الجديد في ٢٠١٩.");
            imp.add("6", "The price is 2019 dollars.", "السعر 2019 دولار.");
            imp.commit();
        }
        tm = TranslationMemory.open(dir);
    }

    private List<String> tuids(List<ConcordanceHit> hits) {
        return hits.stream().map(ConcordanceHit::tuid).toList();
    }

    @Test
    void arabicWithArticleFindsItAfterPrepositions() {
        // بالقبة = ب + القبة ; للقبة = ل + (ا)لقبة
        assertThat(tuids(tm.concordance("القبة", true, 10))).containsExactlyInAnyOrder("1", "2", "4");
    }

    @Test
    void arabicMatchSpanCoversTheWholeWordWithItsClitic() {
        ConcordanceHit h = tm.concordance("القبة", true, 10).stream().filter(x -> x.tuid().equals("1")).findFirst().orElseThrow();
        assertThat(h.target().substring(h.start(), h.end())).isEqualTo("بالقبة");
    }

    @Test
    void arabicDiacriticsAndSpellingVariantsAreFolded() {
        ConcordanceHit h = tm.concordance("القبه", true, 10).stream().filter(x -> x.tuid().equals("2")).findFirst().orElseThrow();
        assertThat(h.target().substring(h.start(), h.end())).isEqualTo("القُبّة");
    }

    @Test
    void arabicWithoutArticleDoesNotMatchTheDefiniteForm() {
        assertThat(tuids(tm.concordance("قبة", true, 10))).containsExactly("3");
    }

    @Test
    void arabicPhraseNeedsConsecutiveWords() {
        assertThat(tuids(tm.concordance("القبة الذهبية", true, 10))).containsExactly("1");
        assertThat(tm.concordance("الذهبية القبة", true, 10)).isEmpty();
    }

    @Test
    void englishPhraseIsCaseInsensitiveAndConsecutive() {
        List<ConcordanceHit> hits = tm.concordance("dome of the rock", false, 10);
        assertThat(tuids(hits)).containsExactly("1");
        ConcordanceHit h = hits.get(0);
        assertThat(h.source().substring(h.start(), h.end())).isEqualTo("Dome of the Rock");
        assertThat(tuids(tm.concordance("rock dome", false, 10))).isEmpty();
    }

    @Test
    void englishNumbersMustBeEqual() {
        assertThat(tuids(tm.concordance("in 2019", false, 10))).containsExactly("5");
        assertThat(tm.concordance("in 2020", false, 10)).isEmpty();
    }

    @Test
    void limitCapsTheHits() {
        assertThat(tm.concordance("dome", false, 2)).hasSize(2);
    }
}
