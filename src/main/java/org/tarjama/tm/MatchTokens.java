package org.tarjama.tm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tarjama.text.Digits;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.text.Token;
import org.tarjama.text.Tokenizer;

/**
 * An English segment cut into the tokens fuzzy matching compares: words lower-cased, every number
 * folded to one placeholder key (a differing number is a placeable, scored apart), inline tags
 * ({@code <b>}, {@code <x id="1"/>}) and punctuation left out. The original tokens are kept for the
 * tie-breaking penalties (case, punctuation, numbers) and for the diff.
 */
final class MatchTokens {
    /** The key every number token is folded to; no word can produce it. */
    static final String NUMBER_KEY = "\u0000#";

    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>|\\{/?\\d+\\}");

    final String text;
    /** Matching keys, one per token. */
    final String[] keys;
    /** The tokens as written (tags removed). */
    final List<Token> tokens;
    /** Text with tags removed, the frame {@link #tokens} offsets refer to. */
    final String untagged;
    /**
     * Arabic only: each word normalised ({@link ArabicNormalizer#MATCHING}) with its proclitics, while
     * {@link #keys} holds its {@link ArabicMatchKey}; {@code null} for English, whose keys are the words.
     */
    final String[] surface;

    private MatchTokens(String text, String untagged, List<Token> tokens, boolean arabic) {
        this.text = text;
        this.untagged = untagged;
        this.tokens = tokens;
        this.keys = new String[tokens.size()];
        this.surface = arabic ? new String[tokens.size()] : null;
        for (int i = 0; i < keys.length; i++) {
            Token t = tokens.get(i);
            if (t.isNumber()) {
                keys[i] = NUMBER_KEY;
                if (arabic) {
                    surface[i] = NUMBER_KEY;
                }
            } else if (arabic) {
                surface[i] = ArabicNormalizer.MATCHING.normalize(t.text());
                keys[i] = ArabicMatchKey.of(surface[i]);
            } else {
                keys[i] = t.text().toLowerCase(Locale.ROOT);
            }
        }
    }

    /** An English segment. */
    static MatchTokens of(String text) {
        String untagged = text.indexOf('<') >= 0 || text.indexOf('{') >= 0 ? blankTags(text) : text;
        return new MatchTokens(text, untagged, Tokenizer.tokenize(untagged), false);
    }

    /** An Arabic segment: words compared after normalisation, proclitic differences told apart. */
    static MatchTokens ofArabic(String text) {
        String untagged = text.indexOf('<') >= 0 || text.indexOf('{') >= 0 ? blankTags(text) : text;
        return new MatchTokens(text, untagged, Tokenizer.tokenize(untagged), true);
    }

    /** True for an Arabic segment ({@link #ofArabic}). */
    boolean arabic() {
        return surface != null;
    }

    /** Tags replaced by as many spaces, so token offsets stay offsets into the original text. */
    private static String blankTags(String text) {
        java.util.regex.Matcher m = TAG.matcher(text);
        StringBuilder sb = null;
        while (m.find()) {
            if (sb == null) {
                sb = new StringBuilder(text);
            }
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb == null ? text : sb.toString();
    }

    int size() {
        return keys.length;
    }

    /** Number values (digits folded to ASCII) in order. */
    List<String> numbers() {
        List<String> out = new ArrayList<>(2);
        for (Token t : tokens) {
            if (t.isNumber()) {
                out.add(Digits.toAscii(t.text()));
            }
        }
        return out;
    }

    boolean hasNumbers() {
        for (String k : keys) {
            if (k.equals(NUMBER_KEY)) {
                return true;
            }
        }
        return false;
    }

    /** The text with every token removed and whitespace runs collapsed: what punctuation and tags differ on. */
    String skeleton() {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        String frame = text;
        List<Token> raw = Tokenizer.tokenize(frame);
        for (Token t : raw) {
            appendCollapsed(sb, frame, at, t.start());
            sb.append('\u0001');
            at = t.end();
        }
        appendCollapsed(sb, frame, at, frame.length());
        return sb.toString().strip();
    }

    private static void appendCollapsed(StringBuilder sb, String s, int from, int to) {
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
    }
}
