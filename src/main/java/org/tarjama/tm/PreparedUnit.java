package org.tarjama.tm;

import java.util.HashSet;
import java.util.Set;
import org.tarjama.text.ArabicClitics;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.text.Fnv1a;
import org.tarjama.text.Token;
import org.tarjama.text.Tokenizer;

/** A unit ready to be stored: texts, dedup hash, English matching keys and Arabic concordance forms. */
record PreparedUnit(long hash, String tuid, String source, String target, String[] enKeys, String[] arForms) {
    /** First letters of every proclitic and of the article. */
    private static final String PROCLITIC_STARTS = ArabicClitics.CONJUNCTIONS + ArabicClitics.PREPOSITIONS
            + ArabicClitics.ARTICLE.charAt(0);

    static PreparedUnit of(String tuid, String source, String target) {
        return new PreparedUnit(hash(source, target), tuid, source, target, MatchTokens.of(source).keys, arabicForms(target));
    }

    /**
     * The distinct concordance keys of an Arabic text: for each word (normalised with
     * {@link ArabicNormalizer#MATCHING}), every proclitic reading's stem with its article
     * ({@link ArabicClitics.Split#withArticle()}): بالقبة gives بالقبه, القبه and so on, so a search
     * for القبة finds بالقبة, but a search for قبة does not find القبة.
     */
    static String[] arabicForms(String arabic) {
        Set<String> forms = new HashSet<>(96);
        for (Token t : Tokenizer.tokenize(ArabicNormalizer.MATCHING.normalize(arabic))) {
            addForms(t.text(), forms);
        }
        return forms.toArray(new String[0]);
    }

    private static void addForms(String word, Set<String> out) {
        if (word.isEmpty() || PROCLITIC_STARTS.indexOf(word.charAt(0)) < 0) {
            out.add(word); // no conjunction, preposition or article can start it: splits() gives the word alone
            return;
        }
        for (ArabicClitics.Split s : ArabicClitics.splits(word)) {
            out.add(s.withArticle());
        }
    }

    /** The keys one normalised word is found under. */
    static Set<String> wordForms(String word) {
        Set<String> out = new HashSet<>(8);
        addForms(word, out);
        return out;
    }

    /** 64-bit FNV-1a over both texts with a final avalanche (murmur3 fmix64): the dedup key. */
    static long hash(String source, String target) {
        long h = Fnv1a.add(Fnv1a.OFFSET_BASIS, source);
        h = Fnv1a.step(h, 0xFFFF); // a separator that is no char of a text
        return Fnv1a.avalanche(Fnv1a.add(h, target));
    }
}
