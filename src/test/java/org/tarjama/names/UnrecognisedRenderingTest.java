package org.tarjama.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tarjama.report.ReportFormat;

/**
 * A unit without any known rendering of a name that a translator may translate otherwise (issue 12: unrendered
 * and inconsistent names). The sentences are units of NTREX-128 (Federmann et al. 2022; WMT19 newstest2019, its
 * professional Arabic reference; CC BY-SA 4.0), as in the dev memory names-real-dev (u15, u16, u163, u249-u254) and
 * ntrex-labour.tsv, copied unchanged.
 */
class UnrecognisedRenderingTest {
    private static final String[] NATO = {
        "However, supporters of the referendum, including Prime Minister Zoran Zaev, argue that the name change is "
                + "simply the price to pay to join the EU and NATO.",
        "ومع ذلك، يحتج مؤيدو الاستفتاء، بما في ذلك رئيس الوزراء زوران زئيف، بأن تغيير الاسم هو ببساطة الثمن الذي يجب "
                + "دفعه للانضمام إلى الاتحاد الأوروبي وإلى الناتو.",
        "Athens has long insisted that its northern neighbor's name represents a claim on its territory and has "
                + "repeatedly objected to its membership bids for the EU and NATO.",
        "وقد أصر سكان أثينا منذ فترة طويلة على أن اسم دولة الجوار التي تحدها من الشمال يمثل ادعاءً على إقليمها وقد "
                + "تم رفض طلبها مرارًا وتكرارًا لكي تحصل على عضوية الاتحاد الأوروبي والناتو لهذا السبب.",
        "It's the last day of President Erdogan's controversial visit to Germany - which is aimed at repairing "
                + "relations beteen the NATO allies.",
        "إنه اليوم الأخير من الزيارة المثيرة للجدل للرئيس أردوغان لألمانيا والتي تهدف إلى إصلاح العلاقات بين حلفاء "
                + "حلف شمال الأطلسي.",
    };

    @Test
    void anAcronymSpeltOutInArabicWordsIsAnotherRenderingNotADroppedName() {
        // حلف شمال الأطلسي is NATO's full Arabic name, where the other units write الناتو
        NameReport r = NameReports.checkTwoPasses(NATO);
        NameReport.Name nato = NameReports.name(r, "NATO");
        assertThat(NameReports.renderings(r, "NATO")).containsExactly("الناتو");
        assertThat(nato.unrecognised()).isTrue();
        assertThat(nato.unrenderedUnits()).containsExactly(3L);
        assertThat(nato.unrenderedHere()).isFalse();
        assertThat(nato.status()).isEqualTo(NameReport.Status.INCONSISTENT);
        String json = json(r);
        assertThat(json).contains("\"unrecognised\":{\"count\":1,\"units\":[3]}");
        assertThat(json).doesNotContain("\"unrendered\"");
    }

    @Test
    void aNameRenderedElsewhereByATranslationIsRenderedOtherwiseWhereThatTranslationIsMissing() {
        // Labour is حزب العمال (learnt from co-occurrence: no sound resemblance), and حزب العمل in the last unit
        // (the other units name other parties, الحزب, as a real memory does: حزب alone is no rendering of Labour)
        NameReport r = NameReports.checkTwoPasses(pairs("ntrex-labour.tsv"));
        NameReport.Name labour = NameReports.name(r, "Labour");
        assertThat(NameReports.renderings(r, "Labour")).containsExactly("العمال");
        assertThat(labour.unrenderedUnits()).containsExactly(14L);
        assertThat(labour.unrecognised()).isTrue();
        assertThat(labour.status()).isEqualTo(NameReport.Status.INCONSISTENT);
    }

    @Test
    void aTransliteratedNameMissingFromAUnitIsUnrendered() {
        // Lee is لي wherever the translator wrote it; in the last two units the Arabic has only قال and وأضاف
        NameReport r = NameReports.checkTwoPasses(
                "Doubling funding could double the chances that the next big AI achievement will be made in the U.S., Lee "
                        + "told CNBC in an interview this week.",
                "أخبر لي وكالة أخبار سي إن بي سي في مقابلة صحفية هذا الأسبوع أن مضاعفة التمويل يمكن أن تضاعف فرص تحقيق "
                        + "الإنجاز الهائل التالي في مجال الذكاء الاصطناعي في الولايات المتحدة.",
                "Lee, whose book \"AI Superpowers: China, Silicon Valley and the New World Order\" was published this "
                        + "month by Houghton Mifflin Harcourt, is CEO of Sinovation Ventures, which has invested in one of "
                        + "the most prominent AI companies in China, Face++.",
                "يشغل لي، صاحب كتاب عنوانه \"القوى الخارقة للذكاء الاصطناعي: الصين، ووادي السيليكون، والنظام العالمي "
                        + "الجديد\" الذي تم نشره هذا الشهر من قبل شركة هوتون ميفلين هاركورت، منصب الرئيس التنفيذي لشركة "
                        + "Sinovation Ventures، والتي استثمرت في إحدى أهم شركات الذكاء الاصطناعي البارزة وهي Face++ الصينية.",
                "Lee acknowledged previous U.S. government technology competitions like the Defense Advanced Research "
                        + "Projects Agency's Robotics Challenge and asked when the next one would be, in order to help "
                        + "identify the next visionaries.",
                "اعترف لي بالمنافسات التكنولوجية السابقة من قبل الحكومة الأمريكية مثل تحدي الإنسان الآلي لوكالة مشاريع "
                        + "البحوث المتطورة الدفاعية وتساءل عن موعد التحدي التالي للمساعدة في تحديد التصورات التالية.",
                "Researchers in the U.S. often have to work hard in order to win government grants, Lee said.",
                "قال، \"يتعين على الباحثين في الولايات المتحدة العمل بجد من أجل الحصول على المنح الحكومية.",
                "\"It's not China that is taking away the academic leaders; it's the corporates,\" Lee said.",
                "وأضاف، \"لا يقتصر الأمر على الصين في استقطاب القادة الأمريكيين ولكن الشركات تقوم بذلك أيضًا.");
        NameReport.Name lee = NameReports.name(r, "Lee");
        assertThat(NameReports.renderings(r, "Lee")).containsExactly("لي");
        assertThat(lee.unrecognised()).isFalse();
        assertThat(lee.unrenderedHere()).isTrue();
        assertThat(lee.unrenderedUnits()).containsExactly(4L, 5L);
        assertThat(lee.status()).isEqualTo(NameReport.Status.CONSISTENT);
        assertThat(json(r)).contains("\"unrendered\":{\"count\":2,\"units\":[4,5]}");
    }

    /** The (en, ar) pairs of a TSV file of this package's test resources. */
    private static String[] pairs(String resource) {
        try (var in = UnrecognisedRenderingTest.class.getResourceAsStream(resource)) {
            java.util.List<String> out = new java.util.ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    String[] f = line.split("\t", -1);
                    out.add(f[0]);
                    out.add(f[1]);
                }
            }
            return out.toArray(new String[0]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String json(NameReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NameFindings.write(r, ReportFormat.JSON, out);
        return out.toString(StandardCharsets.UTF_8).replace(" ", "").replace("\n", "");
    }
}
