package org.tarjama.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SrxSentenceSegmenterTest {
    private static final SentenceSegmenter AR = Segmenters.forLanguage("ar");
    private static final SentenceSegmenter EN = Segmenters.forLanguage("en");

    private static List<String> split(SentenceSegmenter s, String paragraph) {
        return s.segment(paragraph).stream().map(Sentence::text).toList();
    }

    @Nested
    class Arabic {
        @Test
        void breaksAfterFullStop() {
            assertThat(split(AR, "وصل الجنرال أمس. وقال إنه متفائل."))
                    .containsExactly("وصل الجنرال أمس.", "وقال إنه متفائل.");
        }

        @Test
        void breaksAfterExclamationMark() {
            assertThat(split(AR, "يا له من يوم! عاد الجميع.")).containsExactly("يا له من يوم!", "عاد الجميع.");
        }

        @Test
        void breaksAfterArabicQuestionMark() {
            assertThat(split(AR, "هل انتهت الحرب؟ لا أحد يعرف.")).containsExactly("هل انتهت الحرب؟", "لا أحد يعرف.");
        }

        @Test
        void breaksAfterLatinQuestionMark() {
            assertThat(split(AR, "هل انتهت الحرب? لا أحد يعرف.")).containsExactly("هل انتهت الحرب?", "لا أحد يعرف.");
        }

        @Test
        void breaksAfterEllipsis() {
            assertThat(split(AR, "وانتظر الجميع… ثم جاء الخبر.")).containsExactly("وانتظر الجميع…", "ثم جاء الخبر.");
        }

        @Test
        void breaksAfterArabicFullStop() {
            assertThat(split(AR, "انتهى الاجتماع۔ وعاد الوفد.")).containsExactly("انتهى الاجتماع۔", "وعاد الوفد.");
        }

        @Test
        void keepsClosingQuotesAndBracketsWithTheSentence() {
            assertThat(split(AR, "قال: «انتهى الأمر.» ثم غادر.")).containsExactly("قال: «انتهى الأمر.»", "ثم غادر.");
            assertThat(split(AR, "قال “انتهى الأمر.” ثم غادر.")).containsExactly("قال “انتهى الأمر.”", "ثم غادر.");
            assertThat(split(AR, "وأن ‘الجهود تتقدم’. ثم غادر.")).containsExactly("وأن ‘الجهود تتقدم’.", "ثم غادر.");
            assertThat(split(AR, "(وصل الوفد.) ثم غادر.")).containsExactly("(وصل الوفد.)", "ثم غادر.");
            assertThat(split(AR, "[وصل الوفد.] ثم غادر.")).containsExactly("[وصل الوفد.]", "ثم غادر.");
        }

        @Test
        void neverBreaksInsideNumbers() {
            assertThat(split(AR, "قتل 2,000 شخص وبلغت النسبة 3.5 بالمئة و٣٫٥ أيضا.")).hasSize(1);
        }

        @Test
        void doesNotBreakAfterArabicAbbreviations() {
            assertThat(split(AR, "قال د. أحمد إن الوضع صعب.")).hasSize(1);
            assertThat(split(AR, "بني عام 1950 م. في القاهرة.")).hasSize(1);
            assertThat(split(AR, "انظر ص. 12 من التقرير.")).hasSize(1);
        }

        @Test
        void doesNotBreakAfterLatinInitialInArabicText() {
            assertThat(split(AR, "التقى جون F. Kennedy بالوفد.")).hasSize(1);
        }

        @Test
        void arabicCommaAndSemicolonDoNotEndSentences() {
            assertThat(split(AR, "وصل الوفد، ثم غادر؛ وبقي الآخرون.")).hasSize(1);
        }

        @Test
        void aLabelBeforeAQuestionIsASegmentOfItsOwn() {
            assertThat(split(AR, "سؤال وجواب: ماذا حدث بعد الانتخابات الايرانية؟ طرح الكثير من التساؤلات."))
                    .containsExactly("سؤال وجواب:", "ماذا حدث بعد الانتخابات الايرانية؟", "طرح الكثير من التساؤلات.");
        }

        @Test
        void aDatelineWithAClockTimeEndsAtItsColon() {
            assertThat(split(AR, "الاحد, 21 فبراير/ شباط, 2010, 05:01 GMT الصنداي تايمز: رئيس الموساد قد يصبح ضحية الحرب السرية."))
                    .containsExactly("الاحد, 21 فبراير/ شباط, 2010, 05:01 GMT الصنداي تايمز:", "رئيس الموساد قد يصبح ضحية الحرب السرية.");
        }

        @Test
        void aHeadlineLabelAndAQuotationAfterAVerbOfSayingKeepTheirColon() {
            assertThat(split(AR, "كاني ويست: مغني الراب يغير اسمه إلى يي.")).hasSize(1);
            assertThat(split(AR, "وقال الرئيس: هل نقبل بهذا؟ لا.")).containsExactly("وقال الرئيس: هل نقبل بهذا؟", "لا.");
        }

        @Test
        void twoQuotationsInARowAreTwoSentencesEvenWithoutAStop() {
            assertThat(split(AR, "قالت: \"لم نفعل ذلك\" \"لربما لم تفعل\""))
                    .containsExactly("قالت: \"لم نفعل ذلك\"", "\"لربما لم تفعل\"");
        }

        @Test
        void aClosedQuoteFollowedByAVerbOfSayingStartsANewSentence() {
            assertThat(split(AR, "قال إن \"الأمر انتهى\" وأضاف أن الوفد غادر."))
                    .containsExactly("قال إن \"الأمر انتهى\"", "وأضاف أن الوفد غادر.");
            // a quotation inside a sentence, followed by anything else, does not end it
            assertThat(split(AR, "وصف الأمر بأنه \"كارثي\" وطالب بالتحقيق.")).hasSize(1);
        }

        @Test
        void bidiMarksDoNotHideASentenceEnd() {
            List<Sentence> s = AR.segment("وصل الوفد.\u200F ثم غادر.\u200E");
            assertThat(s).extracting(Sentence::text).containsExactly("وصل الوفد.\u200F", "ثم غادر.\u200E");
        }

        @Test
        void presentationFormsDoNotHideASentenceEnd() {
            // ﺣﻤﺎﺱ (Hamas in presentation forms) then a stop
            assertThat(split(AR, "قالت \uFEA3\uFEE4\uFE8E\uFEB1. ثم غادر الوفد."))
                    .containsExactly("قالت \uFEA3\uFEE4\uFE8E\uFEB1.", "ثم غادر الوفد.");
        }
    }

    @Nested
    class English {
        @Test
        void breaksAfterStopQuestionAndExclamation() {
            assertThat(split(EN, "He left. Did he? Yes!")).containsExactly("He left.", "Did he?", "Yes!");
        }

        @Test
        void doesNotBreakAfterTitles() {
            assertThat(split(EN, "Mr. Smith met Dr. Jones and Gen. Allen with Sen. Reed.")).hasSize(1);
        }

        @Test
        void doesNotBreakAfterDottedAbbreviations() {
            assertThat(split(EN, "U.S. forces and U.N. monitors arrived.")).hasSize(1);
            assertThat(split(EN, "They met at 10 a.m. on Monday and left at 4 p.m. today.")).hasSize(1);
        }

        @Test
        void doesNotBreakAfterNumberAbbreviation() {
            assertThat(split(EN, "Resolution No. 1860 was adopted.")).hasSize(1);
        }

        @Test
        void doesNotBreakAfterEtcEgIe() {
            assertThat(split(EN, "Cities, e.g. Haifa, i.e. the north, etc. were hit.")).hasSize(1);
        }

        @Test
        void doesNotBreakAfterInitials() {
            assertThat(split(EN, "John F. Kennedy spoke.")).containsExactly("John F. Kennedy spoke.");
        }

        @Test
        void doesNotBreakInsideDecimals() {
            assertThat(split(EN, "Growth was 3.5 percent. It fell.")).containsExactly("Growth was 3.5 percent.", "It fell.");
        }

        @Test
        void ellipsisBeforeLowerCaseDoesNotBreak() {
            assertThat(split(EN, "He waited... and waited. Then he left."))
                    .containsExactly("He waited... and waited.", "Then he left.");
        }

        @Test
        void keepsClosingQuotesWithTheSentence() {
            assertThat(split(EN, "He said: \"It is over.\" Then he left."))
                    .containsExactly("He said: \"It is over.\"", "Then he left.");
            assertThat(split(EN, "‘Efforts are moving forward.’ He said so."))
                    .containsExactly("‘Efforts are moving forward.’", "He said so.");
        }

        @Test
        void aHeadlineRunIntoItsParagraphIsSplitOnlyWhenAskedFor() {
            // "Police" opens sentences and names alike ("the Baton Rouge Police Department"): only the
            // opt-in headline rule cuts before it.
            String p = "Police arrest suspect in player's death Police have arrested a suspect in the shooting.";
            assertThat(split(EN, p)).containsExactly(p);
            assertThat(split(Segmenters.forLanguage("en", true), p))
                    .containsExactly("Police arrest suspect in player's death", "Police have arrested a suspect in the shooting.");
        }

        @Test
        void aSentenceOpeningWordCapitalisedMidSentenceBeforeALowerCaseWordStartsASentence() {
            assertThat(split(EN, "Volcano spews ash on Mexico City The ash has reached the capital."))
                    .containsExactly("Volcano spews ash on Mexico City", "The ash has reached the capital.");
            assertThat(split(EN, "Death toll from tsunami rises to 832 There were fears it would rise."))
                    .containsExactly("Death toll from tsunami rises to 832", "There were fears it would rise.");
            assertThat(split(EN, "Rapper changes his name to 'Ye' It is the word he reads most."))
                    .containsExactly("Rapper changes his name to 'Ye'", "It is the word he reads most.");
        }

        @Test
        void aSentenceOpeningWordInANameOrTitleDoesNotStartASentence() {
            assertThat(split(EN, "In New York The Times reported it first.")).hasSize(1);
            assertThat(split(EN, "The court in The Hague ruled on it.")).hasSize(1);
            assertThat(split(EN, "They watched It Happened One Night again.")).hasSize(1);
            assertThat(split(EN, "Plan A was better than the A team thought.")).hasSize(1);
            assertThat(split(EN, "And He said unto them, follow me.")).hasSize(1);
            assertThat(split(EN, "The report, The analysis and more.")).hasSize(1);
        }

        @Test
        void aCapitalLetterWithAStopEndsTheSentenceBeforeThe() {
            assertThat(split(EN, "Most pupils achieved a grade A. The data came from 74 schools."))
                    .containsExactly("Most pupils achieved a grade A.", "The data came from 74 schools.");
            assertThat(split(EN, "John F. Kennedy and J. K. Rowling met.")).hasSize(1);
        }

        @Test
        void namesThatRunIntoACapitalisedWordAreNotSplitByDefault() {
            assertThat(split(EN, "He said the Baton Rouge Police Department said so.")).hasSize(1);
            assertThat(split(EN, "In New York The Times reported it first.")).hasSize(1);
        }

        @Test
        void aDottedAbbreviationEndsTheSentenceBeforeASentenceOpeningWord() {
            assertThat(split(EN, "I live in the U.S. How about you?")).containsExactly("I live in the U.S.", "How about you?");
            assertThat(split(EN, "I work for the U.S. Government in Virginia.")).hasSize(1);
        }

        @Test
        void numeroIsAnAbbreviationBeforeANumber() {
            assertThat(split(EN, "You can find it at N°. 1026.253.553. That is where the treasure is."))
                    .containsExactly("You can find it at N°. 1026.253.553.", "That is where the treasure is.");
        }

        @Test
        void theStandalonePronounIEndsASentenceButAnInitialIDoesNot() {
            assertThat(split(EN, "We make a good team, you and I. Did you see Albert I. Jones yesterday?"))
                    .containsExactly("We make a good team, you and I.", "Did you see Albert I. Jones yesterday?");
        }

        @Test
        void anExclamationMarkBeforeALowerCaseWordDoesNotEndTheSentence() {
            assertThat(split(EN, "She works at Yahoo! in the accounting department.")).hasSize(1);
        }

        @Test
        void spacedEllipsesAreOmissionsAndFourDotsEndASentence() {
            assertThat(split(EN, "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."))
                    .hasSize(1);
            assertThat(split(EN, "Indicate the end of the sentence with a period . . . . Next sentence.")).hasSize(2);
            assertThat(split(EN, "It was weakened . . . was that of combining words into compounds. . . . The practice was not abandoned. . . ."))
                    .containsExactly("It was weakened . . . was that of combining words into compounds.", ". . . The practice was not abandoned. . . .");
        }

        @Test
        void aCitationAfterAQuotationStaysWithIt() {
            assertThat(split(EN, "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).")).hasSize(1);
        }

        @Test
        void aStopWithoutASpaceBeforeACapitalisedWordEndsASentenceButNotInAnEmailAddress() {
            assertThat(split(EN, "Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot."))
                    .containsExactly("Hello world.", "Today is Tuesday.", "Mr. Smith went to the store and bought 1,000.", "That is a lot.");
            assertThat(split(EN, "Her email is Jane.Doe@example.com. I sent her an email."))
                    .containsExactly("Her email is Jane.Doe@example.com.", "I sent her an email.");
        }

        @Test
        void aRunInListIsCutBeforeEachItemMarker() {
            assertThat(split(EN, "1.) The first item 2.) The second item")).containsExactly("1.) The first item", "2.) The second item");
            assertThat(split(EN, "1. The first item. 2. The second item.")).containsExactly("1. The first item.", "2. The second item.");
            assertThat(split(EN, "a. The first item b. The second item c. The third list item")).hasSize(3);
            assertThat(split(EN, "• 9. The first item • 10. The second item")).containsExactly("• 9. The first item", "• 10. The second item");
        }

        @Test
        void aNumberThatDoesNotContinueAListIsNotAnItemMarker() {
            assertThat(split(EN, "See chapter 2. The rest is in 4. Then stop.")).containsExactly("See chapter 2.", "The rest is in 4.", "Then stop.");
            assertThat(split(EN, "1. The first item is in chapter 3. The end.")).containsExactly("1. The first item is in chapter 3.", "The end.");
        }
    }

    @Test
    void offsetsPointIntoTheParagraphAndWhitespaceAtEdgesIsTrimmed() {
        String p = "  He left.   Did he?  ";
        List<Sentence> s = EN.segment(p);
        assertThat(s).hasSize(2);
        for (Sentence x : s) {
            assertThat(p.substring(x.start(), x.end())).isEqualTo(x.text());
        }
        assertThat(s.get(0).start()).isEqualTo(2);
    }

    @Test
    void blankParagraphHasNoSentences() {
        assertThat(EN.segment("")).isEmpty();
        assertThat(EN.segment("   ")).isEmpty();
    }

    @Test
    void seedArticleSegmentsExactlyIntoTheGoldSentences() throws IOException {
        assertThat(segmentAll(AR, read("seed.raw.ar"))).containsExactlyElementsOf(read("seed.ar"));
        assertThat(segmentAll(EN, read("seed.raw.en"))).containsExactlyElementsOf(read("seed.en"));
    }

    private static List<String> segmentAll(SentenceSegmenter s, List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            out.addAll(split(s, p));
        }
        return out;
    }

    static List<String> read(String name) throws IOException {
        try (InputStream in = SrxSentenceSegmenterTest.class.getResourceAsStream("/org/tarjama/seed/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
