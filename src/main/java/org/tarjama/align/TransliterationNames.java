package org.tarjama.align;

import java.io.ObjectStreamException;
import org.tarjama.text.TransliteratedName;
import org.tarjama.text.Transliteration;

/**
 * Proper-name anchors from {@link Transliteration#similarity}-style scoring (Reuters ~ رويترز,
 * Allen ~ ألين), with the compiled English names and prepared Arabic words cached because the aligner
 * asks about the same words many times. Scores below the aligner's name threshold come back as 0
 * (the edit-distance DP is abandoned early for them).
 *
 * <p>Thread-safe. The caches are bounded ({@link #DEFAULT_CAPACITY} words per side per generation,
 * see {@link BoundedCache}), so one matcher can serve a long-running process or a Spark executor;
 * they are not serialised: a deserialised matcher starts with empty caches.
 */
public final class TransliterationNames implements NameMatcher {
    private static final long serialVersionUID = 1L;
    /** Words kept per cache generation: a few documents' worth of names (each entry is under 1 KB). */
    public static final int DEFAULT_CAPACITY = 20_000;

    private final int capacity;
    private final transient BoundedCache<String, TransliteratedName> names;
    private final transient BoundedCache<String, char[]> arabic;

    public TransliterationNames() {
        this(DEFAULT_CAPACITY);
    }

    /** A matcher whose caches keep about {@code capacity} (to twice that many) words per side. */
    public TransliterationNames(int capacity) {
        this.capacity = capacity;
        this.names = new BoundedCache<>(capacity);
        this.arabic = new BoundedCache<>(capacity);
    }

    /** Rebuilds the (transient) caches after deserialisation. */
    private Object readResolve() throws ObjectStreamException {
        return new TransliterationNames(capacity);
    }

    @Override
    public double similarity(String englishWord, String arabicWord) {
        int le = englishWord.length();
        int la = arabicWord.length();
        // Arabic leaves short vowels unwritten: a rendering is rarely longer than the English + 2
        // (article) or shorter than a third of it; skip the DP for such pairs.
        if (la < 2 || la > le + 3 || la * 3 < le) {
            return 0;
        }
        TransliteratedName n = names.get(englishWord, Transliteration::compile);
        char[] a = arabic.get(arabicWord, Transliteration::prepareArabic);
        // pruned DP: pairs that cannot reach the aligner's threshold stop early and score 0
        return n.similarity(a, 0, a.length, LexicalRelations.NAME_THRESHOLD);
    }

    /** Words cached now, both sides (for tests: the caches stay bounded). */
    int cachedWords() {
        return names.size() + arabic.size();
    }
}
