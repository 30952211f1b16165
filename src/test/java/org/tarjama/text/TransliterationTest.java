package org.tarjama.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTest {
    private static final double T = Transliteration.DEFAULT_THRESHOLD;

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Reuters|رويترز",
        "Allen|ألين",
        "Allen|آلن",
        "Haifa|حيفا",
        "Netanyahu|نتنياهو",
        "Netanyahu|نتانياهو",
        "Ashkelon|أشكلون",
        "Ashkelon|عسقلان",
        "Hamas|حماس",
        "Israel|إسرائيل",
        "Gaza|غزة",
        "Gaza|غزه",
        "Tel Aviv|تل أبيب",
        "John Allen|جون ألين",
        "Sami Abu Zuhri|سامي أبو زهري",
        "Abu Zuhri|أبو زهري",
        "Afghanistan|أفغانستان",
        "France|فرنسا",
        "Obama|أوباما",
        "Abdullah|عبد الله",
        "Al-Qaeda|القاعدة",
        "Sadat|السادات",
        "Washington|واشنطن",
        "Qatar|قطر",
        "Philip|فيليب",
        "Khaled Meshaal|خالد مشعل",
        "Shalit|شاليط",
    })
    void scoresTrueRenderingsAboveTheThreshold(String en, String ar) {
        assertThat(Transliteration.similarity(en, ar)).isGreaterThanOrEqualTo(T);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Reuters|حماس",
        "Haifa|غزة",
        "Israel|رويترز",
        "Jerusalem|القدس",
        "Egypt|مصر",
        "Iron Dome|القبة الحديدية",
        "Allen|أشكلون",
        "Netanyahu|عباس",
        "Marine Corps|مشاة البحرية",
        "Germany|ألمانيا",
    })
    void scoresNonRenderingsBelowTheThreshold(String en, String ar) {
        assertThat(Transliteration.similarity(en, ar)).isLessThan(T);
    }

    @Test
    void staysWithinTheUnitInterval() {
        for (String[] p : new String[][] {{"A", "ببببببببب"}, {"Zzzzzzzz", "ا"}, {"x", "ك س"}, {"Haifa", "حيفا"}}) {
            assertThat(Transliteration.similarity(p[0], p[1])).isBetween(0.0, 1.0);
        }
    }

    @Test
    void givesZeroForEmptySides() {
        assertThat(Transliteration.similarity("", "حيفا")).isZero();
        assertThat(Transliteration.similarity("Haifa", "")).isZero();
        assertThat(Transliteration.similarity("Haifa", "123 ...")).isZero();
    }

    @Test
    void ignoresDiacriticsTatweelAndHamzaSeats() {
        assertThat(Transliteration.similarity("Haifa", "حَيْفـا")).isEqualTo(Transliteration.similarity("Haifa", "حيفا"));
        assertThat(Transliteration.similarity("Israel", "إسرائيل"))
                .isEqualTo(Transliteration.similarity("Israel", "اسرائيل"));
    }

    @Test
    void prefersTheFullRenderingToAPartialOne() {
        assertThat(Transliteration.similarity("Abu Zuhri", "أبو زهري"))
                .isGreaterThan(Transliteration.similarity("Abu Zuhri", "زهري"));
    }

    @Test
    void doubledEnglishConsonantsCostNothingExtra() {
        assertThat(Transliteration.similarity("Allen", "ألين")).isGreaterThan(0.9);
        assertThat(Transliteration.similarity("Abbas", "عباس")).isGreaterThan(0.9);
    }

    @Test
    void compiledNameScoresLikeTheStaticMethod() {
        TransliteratedName n = Transliteration.compile("Netanyahu");
        assertThat(n.similarity("نتنياهو")).isEqualTo(Transliteration.similarity("Netanyahu", "نتنياهو"));
        assertThat(n.words()).isEqualTo(1);
        assertThat(Transliteration.compile("Sami Abu Zuhri").words()).isEqualTo(3);
    }

    @Test
    void ranksTheRenderingFirstAndStripsTheProclitic() {
        List<Transliteration.Candidate> r = Transliteration.rank("Reuters",
                "وقال سامي أبو زهري المتحدث باسم حماس لرويترز إن الحركة لن توافق", 0);
        Transliteration.Candidate top = r.get(0);
        assertThat(top.rendering()).isEqualTo("رويترز");
        assertThat(top.surface()).isEqualTo("لرويترز");
        assertThat(top.score()).isGreaterThanOrEqualTo(T);
    }

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "Haifa|وحيفا|حيفا",
        "Haifa|فحيفا|حيفا",
        "Haifa|بحيفا|حيفا",
        "Haifa|لحيفا|حيفا",
        "Haifa|كحيفا|حيفا",
        "Haifa|وبحيفا|حيفا",
        "Reuters|لرويترز|رويترز",
        "Sadat|للسادات|السادات",
        "Sadat|والسادات|السادات",
        "Sadat|بالسادات|السادات",
        "Lawson|للوسون|لوسون",
    })
    void stripsProcliticsFromTheRendering(String en, String word, String rendering) {
        Transliteration.Candidate top = Transliteration.rank(en, "قال المسؤول " + word + " أمس", 0).get(0);
        assertThat(top.surface()).isEqualTo(word);
        assertThat(top.rendering()).isEqualTo(rendering);
    }

    @Test
    void aOneWordNameMaySpanTwoArabicWordsAfterAShortOne() {
        Transliteration.Candidate top = Transliteration.rank("Abdullah", "التقى الملك عبد الله الوفد", 0).get(0);
        assertThat(top.rendering()).isEqualTo("عبد الله");
    }

    @Test
    void rankingWithAFloorKeepsOnlyCandidatesAboveIt() {
        TransliteratedName n = Transliteration.compile("Netanyahu");
        ArabicSentence s = ArabicSentence.of("قال رئيس الوزراء نتنياهو إن الحكومة");
        List<Transliteration.Candidate> all = n.rank(s, 0, 0);
        List<Transliteration.Candidate> kept = n.rank(s, 0, T);
        assertThat(kept).extracting(Transliteration.Candidate::rendering).containsExactly("نتنياهو");
        assertThat(kept.get(0).score()).isEqualTo(all.get(0).score());
    }

    @Test
    void prunedSimilarityAgreesAboveTheFloor() {
        TransliteratedName n = Transliteration.compile("Ashkelon");
        for (String ar : new String[] {"أشكلون", "عسقلان", "حماس", "القبة الحديدية", "اشكول"}) {
            char[] a = Transliteration.prepareArabic(ar);
            double exact = n.similarity(a, 0, a.length);
            double pruned = n.similarity(a, 0, a.length, T);
            if (exact >= T) {
                assertThat(pruned).isEqualTo(exact);
            } else {
                assertThat(pruned).isLessThan(T);
            }
        }
    }

    @Test
    void prunedStringSimilarityAgreesAboveTheFloor() {
        TransliteratedName n = Transliteration.compile("Ashkelon");
        for (String ar : new String[] {"أشكلون", "عسقلان", "حماس", "القبة الحديدية", "اشكول"}) {
            double exact = n.similarity(ar);
            double pruned = n.similarity(ar, T);
            if (exact >= T) {
                assertThat(pruned).isEqualTo(exact);
            } else {
                assertThat(pruned).isLessThan(T);
            }
        }
    }

    @Test
    void aRankCacheGivesTheSameCandidatesAndAnswersRepeatedWords() {
        String[] names = {"Netanyahu", "Abu Zuhri", "Ashkelon", "Abdullah", "Jordan", "Sami Abu Zuhri"};
        String[] sentences = {"قال رئيس الوزراء نتنياهو إن الحكومة", "وقال سامي أبو زهري المتحدث باسم حماس لرويترز",
            "التقى الملك عبد الله الوفد في الأردن", "سقطت صواريخ على عسقلان وأشكلون", "قال نتنياهو وأبو زهري"};
        RankCache cache = new RankCache();
        List<TransliteratedName> compiled = new java.util.ArrayList<>();
        for (String en : names) {
            compiled.add(Transliteration.compile(en)); // the cache knows a name by its compiled object
        }
        for (int pass = 0; pass < 2; pass++) {
            for (TransliteratedName n : compiled) {
                String en = n.english();
                for (String ar : sentences) {
                    ArabicSentence s = ArabicSentence.of(ar);
                    for (double floor : new double[] {T, 0.8}) {
                        assertThat(n.rank(s, 0, floor, cache)).as("%s / %s / %s", en, ar, floor)
                                .isEqualTo(n.rank(s, 0, floor));
                    }
                }
            }
            if (pass == 0) {
                assertThat(cache.hits()).as("a first pass over distinct names and texts").isLessThan(cache.lookups());
            }
        }
        long firstPass = cache.lookups() / 2;
        assertThat(cache.hits()).as("the second pass is answered from the cache").isGreaterThanOrEqualTo(firstPass);
    }

    @Test
    void rankingWithAFloorDropsExactlyTheCandidatesBelowIt() {
        // the floor's lower bounds (letters no table row of the name writes, English letters no word's letters can
        // start) only skip work: the candidates kept are those of the unbounded ranking that reach the floor
        String[] names = {"Netanyahu", "Abu Zuhri", "Ashkelon", "Abdullah", "Jordan", "Sami Abu Zuhri", "John Allen",
            "Gaza Strip", "Hamas", "Ali", "Marine Corps", "Washington", "Khaled Meshaal", "UN", "Harrington"};
        String[] words = ("قال رئيس الوزراء نتنياهو إن الحكومة وقال سامي أبو زهري المتحدث باسم حماس لرويترز التقى الملك"
                + " عبد الله الوفد في الأردن سقطت صواريخ على عسقلان وأشكلون جون ألين قطاع غزة البحرية واشنطن خالد مشعل"
                + " للأمم المتحدة الأمريكي والولايات بالين هارينغتون علي فيالق").split(" ");
        java.util.Random r = new java.util.Random(5);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0, len = 3 + r.nextInt(25); k < len; k++) {
                sb.append(k > 0 ? " " : "").append(words[r.nextInt(words.length)]);
            }
            ArabicSentence s = ArabicSentence.of(sb.toString());
            TransliteratedName n = Transliteration.compile(names[r.nextInt(names.length)]);
            List<Transliteration.Candidate> all = n.rank(s, 0, 0);
            for (double floor : new double[] {0.5, T, 0.8}) {
                assertThat(n.rank(s, 0, floor)).as("%s / %s / %s", n.english(), sb, floor)
                        .isEqualTo(all.stream().filter(c -> c.score() >= floor).toList());
            }
        }
    }

    @Test
    void aFullRankCacheStartsOverAndStillGivesTheSameCandidates() {
        RankCache cache = new RankCache(3);
        TransliteratedName n = Transliteration.compile("Netanyahu");
        String[] words = {"نتنياهو", "نتانياهو", "نتنياهوه", "ناتنياهو", "نتن ياهو", "الحكومة"};
        for (int pass = 0; pass < 3; pass++) {
            for (String w : words) {
                ArabicSentence s = ArabicSentence.of("قال " + w + " أمس");
                assertThat(n.rank(s, 0, T, cache)).as(w).isEqualTo(n.rank(s, 0, T));
            }
        }
        assertThat(cache.lookups()).isGreaterThan(cache.hits());
    }

    @Test
    void ranksAMultiWordRenderingWhole() {
        Transliteration.Candidate top = Transliteration.rank("Abu Zuhri",
                "وقال سامي أبو زهري المتحدث باسم حماس لرويترز", 0).get(0);
        assertThat(top.rendering()).isEqualTo("أبو زهري");
        assertThat(top.endWord() - top.firstWord()).isEqualTo(2);
    }

    @Test
    void keepsTheArticleOfANameThatHasOne() {
        Transliteration.Candidate top = Transliteration.rank("Sadat", "وزار السادات القدس", 0).get(0);
        assertThat(top.rendering()).isEqualTo("السادات");
    }

    @Test
    void restoresTheArticleAfterTheLamPreposition() {
        Transliteration.Candidate top = Transliteration.rank("Quds", "وصل الوفد للقدس", 0).get(0);
        assertThat(top.surface()).isEqualTo("للقدس");
        assertThat(top.rendering()).isEqualTo("القدس");
    }

    @Test
    void neverTakesAFunctionWordForAName() {
        Transliteration.Candidate top = Transliteration.rank("Elle", "ذهب إلى ماري", 0).get(0);
        assertThat(top.rendering()).isNotEqualTo("إلى");
    }

    @Test
    void fullwidthAndLigatureLettersReadAsTheirPlainLetters() {
        assertThat(Transliteration.similarity("\uFF34\uFF4F\uFF4B\uFF59\uFF4F", "طوكيو"))
                .isEqualTo(Transliteration.similarity("Tokyo", "طوكيو")).isGreaterThanOrEqualTo(T);
        assertThat(Transliteration.similarity("\uFB01sher", "فيشر")).isEqualTo(Transliteration.similarity("Fisher", "فيشر"));
    }
}
