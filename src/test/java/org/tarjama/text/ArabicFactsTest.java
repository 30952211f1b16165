package org.tarjama.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicFactsTest {
    @Test
    void listsAreLoadedFoldedAndWithoutDuplicates() {
        assertThat(ArabicFacts.CONJUNCTIONS).isEqualTo("وف");
        assertThat(ArabicFacts.PREPOSITIONS).isEqualTo("بلك");
        assertThat(ArabicFacts.ARTICLE).isEqualTo("ال");
        assertThat(ArabicFacts.KUNYA).containsExactly("ابو", "ابا", "ابي"); // hamza folded on load
        assertThat(ArabicFacts.NISBA_SUFFIXES).contains("ي", "يه", "يون", "يين", "اوي").doesNotHaveDuplicates()
                .hasSize(12);
        for (List<String> l : List.of(ArabicFacts.NISBA_SUFFIXES, ArabicFacts.DERIVED_INFLECTIONS,
                ArabicFacts.ENCLITICS, ArabicFacts.AGREEMENT_ENDINGS, ArabicFacts.LIGHT_STEM_PREFIXES,
                ArabicFacts.LIGHT_STEM_SUFFIXES)) {
            assertThat(l).isNotEmpty().doesNotHaveDuplicates()
                    .allSatisfy(s -> assertThat(ArabicNormalizer.MATCHING.normalize(s)).isEqualTo(s));
        }
    }

    @Test
    void everyDerivedEndingIsAWordEndingForTheGluedFormCheck() {
        assertThat(ArabicFacts.WORD_ENDINGS).containsAll(ArabicFacts.NISBA_SUFFIXES)
                .containsAll(ArabicFacts.DERIVED_INFLECTIONS).containsAll(ArabicFacts.ENCLITICS);
    }

    @Test
    void agreementEndingsAreTriedLongestFirst() {
        List<String> e = ArabicFacts.AGREEMENT_ENDINGS;
        for (int i = 1; i < e.size(); i++) {
            assertThat(e.get(i).length()).as("%s after %s", e.get(i), e.get(i - 1))
                    .isLessThanOrEqualTo(e.get(i - 1).length());
        }
    }
}
