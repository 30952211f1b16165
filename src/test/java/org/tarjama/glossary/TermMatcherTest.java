package org.tarjama.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.glossary.TermMatcher.ArabicMatch;
import org.tarjama.glossary.TermMatcher.Kind;

/** One test per normalisation and clitic rule of the matcher, plus the CheckMate failure cases. */
class TermMatcherTest {
    static final GlossaryEntry HAMAS = new GlossaryEntry("Hamas", false, List.of("حماس"), List.of(), List.of(),
            List.of("حمساوي"), "", 1);
    static final GlossaryEntry IRON_DOME = GlossaryEntry.of("Iron Dome", "القبة الحديدية");
    static final GlossaryEntry ASHKELON = new GlossaryEntry("Ashkelon", false, List.of("عسقلان"), List.of(),
            List.of("أشكلون"), List.of(), "", 3);
    static final GlossaryEntry ISRAEL = GlossaryEntry.of("Israel", "إسرائيل");
    static final GlossaryEntry GAZA = GlossaryEntry.of("Gaza", "غزة");
    static final GlossaryEntry GAZA_STRIP = GlossaryEntry.of("Gaza Strip", "قطاع غزة");
    static final GlossaryEntry TEL_AVIV = GlossaryEntry.of("Tel Aviv", "تل أبيب");
    static final GlossaryEntry ZUHRI = GlossaryEntry.of("Sami Abu Zuhri", "سامي أبو زهري");
    static final GlossaryEntry JERUSALEM = GlossaryEntry.of("Jerusalem", "القدس");
    static final GlossaryEntry LEBANON = GlossaryEntry.of("Lebanon", "لبنان");
    static final GlossaryEntry GERMANY = GlossaryEntry.of("Germany", "ألمانيا");
    static final GlossaryEntry HAIFA = GlossaryEntry.of("Haifa", "حيفا");
    static final GlossaryEntry UNITED_STATES = new GlossaryEntry("United States", false, List.of("الولايات المتحدة"),
            List.of(), List.of(), List.of(), "", 0, List.of("US"));

    static final TermMatcher M = TermMatcher.of(HAMAS, IRON_DOME, ASHKELON, ISRAEL, GAZA, GAZA_STRIP, TEL_AVIV, ZUHRI,
            JERUSALEM, LEBANON, GERMANY, HAIFA, UNITED_STATES);

    private static List<ArabicMatch> ar(GlossaryEntry e, String s) {
        return M.findArabic(e, s);
    }

    private static boolean approved(GlossaryEntry e, String s) {
        return ar(e, s).stream().anyMatch(m -> m.kind() == Kind.APPROVED);
    }

    private static int english(GlossaryEntry e, String s) {
        return M.findEnglish(e, s).size();
    }

    // ---- normalisation

    @Test
    void ignoresHarakat() {
        assertThat(approved(HAMAS, "قالت حَمَاس")).isTrue();
    }

    @Test
    void ignoresTatweel() {
        assertThat(approved(HAMAS, "قالت حمـــاس")).isTrue();
    }

    @Test
    void ignoresBidiMarksAndZeroWidthCharacters() {
        assertThat(approved(HAMAS, "قالت ح\u200Fما\u200Bس")).isTrue();
    }

    @Test
    void readsPresentationForms() {
        // ﺣﻤﺎﺱ: Arabic presentation forms B of حماس
        assertThat(approved(HAMAS, "قالت \uFEA3\uFEE4\uFE8E\uFEB1")).isTrue();
    }

    @Test
    void foldsAlefWithHamzaToBareAlef() {
        assertThat(approved(ISRAEL, "قالت اسرائيل")).isTrue();
        assertThat(approved(GERMANY, "من المانيا")).isTrue();
    }

    @Test
    void foldsAlefMaksuraAndYeh() {
        GlossaryEntry musa = GlossaryEntry.of("Musa", "موسى");
        assertThat(TermMatcher.of(musa).findArabic("قال موسي")).hasSize(1);
    }

    @Test
    void foldsTehMarbutaAndHeh() {
        assertThat(approved(GAZA, "في غزه")).isTrue();
    }

    @Test
    void foldsHamzaSeats() {
        GlossaryEntry e = GlossaryEntry.of("Raed", "رائد");
        assertThat(TermMatcher.of(e).findArabic("قال رايد")).hasSize(1);
    }

    @Test
    void foldsPersianLettersToArabic() {
        GlossaryEntry e = GlossaryEntry.of("Haifa", "حيفا");
        assertThat(TermMatcher.of(e).findArabic("في حی\u0641ا")).hasSize(1); // FARSI YEH
    }

    @Test
    void treatsNoBreakSpaceAsSpace() {
        assertThat(approved(TEL_AVIV, "على تل\u00A0أبيب")).isTrue();
    }

    @Test
    void mapsSpansBackToTheOriginalText() {
        String s = "قالت حَمَـاس";
        ArabicMatch m = ar(HAMAS, s).get(0);
        assertThat(m.span().of(s)).isEqualTo("حَمَـاس");
    }

    // ---- proclitics

    @Test
    void acceptsConjunctionWaw() {
        assertThat(approved(HAMAS, "إسرائيل وحماس")).isTrue();
    }

    @Test
    void acceptsConjunctionFa() {
        assertThat(approved(HAMAS, "فحماس قالت")).isTrue();
    }

    @Test
    void acceptsPrepositionsBaLamKaf() {
        assertThat(approved(HAMAS, "بحماس")).isTrue();
        assertThat(approved(HAMAS, "لحماس")).isTrue();
        assertThat(approved(HAMAS, "كحماس")).isTrue();
    }

    @Test
    void acceptsChainsOfConjunctionAndPreposition() {
        assertThat(approved(HAMAS, "وبحماس")).isTrue();
        assertThat(approved(HAMAS, "ولحماس")).isTrue();
        assertThat(approved(HAMAS, "فبحماس")).isTrue();
    }

    @Test
    void keepsTheArticleOfATermThatHasItBehindProclitics() {
        assertThat(approved(JERUSALEM, "بالقدس")).isTrue();
        assertThat(approved(JERUSALEM, "والقدس")).isTrue();
        assertThat(approved(IRON_DOME, "والقبة الحديدية")).isTrue();
    }

    @Test
    void readsLamPlusArticleAsLamLam() {
        assertThat(approved(IRON_DOME, "للقبة الحديدية")).isTrue();
        assertThat(approved(JERUSALEM, "وللقدس")).isTrue();
    }

    @Test
    void readsLamPlusArticleBeforeALamInitialName() {
        GlossaryEntry latakia = GlossaryEntry.of("Latakia", "اللاذقية");
        assertThat(TermMatcher.of(latakia).findArabic("وصل للاذقية")).hasSize(1);
        assertThat(TermMatcher.of(latakia).findArabic("وصل إلى اللاذقية")).hasSize(1);
    }

    @Test
    void neverAddsTheArticleToATermWithoutIt() {
        assertThat(ar(HAMAS, "الحماس")).isEmpty();
        assertThat(ar(HAMAS, "بالحماس")).isEmpty();
        assertThat(ar(HAMAS, "للحماس")).isEmpty();
    }

    @Test
    void doesNotTakeTheHamzaAlefOfAlmaniaForTheArticle() {
        assertThat(approved(GERMANY, "وألمانيا")).isTrue();
        assertThat(ar(GERMANY, "مانيا")).isEmpty();
    }

    @Test
    void putsProcliticsOnTheFirstWordOnly() {
        assertThat(approved(IRON_DOME, "القبة والحديدية")).isFalse();
    }

    @Test
    void treatsTheKunyaCaseFormsAsOneWord() {
        assertThat(approved(ZUHRI, "قال سامي أبو زهري")).isTrue();
        assertThat(approved(ZUHRI, "إن سامي أبا زهري")).isTrue();
        assertThat(approved(ZUHRI, "عن سامي أبي زهري")).isTrue();
    }

    @Test
    void needsTheWordsOfAMultiWordTermInSequenceSeparatedByWhitespaceOnly() {
        assertThat(approved(IRON_DOME, "القبة  الحديدية")).isTrue();
        assertThat(approved(IRON_DOME, "القبة، الحديدية")).isFalse();
        assertThat(approved(IRON_DOME, "القبة الصاروخية الحديدية")).isFalse();
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(ar(HAMAS, "حماسة")).isEmpty();
        assertThat(ar(HAMAS, "بحماسة")).isEmpty();
        assertThat(ar(LEBANON, "شرب اللبن")).isEmpty();
    }

    @Test
    void prefersTheLongestTerm() {
        List<ArabicMatch> all = M.findArabic("في قطاع غزة");
        assertThat(all).extracting(ArabicMatch::entry).containsExactly(GAZA_STRIP);
    }

    // ---- derived forms

    @Test
    void findsRegularNisbaFormsAsDerived() {
        assertThat(ar(ASHKELON, "مواطن عسقلاني")).extracting(ArabicMatch::kind).containsExactly(Kind.DERIVED);
        assertThat(ar(ISRAEL, "الجيش الإسرائيلي")).extracting(ArabicMatch::kind).containsExactly(Kind.DERIVED);
        assertThat(ar(ISRAEL, "والإسرائيليين")).extracting(ArabicMatch::kind).containsExactly(Kind.DERIVED);
        assertThat(ar(GAZA, "سكان غزيون")).extracting(ArabicMatch::kind).containsExactly(Kind.DERIVED);
        assertThat(ar(LEBANON, "لبنانيون")).extracting(ArabicMatch::kind).containsExactly(Kind.DERIVED);
        assertThat(ar(HAIFA, "حيفاوي")).extracting(ArabicMatch::kind).containsExactly(Kind.DERIVED);
    }

    @Test
    void findsIrregularDerivedFormsAndTheirInflections() {
        assertThat(ar(HAMAS, "قيادي حمساوي")).extracting(ArabicMatch::kind).containsExactly(Kind.DERIVED);
        assertThat(ar(HAMAS, "الحمساويون")).extracting(ArabicMatch::kind).containsExactly(Kind.DERIVED);
    }

    @Test
    void irregularDerivedFormsReplaceTheNisbaRule() {
        assertThat(ar(HAMAS, "خطاب حماسي")).isEmpty(); // حماسي is "enthusiastic"
    }

    @Test
    void findsForbiddenVariants() {
        assertThat(ar(ASHKELON, "بلدة أشكلون")).extracting(ArabicMatch::kind).containsExactly(Kind.FORBIDDEN);
    }

    // ---- English

    @Test
    void matchesEnglishCaseInsensitively() {
        assertThat(english(HAMAS, "HAMAS said")).isEqualTo(1);
        assertThat(english(IRON_DOME, "the iron dome system")).isEqualTo(1);
    }

    @Test
    void matchesEnglishBeforePossessivesAndPunctuation() {
        assertThat(english(HAMAS, "Hamas's leaders")).isEqualTo(1);
        assertThat(english(HAMAS, "Hamas’ leaders")).isEqualTo(1);
        assertThat(english(ASHKELON, "a rocket hit Ashkelon.")).isEqualTo(1);
        assertThat(english(ASHKELON, "(Ashkelon), Ashkelon; \"Ashkelon\"")).isEqualTo(3);
    }

    @Test
    void matchesEnglishWholeWordsOnly() {
        assertThat(english(ISRAEL, "Israeli officials")).isZero();
        assertThat(english(HAMAS, "Hamasville")).isZero();
    }

    @Test
    void acceptsHyphenOrSpaceBetweenEnglishWords() {
        assertThat(english(TEL_AVIV, "rockets at Tel-Aviv")).isEqualTo(1);
        assertThat(english(TEL_AVIV, "rockets at Tel  Aviv")).isEqualTo(1);
        assertThat(english(TEL_AVIV, "rockets at Tel, Aviv")).isZero();
    }

    @Test
    void ignoresAccentsInEnglish() {
        assertThat(english(ZUHRI, "Sāmī Abū Zuhrī said")).isEqualTo(1);
    }

    @Test
    void treatsTypographicApostrophesAsApostrophesInsideTerms() {
        GlossaryEntry vineyard = GlossaryEntry.of("Martha's Vineyard", "مارثاز فينيارد");
        assertThat(TermMatcher.of(vineyard).findEnglish("on Martha’s Vineyard")).hasSize(1);
    }

    @Test
    void matchesDottedAcronyms() {
        GlossaryEntry us = new GlossaryEntry("United States", false, List.of("الولايات المتحدة"), List.of(), List.of(),
                List.of(), "", 0, List.of("U.S."));
        TermMatcher m = TermMatcher.of(us);
        assertThat(m.findEnglish("the U.S. draft")).hasSize(1);
        assertThat(m.findEnglish("tell u.s. more")).isEmpty();
    }

    @Test
    void matchesAcronymsCaseSensitively() {
        assertThat(english(UNITED_STATES, "US officials said")).isEqualTo(1);
        assertThat(english(UNITED_STATES, "they told us")).isZero();
    }

    @Test
    void prefersTheLongestEnglishTerm() {
        assertThat(M.findEnglish("rebuilding the Gaza Strip")).extracting(TermMatcher.EnglishMatch::entry)
                .containsExactly(GAZA_STRIP);
    }

    @Test
    void reportsEnglishSpans() {
        String s = "Hamas's rockets";
        assertThat(M.findEnglish(s).get(0).span().of(s)).isEqualTo("Hamas");
    }

    // ---- partial hints

    @Test
    void hintsAtAWordOfAMultiWordTermFoundAlone() {
        TermMatcher.ArabicAnalysis a = M.analyzeArabic("أسقطتها القبة");
        assertThat(a.matches()).isEmpty();
        assertThat(a.partials(IRON_DOME)).hasSize(1);
    }
}
