package org.tarjama.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A name the translator kept in Latin letters is rendered even where the Arabic around it lost its space
 * (منصةSolidمفتوحة, شركةInrupt, مثلGateway Pundit): an Arabic letter beside the Latin word is a word boundary, so
 * those units are neither unrendered nor never found. The units are from NTREX-128 (newstest2019 English and its
 * Arabic reference, CC BY-SA 4.0, Federmann et al. 2022): the dev memory's u464 and ntrex_dev units outside it.
 */
class LatinGluedToArabicTest {
    @Test
    void aLatinNameGluedToArabicLettersIsItsRendering() {
        NameReport r = NameReports.checkTwoPasses(
                "The technology legend's latest project, Inrupt, is a company that builds off of Berners-Lee's open"
                        + " source platform Solid.",
                "أحدث مشروع لأسطورة التكنولوجيا، الذي يُطلق عليه Inrupt، هي شركة تستند في إنشائها على منصةSolidمفتوحة"
                        + " المصدر التابعة لبيرنرز لي.",
                "In an exclusive interview with Fast Company, Berners-Lee joked that the intent behind Inrupt is"
                        + " \"world domination.\"",
                "في مقابلة حصرية مع مجلة فاست كومباني، قال بيرنرز لي مازحًا إن القصد من شبكة Inruptهو \"السيطرة العالمية\".",
                "Conservative sites such as Gateway Pundit and RedState reported that the IP address that identifies"
                        + " the source of the posts was associated with Waters\" office.",
                "أفادت مواقع تابعة لحزب المحافظين مثلGateway Pundit وRedStateأن عنوانآي بي الذي يحدد مصدر المنشورات كان"
                        + " مرتبطًا بمكتب واترز.");
        assertThat(NameReports.renderings(r, "Inrupt")).containsExactly("Inrupt");
        assertThat(NameReports.name(r, "Inrupt").unrenderedCount()).isZero();
        assertThat(NameReports.renderings(r, "Solid")).containsExactly("Solid");
        assertThat(NameReports.renderings(r, "Gateway Pundit")).containsExactly("Gateway Pundit");
        assertThat(NameReports.renderings(r, "RedState")).containsExactly("RedState");
    }

    @Test
    void aLatinWordInsideALongerLatinWordIsNotTheName() {
        assertThat(NameCandidates.latinInArabic("Solid", "منصة Solidity مفتوحة")).isNull();
        assertThat(NameCandidates.latinInArabic("Solid", "منصةSolidمفتوحة")).isEqualTo("Solid");
    }
}
