package org.tarjama.tmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.model.Languages;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;

/** How a language asked for selects a variant: one test per rule. */
class LanguageSelectionTest {
    static TranslationUnit unit(String... langs) {
        return new TranslationUnit("1", java.util.Arrays.stream(langs).map(l -> Variant.of(l, "text " + l)).toList(), List.of(), List.of());
    }

    @Test
    void codesCompareCaseInsensitivelyAndUnderscoreIsAHyphen() {
        assertThat(Languages.sameCode("En-uS", "en-us")).isTrue();
        assertThat(Languages.sameCode("en_US", "EN-us")).isTrue();
        assertThat(Languages.sameCode("en-us", "en-gb")).isFalse();
    }

    @Test
    void theExactVariantWinsOverAnEarlierVariantOfTheSameLanguage() {
        assertThat(unit("en-us", "en-gb", "fr").text("en-GB")).isEqualTo("text en-gb");
    }

    @Test
    void aBaseLanguageFallbackIsTakenOnlyWhenUnambiguous() {
        assertThat(unit("en-US", "ar").text("en")).isEqualTo("text en-US");
        assertThat(unit("en-gb", "fr").text("en-us")).isEqualTo("text en-gb");
        assertThat(unit("en-us", "en-gb", "fr").variant("en")).isEmpty();
    }

    @Test
    void twoVariantsOfOneLanguageMakeAPair() {
        assertThat(unit("en-gb", "en-us").pair("en-us", "en-gb")).get()
                .satisfies(p -> assertThat(p).extracting(Variant::lang).containsExactly("en-us", "en-gb"));
    }

    @Test
    void theSourceNeverFallsBackToTheTargetsVariant() {
        assertThat(unit("de-de", "en-gb").pair("en-us", "en-gb")).isEmpty();
    }

    @Test
    void anAmbiguousSourceIsResolvedByTheTargetTakingItsExactVariant() {
        assertThat(unit("en-us", "en-gb").pair("en", "en-gb")).get()
                .satisfies(p -> assertThat(p).extracting(Variant::lang).containsExactly("en-us", "en-gb"));
    }

    @Test
    void variantsOfOneLanguageAreAnAcceptedConversion() {
        TmxCommandsTest.Result r = TmxCommandsTest.tarjama("tmx", "convert", "--to", "tsv", "--src", "en-us", "--tgt", "en-gb",
                KitComplianceTest.KIT.resolve("ImportTest1J.tmx").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("en-us\ten-gb\nFirst entry in US English\tFirst entry in UK English\n"
                + "Second entry in US English\tSecond entry in UK English\n");
        assertThat(TmxCommandsTest.tarjama("tmx", "convert", "--to", "tsv", "--src", "en-US", "--tgt", "en-us",
                KitComplianceTest.KIT.resolve("ImportTest1J.tmx").toString()).exit()).isEqualTo(2);
    }

    @Test
    void statsCountsOneLanguageWhateverItsCase() {
        TmxCommandsTest.Result r = TmxCommandsTest.tarjama("tmx", "stats", KitComplianceTest.KIT.resolve("ImportTest2A.tmx").toString());
        assertThat(r.out()).contains("en-US: 7 segments").doesNotContain("En-uS");
    }
}
