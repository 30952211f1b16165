package org.tarjama.align;

import java.util.List;
import java.util.function.IntConsumer;

/** A parallel text and its alignment. */
public record AlignedDocument(ParallelText text, Alignment alignment) {
    /** Aligns a parallel text: paragraphs first when it has paragraph structure, then sentences. */
    public static AlignedDocument align(ParallelText text, AlignerConfig config, IntConsumer progress) {
        Alignment a;
        if (text.paragraphs()) {
            a = new DocumentAligner(config).align(text.enParagraphs(), text.arParagraphs(), progress);
        } else {
            List<String> en = text.enTexts();
            List<String> ar = text.arTexts();
            a = new SentenceAligner(config).align(en, ar, List.of(new SentenceAligner.Block(0, en.size(), 0, ar.size())),
                    progress);
        }
        return new AlignedDocument(text, a);
    }

    /** The English text of a bead (its sentences joined by a space). */
    public String enText(Bead b) {
        return join(text.en(), b.enStart(), b.enCount());
    }

    /** The Arabic text of a bead. */
    public String arText(Bead b) {
        return join(text.ar(), b.arStart(), b.arCount());
    }

    private static String join(List<ParallelText.Unit> units, int start, int count) {
        StringBuilder sb = new StringBuilder();
        for (int k = start; k < start + count; k++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(units.get(k).text());
        }
        return sb.toString();
    }
}
