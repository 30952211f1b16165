package org.tarjama.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryChecker;
import org.tarjama.glossary.GlossaryEntry;
import org.tarjama.model.TranslationUnit;
import org.tarjama.report.Finding;
import org.tarjama.text.Transliteration;

/**
 * {@code check} and {@code names --glossary} judge a unit's rendering of a glossary name the same way
 * (one judgement, {@link org.tarjama.glossary.TermVerdict}): a name written only as a derived form is a
 * derived rendering in both, a name that is absent is missing in both, a name that is there is fine in
 * both. The Gaza case was the visible bug: check said GLOSSARY_DERIVED_FORM, names said unrendered.
 */
class DerivedFormAgreementTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "Gaza|غزة|Gaza residents protested on Monday.|تظاهر الغزيون يوم الاثنين.|derived",
        "Gaza|غزة|Gaza residents protested on Monday.|تظاهر غزيون يوم الاثنين.|derived",
        "Israel|إسرائيل|Israel's army said so.|قال الجيش الإسرائيلي ذلك.|derived",
        "Syria|سوريا|Syria's government denied it.|نفت الحكومة السورية ذلك.|derived",
        "Lebanon|لبنان|Lebanon's fighters left.|غادر المقاتلون اللبنانيون.|derived",
        "Haifa|حيفا|Haifa fans sang.|غنى المشجعون الحيفاويون.|derived",
        "Gaza|غزة|Gaza is quiet today.|يسود الهدوء اليوم.|missing",
        "Gaza|غزة|Gaza is quiet today.|غزة هادئة اليوم.|accepted",
        "Syria|سوريا|He went to Syria.|ذهب إلى سوريا.|accepted",
    })
    void aDerivedFormIsTheSameFindingInNamesAndCheck(String en, String ar, String unitEn, String unitAr,
                                                     String expected) {
        Glossary g = new Glossary("test", List.of(GlossaryEntry.of(en, ar)));

        List<Finding> findings = new GlossaryChecker(g).check(1, "1", unitEn, unitAr);
        String checkSays = findings.stream().anyMatch(f -> f.code().equals(GlossaryChecker.TERM_MISSING)) ? "missing"
                : findings.stream().anyMatch(f -> f.code().equals(GlossaryChecker.DERIVED_FORM)) ? "derived"
                : "accepted";

        NameReport report = NameChecker.check(g, Transliteration.DEFAULT_THRESHOLD,
                () -> List.of(TranslationUnit.of("1", "en", unitEn, "ar", unitAr)).iterator(), 1, n -> { });
        Optional<NameReport.Name> name = report.names().stream().filter(n -> n.en().equals(en)).findFirst();
        assertThat(name).as("names reports %s", en).isPresent();
        NameReport.Name n = name.get();
        String namesSays = n.unrenderedUnits().contains(1L) ? "missing"
                : n.derived().stream().anyMatch(d -> d.units().contains(1L))
                        && n.renderings().stream().noneMatch(r -> r.units().contains(1L)) ? "derived"
                : "accepted";

        assertThat(checkSays).as("check: %s", findings).isEqualTo(expected);
        assertThat(namesSays).as("names: %s", n).isEqualTo(checkSays);
        assertThat(n.status() == NameReport.Status.UNRENDERED).as("names status %s", n.status())
                .isEqualTo(checkSays.equals("missing"));
    }
}
