package org.tarjama.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tarjama.model.Severity;
import org.tarjama.report.Finding;

/** The check's findings, including every CheckMate failure case of the issue, and the seed golden test. */
class GlossaryCheckerTest {
    static final GlossaryChecker CHECKER = new GlossaryChecker(TermMatcher.of(TermMatcherTest.HAMAS,
            TermMatcherTest.IRON_DOME, TermMatcherTest.ASHKELON, TermMatcherTest.ISRAEL, TermMatcherTest.GAZA,
            TermMatcherTest.GAZA_STRIP, TermMatcherTest.TEL_AVIV));

    private static List<String> codes(String en, String ar) {
        return CHECKER.check(1, "t1", en, ar).stream().map(Finding::code).toList();
    }

    @Test
    void reportsAMultiWordTermWithOnlyOneWordAsMissing() {
        List<Finding> fs = CHECKER.check(3, "t3", "The Iron Dome intercepted it.", "اعترضته القبة.");
        assertThat(fs).hasSize(1);
        Finding f = fs.get(0);
        assertThat(f.code()).isEqualTo(GlossaryChecker.TERM_MISSING);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.fields().get("term")).isEqualTo("Iron Dome");
        assertThat(f.fields().get("found")).isEqualTo("القبة");
        assertThat(f.span().of(f.target())).isEqualTo("القبة");
        assertThat(f.sourceSpan().of(f.source())).isEqualTo("Iron Dome");
    }

    @Test
    void findsEnglishTermsBeforePunctuationAndPossessives() {
        assertThat(codes("A rocket hit Ashkelon.", "أصاب صاروخ مدينة.")).containsExactly(GlossaryChecker.TERM_MISSING);
        assertThat(codes("Hamas's leaders met.", "اجتمع القادة.")).containsExactly(GlossaryChecker.TERM_MISSING);
    }

    @Test
    void acceptsCliticsVowelMarksAndTatweel() {
        assertThat(codes("Israel and Hamas", "إسرائيل وحماس")).isEmpty();
        assertThat(codes("support for Hamas", "الدعم لحماس")).isEmpty();
        assertThat(codes("Hamas said", "قالت حَماس")).isEmpty();
        assertThat(codes("Hamas said", "قالت حمـاس")).isEmpty();
    }

    @Test
    void doesNotTakeEnthusiasmForHamas() {
        assertThat(codes("Hamas said", "قالها بحماسة")).containsExactly(GlossaryChecker.TERM_MISSING);
    }

    @Test
    void foldsHamzaAlefMaksuraAndTehMarbuta() {
        assertThat(codes("Israel said", "قالت اسرائيل")).isEmpty();
        assertThat(codes("in Gaza", "في غزه")).isEmpty();
    }

    @Test
    void reportsForbiddenVariantsAsErrorsWithoutAlsoReportingMissing() {
        List<Finding> fs = CHECKER.check(1, "", "in Ashkelon", "في أشكلون");
        assertThat(fs).extracting(Finding::code).containsExactly(GlossaryChecker.FORBIDDEN_VARIANT);
        assertThat(fs.get(0).fields().get("found")).isEqualTo("أشكلون");
    }

    @Test
    void reportsDerivedFormsAsInfo() {
        List<Finding> fs = CHECKER.check(1, "", "a man from Ashkelon", "رجل عسقلاني");
        assertThat(fs).extracting(Finding::code).containsExactly(GlossaryChecker.DERIVED_FORM);
        assertThat(fs.get(0).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void warnsWhenTheArabicHasANameTheEnglishLacks() {
        List<Finding> fs = CHECKER.check(1, "", "The group fired rockets.", "أطلقت حماس صواريخ.");
        assertThat(fs).extracting(Finding::code).containsExactly(GlossaryChecker.TARGET_ONLY);
        assertThat(fs.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void notesDifferentCounts() {
        assertThat(codes("Hamas and Hamas again", "حماس")).containsExactly(GlossaryChecker.COUNT_MISMATCH);
    }

    @Test
    void staysQuietOnACorrectUnit() {
        assertThat(codes("Rockets from Gaza at Tel Aviv were stopped by the Iron Dome.",
                "صواريخ من غزة على تل أبيب أسقطتها القبة الحديدية.")).isEmpty();
    }

    // ---- golden test on the seed article

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = GlossaryCheckerTest.class.getResourceAsStream(resource)) {
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    private static List<Integer> numbers(String s) {
        List<Integer> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\d+").matcher(s);
        while (m.find()) {
            out.add(Integer.parseInt(m.group()));
        }
        return out;
    }

    @Test
    void reportsExactlyTheExpectedFindingsOnTheGoldAlignedSeed() throws IOException {
        List<String> en = lines("/org/tarjama/seed/seed.en");
        List<String> ar = lines("/org/tarjama/seed/seed.ar");
        GlossaryChecker checker = new GlossaryChecker(GlossaryLoader.load(Path.of("glossary/names.tsv")));
        List<String> got = new ArrayList<>();
        int unit = 0;
        for (String bead : lines("/org/tarjama/seed/seed.gold")) {
            if (bead.isBlank()) {
                continue;
            }
            String[] sides = bead.split(":");
            StringBuilder e = new StringBuilder();
            for (int i : numbers(sides[0])) {
                e.append(e.isEmpty() ? "" : " ").append(en.get(i));
            }
            StringBuilder a = new StringBuilder();
            for (int i : numbers(sides[1])) {
                a.append(a.isEmpty() ? "" : " ").append(ar.get(i));
            }
            unit++;
            for (Finding f : checker.check(unit, String.valueOf(unit), e.toString(), a.toString())) {
                Object found = f.fields().get("found");
                got.add(f.unit() + "\t" + f.code() + "\t" + f.fields().get("term") + "\t" + (found == null ? "" : found));
            }
        }
        assertThat(unit).isEqualTo(22);
        List<String> expected = lines("seed-expected.tsv").subList(1, lines("seed-expected.tsv").size());
        assertThat(got).containsExactlyElementsOf(expected);
    }
}
