package org.tarjama.fuzz;

import static org.tarjama.fuzz.FuzzSupport.expectOnlyBadInput;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.tarjama.segment.Segmenters;
import org.tarjama.segment.Sentence;
import org.tarjama.segment.SentenceSegmenter;

/**
 * A user's SRX rules ({@code segment --srx}) on hostile bytes (seeds: SrxFuzzTestInputs/): loading refuses bad
 * rules as bad input, and rules that load segment a paragraph into sentences that keep every non-space
 * character exactly once (the SentenceSegmenter contract).
 */
class SrxFuzzTest {
    private static final String EN = "Dr. Smith arrived at 5 p.m. on Monday. He met the U.S. envoy! Talks continue?";
    private static final String AR = "وصل الوزير إلى القاهرة يوم الاثنين. والتقى الرئيس؟ وقال: ستستمر المحادثات!";

    @FuzzTest(maxDuration = "2m")
    void rules(byte[] data) throws Exception {
        expectOnlyBadInput(() -> {
            for (String lang : new String[] {"en", "ar"}) {
                SentenceSegmenter s = Segmenters.fromSrx(FuzzSupport.file("fuzz.srx", data), lang);
                String paragraph = lang.equals("en") ? EN : AR;
                check(paragraph, s.segment(paragraph));
            }
        });
    }

    private static void check(String paragraph, List<Sentence> sentences) {
        StringBuilder kept = new StringBuilder();
        for (Sentence s : sentences) {
            kept.append(s.text());
        }
        String a = paragraph.replaceAll("\\s+", "");
        String b = kept.toString().replaceAll("\\s+", "");
        if (!a.equals(b)) {
            throw new AssertionError("sentences " + sentences + " do not keep the paragraph's text exactly once");
        }
    }
}
