package org.tarjama.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each bead type recovered from a document made of real 1-1 news sentence pairs with one
 * perturbation at a known place (two Arabic sentences joined, an English sentence deleted…).
 */
class SentenceAlignerTest {
    private static List<String[]> pairs;
    private static final SentenceAligner ALIGNER = new SentenceAligner(AlignerConfig.defaults());

    @BeforeAll
    static void load() {
        pairs = TestData.oneToOnePairs("ntrex-016");
    }

    /** Sides built from pairs 0..count-1 with pairs [at, at+k) replaced as the test says. */
    private record Doc(List<String> en, List<String> ar) {
    }

    private static Doc doc(int count, int at, int enJoin, int arJoin, boolean dropEn, boolean dropAr) {
        List<String> en = new ArrayList<>();
        List<String> ar = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            if (k == at) {
                int span = Math.max(enJoin, arJoin);
                List<String> es = new ArrayList<>();
                List<String> as = new ArrayList<>();
                for (int q = 0; q < span; q++) {
                    es.add(pairs.get(k + q)[0]);
                    as.add(pairs.get(k + q)[1]);
                }
                if (!dropEn) {
                    en.addAll(enJoin > 1 ? List.of(String.join(" ", es)) : es);
                }
                if (!dropAr) {
                    ar.addAll(arJoin > 1 ? List.of(joinArabic(as)) : as);
                }
                k += span - 1;
            } else {
                en.add(pairs.get(k)[0]);
                ar.add(pairs.get(k)[1]);
            }
        }
        return new Doc(en, ar);
    }

    /** Arabic sentences joined the way translators merge them: the full stop becomes '، '. */
    private static String joinArabic(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < parts.size(); k++) {
            String p = parts.get(k);
            if (k < parts.size() - 1) {
                sb.append(p.endsWith(".") ? p.substring(0, p.length() - 1) : p).append("، ");
            } else {
                sb.append(p);
            }
        }
        return sb.toString();
    }

    private static List<String> align(Doc d) {
        return ALIGNER.align(d.en(), d.ar()).beads().stream().map(Bead::toBeadString).toList();
    }

    @Test
    void alignsOneToOneText() {
        List<String> beads = align(doc(14, -1, 1, 1, false, false));
        assertThat(beads).hasSize(14).allMatch(b -> b.matches("\\[(\\d+)]:\\[\\1]"));
    }

    @Test
    void findsTwoEnglishSentencesMergedIntoOneArabic() {
        assertThat(align(doc(14, 5, 1, 2, false, false))).contains("[4]:[4]", "[5, 6]:[5]", "[7]:[6]");
    }

    @Test
    void findsOneEnglishSentenceSplitIntoTwoArabic() {
        assertThat(align(doc(14, 5, 2, 1, false, false))).contains("[5]:[5, 6]", "[6]:[7]");
    }

    @Test
    void findsThreeEnglishSentencesMergedIntoOneArabic() {
        assertThat(align(doc(14, 5, 1, 3, false, false))).contains("[5, 6, 7]:[5]", "[8]:[6]");
    }

    @Test
    void findsOneEnglishSentenceSplitIntoThreeArabic() {
        assertThat(align(doc(14, 5, 3, 1, false, false))).contains("[5]:[5, 6, 7]", "[6]:[8]");
    }

    @Test
    void leavesAnEnglishSentenceWithoutTranslationUnaligned() {
        assertThat(align(doc(14, 5, 1, 1, false, true))).contains("[4]:[4]", "[5]:[]", "[6]:[5]");
    }

    @Test
    void leavesAnArabicSentenceWithoutSourceUnaligned() {
        assertThat(align(doc(14, 5, 1, 1, true, false))).contains("[4]:[4]", "[]:[5]", "[5]:[6]");
    }

    @Test
    void everyBeadHasAConfidenceBetweenZeroAndOne() {
        Alignment a = ALIGNER.align(doc(14, 5, 1, 2, false, false).en(), doc(14, 5, 1, 2, false, false).ar());
        assertThat(a.beads()).allSatisfy(b -> assertThat(b.score()).isBetween(0.0, 1.0));
    }

    @Test
    void beadsCoverBothSidesOnceInOrder() {
        Doc d = doc(14, 3, 1, 3, false, false);
        Alignment a = ALIGNER.align(d.en(), d.ar());
        int e = 0;
        int r = 0;
        for (Bead b : a.beads()) {
            assertThat(b.enStart()).isEqualTo(e);
            assertThat(b.arStart()).isEqualTo(r);
            e += b.enCount();
            r += b.arCount();
        }
        assertThat(e).isEqualTo(d.en().size());
        assertThat(r).isEqualTo(d.ar().size());
    }

    @Test
    void emptySideLeavesEverythingUnalignedWithAWarning() {
        Alignment a = ALIGNER.align(List.of("One.", "Two."), List.of());
        assertThat(a.beads()).extracting(Bead::toBeadString).containsExactly("[0]:[]", "[1]:[]");
        assertThat(a.warnings()).anyMatch(w -> w.contains("Arabic side has no sentences"));
    }

    @Test
    void wildlyMismatchedSizesLeaveEverythingUnalignedWithAWarning() {
        List<String> en = new ArrayList<>();
        List<String> ar = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            en.add(pairs.get(k)[0]);
        }
        for (int k = 0; k < 1000; k++) {
            ar.add(pairs.get(k % pairs.size())[1] + " " + k);
        }
        Alignment a = ALIGNER.align(en, ar);
        assertThat(a.warnings()).anyMatch(w -> w.contains("differ widely"));
        assertThat(a.beads().stream().mapToInt(Bead::arCount).sum()).isEqualTo(1000);
        assertThat(a.beads().stream().mapToInt(Bead::enCount).sum()).isEqualTo(10);
        assertThat(a.beads()).allMatch(Bead::isUnaligned);
    }
}
