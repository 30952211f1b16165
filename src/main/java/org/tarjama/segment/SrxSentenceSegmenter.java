package org.tarjama.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** TEMPORARY: ICU break iterator until the SRX rules land (issue 2, in progress). */
public final class SrxSentenceSegmenter implements SentenceSegmenter {
    private final String lang;

    private SrxSentenceSegmenter(String lang) {
        this.lang = lang;
    }

    static SrxSentenceSegmenter builtIn(String lang) {
        return new SrxSentenceSegmenter(lang);
    }

    static SrxSentenceSegmenter fromFile(Path srx, String lang) {
        return new SrxSentenceSegmenter(lang);
    }

    @Override
    public List<Sentence> segment(String paragraph) {
        BreakIterator it = BreakIterator.getSentenceInstance(new ULocale(lang));
        it.setText(paragraph);
        List<Sentence> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(paragraph.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(paragraph.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Sentence(paragraph.substring(s, e), s, e));
            }
        }
        return out;
    }
}
