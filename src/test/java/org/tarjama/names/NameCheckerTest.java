package org.tarjama.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryEntry;
import org.tarjama.model.TranslationUnit;

class NameCheckerTest {
    private static NameReport check(Glossary g, String... enAr) {
        return new NameChecker(g).run(NameReports.units(enAr).iterator(), 1);
    }

    @Test
    void oneRenderingIsConsistent() {
        NameReport r = check(null, "Rockets hit Haifa.", "أصابت صواريخ حيفا.", "Sirens in Haifa.", "صفارات في حيفا.");
        NameReport.Name n = NameReports.name(r, "Haifa");
        assertThat(n.status()).isEqualTo(NameReport.Status.CONSISTENT);
        assertThat(n.renderings()).singleElement().satisfies(x -> {
            assertThat(x.ar()).isEqualTo("حيفا");
            assertThat(x.count()).isEqualTo(2);
            assertThat(x.units()).containsExactly(1L, 2L);
        });
        assertThat(r.hasInconsistent()).isFalse();
    }

    @Test
    void procliticsDoNotMakeADifferentRendering() {
        NameReport r = check(null, "Reuters reported it.", "ذكرت رويترز ذلك.", "He told Reuters.", "وقال لرويترز.",
                "A Reuters count.", "وبحسب إحصاء رويترز.");
        NameReport.Name n = NameReports.name(r, "Reuters");
        assertThat(n.status()).isEqualTo(NameReport.Status.CONSISTENT);
        assertThat(n.renderings()).singleElement().extracting(NameReport.Rendering::count).isEqualTo(3L);
    }

    @Test
    void hamzaAndTaMarbutaVariantsAreSpelling() {
        NameReport r = check(null, "He left Israel.", "غادر إسرائيل.", "He visited Israel.", "زار اسرائيل.");
        NameReport.Name n = NameReports.name(r, "Israel");
        assertThat(n.status()).isEqualTo(NameReport.Status.SPELLING);
        assertThat(n.renderings()).extracting(NameReport.Rendering::ar).containsExactlyInAnyOrder("إسرائيل", "اسرائيل");
        assertThat(r.hasInconsistent()).isFalse();
    }

    @Test
    void anInsertedLongVowelIsSpelling() {
        NameReport r = check(null, "Netanyahu spoke.", "تحدث نتنياهو.", "Netanyahu said.", "قال نتنياهو.",
                "Netanyahu left.", "غادر نتانياهو.");
        NameReport.Name n = NameReports.name(r, "Netanyahu");
        assertThat(n.status()).isEqualTo(NameReport.Status.SPELLING);
        assertThat(n.renderings()).extracting(NameReport.Rendering::ar).containsExactly("نتنياهو", "نتانياهو");
        assertThat(n.renderings()).extracting(NameReport.Rendering::count).containsExactly(2L, 1L);
        assertThat(r.hasInconsistent()).isFalse();
    }

    @Test
    void aReplacedLongVowelIsInconsistent() {
        NameReport r = check(null, "Kavanaugh spoke.", "تحدث كافانو.", "Kavanaugh said.", "قال كافانو.",
                "Kavanaugh left.", "غادر كيفانو.");
        NameReport.Name n = NameReports.name(r, "Kavanaugh");
        assertThat(n.status()).isEqualTo(NameReport.Status.INCONSISTENT);
        assertThat(n.renderings()).extracting(NameReport.Rendering::ar).containsExactly("كافانو", "كيفانو");
        assertThat(r.hasInconsistent()).isTrue();
    }

    @Test
    void anotherLetterForASoundIsInconsistent() {
        NameReport r = check(null, "Birmingham won.", "فاز برمنجهام.", "Birmingham lost.", "خسر برمينغهام.");
        assertThat(NameReports.name(r, "Birmingham").status()).isEqualTo(NameReport.Status.INCONSISTENT);
    }

    @Test
    void aNameInOneUnitOnlyIsNotInconsistent() {
        // two renderings in one unit are one translator's choice in one place, not drift across the memory
        NameReport r = check(null, "Birmingham won in Birmingham.", "فاز برمنجهام في برمينغهام.");
        assertThat(NameReports.name(r, "Birmingham").status()).isNotEqualTo(NameReport.Status.INCONSISTENT);
    }

    @Test
    void aDifferentVowelSpellingOfAMultiWordNameIsSpelling() {
        // ألين / آلن: the long vowel ي inserted, the alef's madda a hamza spelling
        NameReport r = check(null, "General John Allen arrived.", "وصل الجنرال جون ألين.",
                "John Allen met officials.", "التقى جون آلن مسؤولين.");
        NameReport.Name n = NameReports.name(r, "John Allen");
        assertThat(n.status()).isEqualTo(NameReport.Status.SPELLING);
        assertThat(n.renderings()).extracting(NameReport.Rendering::ar).containsExactlyInAnyOrder("جون ألين", "جون آلن");
    }

    @Test
    void aPartialRenderingIsMarkedButIsAShortFormNotAnInconsistency() {
        NameReport r = check(null, "Abu Zuhri said so.", "قال أبو زهري ذلك.",
                "Abu Zuhri did not say more.", "ولم يذكر زهري المزيد.");
        NameReport.Name n = NameReports.name(r, "Abu Zuhri");
        assertThat(n.status()).isNotEqualTo(NameReport.Status.INCONSISTENT);
        assertThat(n.renderings()).extracting(NameReport.Rendering::ar, NameReport.Rendering::partial)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("أبو زهري", false),
                        org.assertj.core.groups.Tuple.tuple("زهري", true));
    }

    @Test
    void aNameLeftInLatinScriptIsItsOwnRendering() {
        NameReport r = check(null, "He works for Microsoft.", "يعمل لدى Microsoft.", "Microsoft said.", "قالت مايكروسوفت.");
        NameReport.Name n = NameReports.name(r, "Microsoft");
        assertThat(n.status()).isEqualTo(NameReport.Status.INCONSISTENT);
        assertThat(n.renderings()).extracting(NameReport.Rendering::ar).containsExactlyInAnyOrder("Microsoft", "مايكروسوفت");
    }

    @Test
    void aTranslatedExonymIsFoundThroughCldr() {
        NameReport r = check(null, "Officials in Jerusalem said no.", "قال مسؤولون في القدس لا.",
                "China and Germany agreed.", "اتفقت الصين وألمانيا.");
        assertThat(NameReports.name(r, "Jerusalem").renderings()).extracting(NameReport.Rendering::ar).containsExactly("القدس");
        assertThat(NameReports.name(r, "China").renderings()).extracting(NameReport.Rendering::ar).containsExactly("الصين");
        assertThat(NameReports.name(r, "Germany").renderings()).extracting(NameReport.Rendering::ar).containsExactly("ألمانيا");
        assertThat(r.hasInconsistent()).isFalse();
    }

    @Test
    void aNameNoScorerFindsIsUnrendered() {
        NameReport r = check(null, "Officials in Zanzibar said no.", "قال مسؤولون هناك لا.");
        NameReport.Name n = NameReports.name(r, "Zanzibar");
        assertThat(n.status()).isEqualTo(NameReport.Status.UNRENDERED);
        assertThat(n.renderings()).isEmpty();
    }

    @Test
    void theNisbaOfAYaCountryIsADerivedForm() {
        NameReport r = check(null, "Syria said no.", "قالت سوريا لا.", "Syria's army moved.", "تحرك الجيش السوري.",
                "Russia said yes.", "قالت روسيا نعم.", "Russia's envoy came.", "وصل المبعوث الروسي.");
        for (String c : List.of("Syria", "Russia")) {
            NameReport.Name n = NameReports.name(r, c);
            assertThat(n.status()).as(c).isEqualTo(NameReport.Status.CONSISTENT);
            assertThat(n.derived()).as(c).hasSize(1);
            assertThat(n.unrenderedUnits()).as(c).isEmpty();
        }
    }

    @Test
    void aTranslatedNameIsLearntFromCooccurrence() {
        List<String> units = new ArrayList<>();
        String[] en = {"Labour won the vote.", "Labour lost a seat.", "The leader of Labour spoke.", "Labour said no."};
        String[] ar = {"فاز حزب العمال بالتصويت.", "خسر حزب العمال مقعدا.", "تحدث زعيم حزب العمال.", "قال حزب العمال لا."};
        for (int i = 0; i < en.length; i++) {
            units.add(en[i]);
            units.add(ar[i]);
        }
        units.add("Others came.");
        units.add("جاء آخرون إلى الحزب.");
        List<TranslationUnit> tus = new ArrayList<>();
        for (int i = 0; i < units.size(); i += 2) {
            tus.add(TranslationUnit.of(String.valueOf(i / 2 + 1), "en", units.get(i), "ar", units.get(i + 1)));
        }
        NameReport r = NameChecker.check(null, org.tarjama.text.Transliteration.DEFAULT_THRESHOLD, tus::iterator, 1,
                x -> { });
        NameReport.Name n = NameReports.name(r, "Labour");
        assertThat(n.renderings()).extracting(NameReport.Rendering::ar).containsExactly("حزب العمال");
        assertThat(n.unrenderedUnits()).isEmpty();
    }

    /** Units about leagues: League is translated دوري in each, whichever league it is (the word-level lexicon). */
    private static final String[] LEAGUES = {
        "Liverpool won in the Europa League.", "فاز ليفربول في الدوري الأوروبي.",
        "The league fined the club.", "غرم الدوري النادي.",
        "Napoli lead the Serie A league.", "يتصدر نابولي الدوري الإيطالي.",
    };

    private static String[] with(String[] base, String... more) {
        String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }

    @Test
    void aTranslatedNameRenderedTwoWaysIsFoundThroughItsWordsAndIsInconsistent() {
        // Premier League is in two units only, too few to learn the name; League's translation is learnt from
        // every unit with the word, and marks where the name is in each unit
        NameReport r = NameReports.checkTwoPasses(with(LEAGUES,
                "Chelsea lost a Premier League game.", "خسر تشيلسي مباراة في الدوري الإنجليزي أمس.",
                "City lead the Premier League table.", "يتصدر سيتي جدول الدوري الممتاز الآن."));
        NameReport.Name n = NameReports.name(r, "Premier League");
        assertThat(n.renderings()).extracting(NameReport.Rendering::ar)
                .containsExactlyInAnyOrder("الدوري الإنجليزي", "الدوري الممتاز");
        assertThat(n.renderings()).allMatch(NameReport.Rendering::byWords);
        assertThat(n.status()).isEqualTo(NameReport.Status.INCONSISTENT);
        // seen once each: not suggested as a glossary entry
        assertThat(SuggestedGlossary.of(r).entries()).extracting(GlossaryEntry::en).doesNotContain("Premier League");
    }

    @Test
    void theSameTranslationFoundThroughTheWordsTwiceIsConsistent() {
        NameReport r = NameReports.checkTwoPasses(with(LEAGUES,
                "Chelsea lost a Premier League game.", "خسر تشيلسي مباراة في الدوري الممتاز أمس.",
                "City lead the Premier League table.", "يتصدر سيتي جدول الدوري الممتاز الآن."));
        NameReport.Name n = NameReports.name(r, "Premier League");
        assertThat(n.status()).isEqualTo(NameReport.Status.CONSISTENT);
        assertThat(n.renderings()).extracting(NameReport.Rendering::ar).containsExactly("الدوري الممتاز");
        assertThat(SuggestedGlossary.of(r).entries()).filteredOn(e -> e.en().equals("Premier League"))
                .extracting(GlossaryEntry::preferred).containsExactly("الدوري الممتاز");
    }

    @Test
    void anotherNamesTransliterationIsNotThisNamesTranslation() {
        // Hotel's companions are جندون سوباندونو (Gendon Subandono, named beside it in both units) as much as
        // الفندق: the words that transliterate the unit's other names are not the hotel's Arabic
        NameReport r = NameReports.checkTwoPasses(
                "Gendon Subandono ran the Roa Hotel.", "كان جندون سوباندونو يدير الفندق.",
                "Gendon Subandono left the Roa Hotel.", "غادر جندون سوباندونو الفندق.");
        NameReport.Name n = NameReports.name(r, "Roa Hotel");
        assertThat(n.renderings()).extracting(NameReport.Rendering::ar).containsExactly("الفندق");
    }

    @Test
    void learningOnTwoThreadsGivesTheSameReportAsOnOne() throws Exception {
        // the seed pairs, each unit with a running number so that batches (256 units) differ: 660 units
        List<TranslationUnit> tus = new ArrayList<>();
        List<String> lines = java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("src/test/resources/org/tarjama/names/seed-pairs.tsv"));
        for (int round = 0; round < 30; round++) {
            for (String l : lines) {
                String[] p = l.split("\t");
                if (p.length < 2) {
                    continue;
                }
                tus.add(TranslationUnit.of(String.valueOf(tus.size() + 1), "en", p[0] + " " + round, "ar", p[1]));
            }
        }
        NameReport one = NameChecker.check(null, org.tarjama.text.Transliteration.DEFAULT_THRESHOLD, tus::iterator, 1,
                x -> { });
        NameReport two = NameChecker.check(null, org.tarjama.text.Transliteration.DEFAULT_THRESHOLD, tus::iterator, 2,
                x -> { });
        assertThat(one.names()).isNotEmpty();
        assertThat(two).isEqualTo(one);
        NameLexicon a = NameLexicon.learn(tus.iterator(), new NameExtractor(), 1);
        NameLexicon b = NameLexicon.learn(tus.iterator(), new NameExtractor(), 3);
        for (NameReport.Name n : one.names()) {
            assertThat(b.words(n.en())).as(n.en()).isEqualTo(a.words(n.en()));
            for (String w : n.en().split(" ")) {
                assertThat(b.wordTranslations(w)).as(w).isEqualTo(a.wordTranslations(w));
            }
        }
        assertThat(b.possessiveNames()).isEqualTo(a.possessiveNames());
    }

    @Test
    void aDroppedNameIsUnrenderedForThatUnit() {
        NameReport r = check(null, "Rockets hit Haifa.", "أصابت صواريخ حيفا.", "Rockets hit Haifa again.", "أصابت الصواريخ المدينة مجددا.");
        NameReport.Name n = NameReports.name(r, "Haifa");
        assertThat(n.status()).isEqualTo(NameReport.Status.CONSISTENT);
        assertThat(n.unrenderedCount()).isEqualTo(1);
        assertThat(n.unrenderedUnits()).containsExactly(2L);
    }

    @Test
    void derivedAdjectivesAreNotADifferentRendering() {
        NameReport r = check(null, "He left Israel.", "غادر إسرائيل.", "Israel's blockade.", "الحصار الإسرائيلي.");
        NameReport.Name n = NameReports.name(r, "Israel");
        assertThat(n.status()).isEqualTo(NameReport.Status.CONSISTENT);
        assertThat(n.derived()).singleElement().extracting(NameReport.Rendering::ar).isEqualTo("الإسرائيلي");
    }

    @Test
    void aCapitalisedSentenceOpenerThatIsNoNameIsDropped() {
        NameReport r = check(null, "Sirens sounded in Haifa.", "دوت صفارات الإنذار في حيفا.");
        assertThat(r.names()).extracting(NameReport.Name::en).containsExactly("Haifa");
    }

    @Test
    void coOccurrenceBeatsACloserSoundMatch() {
        // عسقلان accompanies Ashkelon in every unit; أشكلون sounds closer but appears once, beside it
        NameReport r = check(null, "A rocket hit Ashkelon.", "أصاب صاروخ عسقلان.", "Sirens in Ashkelon.",
                "صفارات في عسقلان.", "Ashkelon was quiet.", "كانت عسقلان هادئة.",
                "Ashkelon was hit.", "قصفت عسقلان (أشكلون بالعبرية).");
        NameReport.Name n = NameReports.name(r, "Ashkelon");
        assertThat(n.status()).isEqualTo(NameReport.Status.CONSISTENT);
        assertThat(n.renderings()).singleElement().satisfies(x -> {
            assertThat(x.ar()).isEqualTo("عسقلان");
            assertThat(x.count()).isEqualTo(4);
        });
    }

    @Test
    void aGlossaryMakesEvenASingleUnapprovedRenderingInconsistent() {
        Glossary g = new Glossary("g.tsv", List.of(GlossaryEntry.of("Ashkelon", "عسقلان")));
        NameReport r = check(g, "A rocket hit Ashkelon.", "أصاب صاروخ أشكلون.");
        NameReport.Name n = NameReports.name(r, "Ashkelon");
        assertThat(n.status()).isEqualTo(NameReport.Status.INCONSISTENT);
        assertThat(n.approved()).containsExactly("عسقلان");
        assertThat(n.renderings()).singleElement().satisfies(x -> {
            assertThat(x.ar()).isEqualTo("أشكلون");
            assertThat(x.approved()).isFalse();
        });
    }

    @Test
    void aGlossaryFindsItsApprovedTranslationEvenWhenNotATransliteration() {
        Glossary g = new Glossary("g.tsv", List.of(GlossaryEntry.of("Jerusalem", "القدس")));
        NameReport r = check(g, "Officials in Jerusalem said no.", "قال مسؤولون في القدس لا.",
                "He went to Jerusalem.", "ذهب للقدس.");
        NameReport.Name n = NameReports.name(r, "Jerusalem");
        assertThat(n.status()).isEqualTo(NameReport.Status.CONSISTENT);
        assertThat(n.renderings()).singleElement().satisfies(x -> {
            assertThat(x.ar()).isEqualTo("القدس");
            assertThat(x.count()).isEqualTo(2);
        });
    }

    @Test
    void aGlossaryDerivedFormIsNotADifferentRendering() {
        Glossary g = new Glossary("g.tsv", List.of(new GlossaryEntry("Hamas", false, List.of("حماس"), List.of(), List.of(),
                List.of("حمساوي"), "", 1)));
        NameReport r = check(g, "Hamas fired.", "أطلقت حماس.", "A Hamas official.", "مسؤول حمساوي.");
        NameReport.Name n = NameReports.name(r, "Hamas");
        assertThat(n.status()).isEqualTo(NameReport.Status.CONSISTENT);
        assertThat(n.derived()).singleElement().extracting(NameReport.Rendering::ar).isEqualTo("حمساوي");
    }

    @Test
    void aGlossaryEnglishVariantCountsAsTheName() {
        Glossary g = new Glossary("g.tsv", List.of(new GlossaryEntry("Ashkelon", false, List.of("عسقلان"), List.of(),
                List.of(), List.of(), "", 1, List.of("Ashqelon"))));
        NameReport r = check(g, "A rocket hit Ashqelon.", "أصاب صاروخ عسقلان.");
        NameReport.Name n = NameReports.name(r, "Ashkelon");
        assertThat(n.status()).isEqualTo(NameReport.Status.CONSISTENT);
    }

    @Test
    void aGlossaryFormInAnotherSpellingIsSpelling() {
        Glossary g = new Glossary("g.tsv", List.of(GlossaryEntry.of("Gaza", "غزة")));
        NameReport r = check(g, "Gaza was hit.", "قصفت غزه.");
        assertThat(NameReports.name(r, "Gaza").status()).isEqualTo(NameReport.Status.SPELLING);
    }

    @Test
    void parallelRunGivesTheSameReport() {
        List<TranslationUnit> units = new ArrayList<>();
        for (int i = 1; i <= 1200; i++) {
            String ar = i % 7 == 0 ? "غادر نتانياهو." : "غادر نتنياهو.";
            units.add(TranslationUnit.of(String.valueOf(i), "en", "Netanyahu left.", "ar", ar));
        }
        NameReport one = new NameChecker(null).run(units.iterator(), 1);
        NameReport two = new NameChecker(null).run(units.iterator(), 2);
        assertThat(two).isEqualTo(one);
        assertThat(NameReports.name(one, "Netanyahu").renderings()).extracting(NameReport.Rendering::count).containsExactly(1029L, 171L);
    }

    @Test
    void latinNameInTheArabicIsFoundWhateverLowerCasingDoesToLengths() {
        // lower-cased, İ becomes two chars: the old search indexed a lower-cased copy and overran the original
        assertThat(NameCandidates.latinInArabic("Ab", "\u0130\u0130\u0130 ab")).isEqualTo("ab");
        assertThat(NameCandidates.latinInArabic("Xy", "\u0130\u0130\u0130\u0130 x")).isNull();
        assertThat(NameCandidates.latinInArabic("iPhone", "اشترى IPHONE جديدا")).isEqualTo("IPHONE");
        assertThat(NameCandidates.latinInArabic("Apple", "Pineapple و Apple")).isEqualTo("Apple");
    }
}
