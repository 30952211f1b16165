package org.tarjama.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The article before a hamza on alif (الأسكتلندي) folds to the letters of إلا ("except"); it is no function word
 * glued to the name, so the nisba keeps its article and is the derived form of the name (held-out precision of
 * issue 12: Scotland was "inconsistent" with سكتلندي). The units are from NTREX-128 (newstest2019 English and its
 * Arabic reference, CC BY-SA 4.0, Federmann et al. 2022), an ntrex_dev document outside the dev memory.
 */
class ArticleBeforeHamzaTest {
    @Test
    void aNisbaWithTheArticleBeforeAHamzaIsTheNamesDerivedForm() {
        NameReport r = NameReports.checkTwoPasses(
                "The study by scientists at the National Trust for Scotland will follow common and soprano"
                        + " pipistrelles as well as brown long-eared and Daubenton bats at Inverewe Gardens in Wester Ross.",
                "وستتبع الدراسة التي أجراها علماء في مؤسسة التراث القومي الأسكتلندي، مجموعاتالخفافيش والسوبرانو بالإضافة"
                        + " إلى خفافيشدوبنتون البنية ذات الأذنين الطويلين في حدائق إينفيريويفي ويستروس.",
                "Bat populations in Scotland and across the UK have declined considerably over the past century.",
                "انخفضتأعداد الخفافيش في أسكتلندا وفي أنحاء المملكة المتحدة بشكل كبير خلال القرن الماضي.",
                "The organisation has even set up Scotland's first and only dedicated bat reserve at Threave estate in"
                        + " Dumfries and Galloway.",
                "وقد أنشأت المنظمة أول محميةمخصصة للخفافيش في أسكتلندا في عقارات ثريففي دومفريسوغالاوي.");
        NameReport.Name n = NameReports.name(r, "Scotland");
        assertThat(n.renderings()).extracting(NameReport.Rendering::ar).containsExactly("أسكتلندا");
        assertThat(n.derived()).extracting(NameReport.Rendering::ar).containsExactly("الأسكتلندي");
        assertThat(n.status()).isEqualTo(NameReport.Status.CONSISTENT);
    }
}
