package org.tarjama.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What makes a name inconsistent (issue 12, held-out precision): a partial rendering that sounds like none of the
 * name's words (the Panama of the unit for Dominican Republic), or partial renderings alone (pieces of one name in
 * units whose text lost spaces), say nothing about how the name is rendered; a transliterated English article does
 * not hide a spelling variant (ذا هيل, ذا هل for The Hill). The units are from NTREX-128 (newstest2019 English and
 * its Arabic reference, CC BY-SA 4.0, Federmann et al. 2022), ntrex_dev documents outside the dev memory.
 */
class DecisiveRenderingTest {
    @Test
    void aPartialRenderingThatSoundsLikeNoneOfTheNamesWordsDoesNotMakeItInconsistent() {
        NameReport r = NameReports.checkTwoPasses(
                "Diplomats noted that the Dominican Republic and Panama had already recognized Beijing, with little"
                        + " pushback from Washington.",
                "لاحظ الدبلوماسيون أن جمهورية الدومينيكان وبنما قد تعترفا بالفعل ببكين، عند قليل من الضغط من واشنطن.",
                "State Department officials decided to call back the American chiefs of diplomatic missions from El"
                        + " Salvador, the Dominican Republic and Panama over the \"recent decisions to no longer"
                        + " recognize Taiwan,\" Heather Nauert, the department's spokeswoman, said in a statement early"
                        + " this month.",
                "وصرحت هيذر نويرت، المتحدثة باسم الوزارة، في بيان صدر في وقت مبكر من هذا الشهر، إن مسؤولي وزارة الخارجية"
                        + " قرروا استدعاء رؤساء البعثات الدبلوماسية الأمريكية من السلفادور وجمهورية الدومينيكان وبنما بشأن"
                        + " \"القرارات الأخيرة بعدم الاعتراف بتايوان\".",
                "And the three American envoys quietly returned to El Salvador, Panama and the Dominican Republic with"
                        + " no new tough messages or punishments from Washington.",
                "وعاد المبعوثون الأمريكيون الثلاثة بهدوء إلى السلفادور وبنما والجمهورية الدومينيكية دون إصدار رسائل أو"
                        + " عقوبات صارمة جديدة من جانب واشنطن.");
        NameReport.Name n = NameReports.name(r, "Dominican Republic");
        assertThat(n.renderings()).extracting(NameReport.Rendering::ar).contains("جمهورية الدومينيكان");
        assertThat(n.status()).isNotEqualTo(NameReport.Status.INCONSISTENT);
    }

    @Test
    void partialRenderingsAloneArePiecesOfOneName() {
        NameReport r = NameReports.checkTwoPasses(
                "Commissioning of the \"Rheinland-Pfalz,\" the lead ship of the brand new Baden-Wuerttemberg-class"
                        + " frigates, has now been postponed until the first half of 2019, according to Die Zeit"
                        + " newspaper citing a military spokesman.",
                "لقد جرى تأجيل تكليف سفينة \"راينلاند بفالز\"، السفينة الرائدة في الفرقاطة الجديدة من فئة بادن-فورتمبرغ،"
                        + " حتى النصف الأول من عام 2019، وفقًا لصحيفة دي تسايتنقلًا عن متحدث عسكري.",
                "However, continuous delays mean that the cutting-edge warships - said to allow Germany to project"
                        + " power overseas - will already become outdated by the time they enter service, Die Zeit notes.",
                "ومع ذلك، فإن التأخيرات المستمرة تعني أن السفن الحربية المتطورة - التي يُقال بإنها تسمح لألمانيا بإبراز"
                        + " طاقتها في الخارج - ستصبح قديمة بالفعل بحلول وقت دخولها الخدمة، كما أفادت صحيفةدي تسايت.");
        assertThat(NameReports.name(r, "Die Zeit").status()).isNotEqualTo(NameReport.Status.INCONSISTENT);
    }

    @Test
    void aTransliteratedArticleDoesNotHideASpellingVariant() {
        NameReport r = NameReports.checkTwoPasses(
                "Those things can't be walked back,\" Grant Reeher, a professor of political science at Syracuse"
                        + " University's Maxwell School told The Hill for an article published Saturday.",
                "أخبر جرانت ريهر، أستاذ العلوم السياسية في كلية ماكسويل بجامعة سيراكيوز لصحيفة \"ذا هيل\" في مقال نُشر"
                        + " يوم السبت: \"لا يمكن أن نلغي حدوثمثل هذه الأشياء\".",
                "\"I did not hide Dr. Ford's allegations, I did not leak her story,\" Feinstein told the committee, The"
                        + " Hill reported.",
                "أنا لم أخفي رسالة د. فورد ولم أسرب رسالتها\" هذا ما صرحت به فاينشتاين نقلًا عن جريدة \"ذا هل\"");
        NameReport.Name n = NameReports.name(r, "Hill");
        assertThat(n.renderings()).extracting(NameReport.Rendering::ar).containsExactlyInAnyOrder("ذا هيل", "ذا هل");
        assertThat(n.status()).isEqualTo(NameReport.Status.SPELLING);
        // a rendering without the article is another one (هيل beside ذا هل: the annotation's rule)
        NameReport other = NameReports.checkTwoPasses(
                "\"I did not hide Dr. Ford's allegations, I did not leak her story,\" Feinstein told the committee, The"
                        + " Hill reported.",
                "أنا لم أخفي رسالة د. فورد ولم أسرب رسالتها\" هذا ما صرحت به فاينشتاين نقلًا عن جريدة \"ذا هل\"",
                "Feinstein spoke to the Hill on Monday.", "تحدثت فاينشتاين إلى هيل يوم الاثنين.");
        assertThat(NameReports.name(other, "Hill").status()).isEqualTo(NameReport.Status.INCONSISTENT);
    }
}
