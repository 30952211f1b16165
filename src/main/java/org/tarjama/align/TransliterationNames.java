package org.tarjama.align;

import java.util.concurrent.ConcurrentHashMap;
import org.tarjama.text.Transliteration;

/**
 * Proper-name anchors from {@link Transliteration#similarity}-style scoring (Reuters ~ رويترز,
 * Allen ~ ألين), with the compiled English names and prepared Arabic words cached because the aligner
 * asks about the same words many times. Scores below the aligner's name threshold come back as 0
 * (the edit-distance DP is abandoned early for them). Thread-safe.
 */
public final class TransliterationNames implements NameMatcher {
    private final ConcurrentHashMap<String, Transliteration.Name> names = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, char[]> arabic = new ConcurrentHashMap<>();

    @Override
    public double similarity(String englishWord, String arabicWord) {
        int le = englishWord.length();
        int la = arabicWord.length();
        // Arabic leaves short vowels unwritten: a rendering is rarely longer than the English + 2
        // (article) or shorter than a third of it; skip the DP for such pairs.
        if (la < 2 || la > le + 3 || la * 3 < le) {
            return 0;
        }
        Transliteration.Name n = names.computeIfAbsent(englishWord, Transliteration::compile);
        char[] a = arabic.computeIfAbsent(arabicWord, Transliteration::prepareArabic);
        // pruned DP: pairs that cannot reach the aligner's threshold stop early and score 0
        return n.similarity(a, 0, a.length, SentenceAligner.NAME_THRESHOLD);
    }
}
