package org.tarjama.tm;

import java.util.LinkedHashSet;
import java.util.Set;
import org.tarjama.text.ArabicClitics;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.text.Token;
import org.tarjama.text.Tokenizer;

/** A unit ready to be stored: texts, dedup hash, English matching keys and Arabic concordance forms. */
record PreparedUnit(long hash, String tuid, String source, String target, String[] enKeys, String[] arForms) {

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
        Set<String> forms = new LinkedHashSet<>();
        for (Token t : Tokenizer.tokenize(ArabicNormalizer.MATCHING.normalize(arabic))) {
            for (String f : wordForms(t.text())) {
                forms.add(f);
            }
        }
        return forms.toArray(new String[0]);
    }

    /** The keys one normalised word is found under. */
    static Set<String> wordForms(String word) {
        Set<String> out = new LinkedHashSet<>(4);
        for (ArabicClitics.Split s : ArabicClitics.splits(word)) {
            out.add(s.withArticle());
        }
        return out;
    }

    /** 64-bit FNV-1a over both texts with a final avalanche (murmur3 fmix64): the dedup key. */
    static long hash(String source, String target) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < source.length(); i++) {
            h = (h ^ source.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ 0xFFFF) * 0x100000001b3L;
        for (int i = 0; i < target.length(); i++) {
            h = (h ^ target.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
