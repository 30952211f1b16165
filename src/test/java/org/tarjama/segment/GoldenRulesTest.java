package org.tarjama.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.eval.GoldenRules;

/**
 * The Golden Rules of pragmatic_segmenter/pySBD (bundled, MIT): the targets of issue 13, and a user's SRX
 * file giving exactly the breaks of Okapi's own engine.
 */
class GoldenRulesTest {
    @Test
    void thereAre52EnglishAnd5ArabicCases() {
        assertThat(GoldenRules.cases("en")).hasSize(52);
        assertThat(GoldenRules.cases("ar")).hasSize(5);
    }

    @Test
    void tarjamaGetsAtLeast46OfThe52EnglishCasesAndBeatsOkapisDefaultRules() {
        Map<String, Long> c = GoldenRules.counts("en");
        assertThat(c.get("tarjama")).isGreaterThanOrEqualTo(46L).isGreaterThan(c.get("okapi-default"));
    }

    @Test
    void tarjamaGetsMoreArabicCasesThanOkapisDefaultRules() {
        Map<String, Long> c = GoldenRules.counts("ar");
        assertThat(c.get("tarjama")).isGreaterThan(c.get("okapi-default"));
    }

    @Test
    void theArabicCommaIsNotASentenceEnd() {
        // golden case 5 cuts at «،»; Tarjama does not, on purpose
        assertThat(GoldenRules.run("tarjama", "ar").get(4).exact()).isFalse();
        assertThat(GoldenRules.run("tarjama", "ar").get(4).got()).hasSize(1);
    }

    @Test
    void aUsersSrxFileGivesExactlyTheBreaksOfOkapisEngine(@TempDir Path dir) throws Exception {
        Path srx = dir.resolve("okapi-default.srx");
        try (InputStream in = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
            Files.copy(in, srx);
        }
        for (String lang : List.of("en", "ar")) {
            SentenceSegmenter ours = Segmenters.fromSrx(srx, lang);
            SRXDocument doc = new SRXDocument();
            doc.loadRules(srx.toString());
            doc.setTrimLeadingWhitespaces(false);
            doc.setTrimTrailingWhitespaces(false);
            ISegmenter okapi = doc.compileLanguageRules(LocaleId.fromString(lang), null);
            List<String> texts = new ArrayList<>();
            GoldenRules.cases("en").forEach(c -> texts.add(c.text()));
            GoldenRules.cases("ar").forEach(c -> texts.add(c.text()));
            for (String t : texts) {
                okapi.computeSegments(t);
                List<String> expected = new ArrayList<>();
                for (Range r : okapi.getRanges()) {
                    String s = t.substring(r.start, r.end).strip();
                    if (!s.isEmpty()) {
                        expected.add(s);
                    }
                }
                // Tarjama's only change: bidi marks are removed before the rules run (golden Arabic case 2 has them)
                if (t.chars().noneMatch(ch -> ch >= 0x202A && ch <= 0x202E)) {
                    assertThat(ours.segment(t)).extracting(Sentence::text).as(lang + ": " + t).containsExactlyElementsOf(expected);
                }
            }
        }
    }
}
