package org.tarjama.segment;

import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A sound over-approximation of the characters at which a match of a Java regular expression can
 * begin: if the pattern matches at position {@code p > 0} of some text, then {@code text.charAt(p)}
 * is in {@link #chars()} (or is a surrogate). Matches at position 0 are not covered: {@code ^}
 * makes a path contribute nothing, because the caller always tries every pattern at position 0.
 *
 * <p>Hand-written because no library offers it: {@code java.util.regex} keeps its own first-character
 * optimisation private, and it does not apply to Okapi's rule patterns, which all begin with a
 * capturing group. The analysis reads only the syntax it is sure of (groups, alternation,
 * quantifiers, character classes, escapes, literals, look-arounds, anchors); anything else (inline
 * flags, back-references, {@code \G}, an empty pattern) makes it answer "any character", which is
 * always correct, only slower. The set of each atom (a class, an escape, {@code .}) is not parsed
 * but computed by {@code java.util.regex} itself, matching the atom against every BMP character.
 */
final class FirstChars {
    /** All 65,536 BMP characters: the answer when the analysis cannot tell. */
    static final BitSet ANY;

    static {
        ANY = new BitSet(0x10000);
        ANY.set(0, 0x10000);
    }

    private static final Map<String, BitSet> ATOMS = new ConcurrentHashMap<>();

    private final String re;
    private final int flags;
    private int i;

    private FirstChars(String re, int flags) {
        this.re = re;
        this.flags = flags;
    }

    /** The result of one construct: the characters it can start with, and whether it can match empty. */
    private record Node(BitSet set, boolean nullable) {
    }

    /** Thrown internally when the syntax is beyond this analysis. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    /**
     * The characters a match of {@code regex} (compiled with {@code flags}) can begin with at a
     * position other than 0; {@link #ANY} when the analysis cannot tell or the pattern can match
     * the empty string.
     */
    static BitSet of(String regex, int flags) {
        if ((flags & ~Pattern.UNICODE_CHARACTER_CLASS) != 0) {
            return ANY; // case-insensitive, comments, multiline …: not analysed
        }
        try {
            FirstChars f = new FirstChars(regex, flags);
            Node n = f.alternation();
            if (f.i != regex.length() || n.nullable()) {
                return ANY;
            }
            return n.set();
        } catch (Unknown | PatternSyntaxException | IndexOutOfBoundsException e) {
            return ANY;
        }
    }

    private boolean more() {
        return i < re.length();
    }

    private char peek() {
        return re.charAt(i);
    }

    /** alternation := sequence ('|' sequence)* */
    private Node alternation() {
        Node n = sequence();
        BitSet set = (BitSet) n.set().clone();
        boolean nullable = n.nullable();
        while (more() && peek() == '|') {
            i++;
            Node m = sequence();
            set.or(m.set());
            nullable |= m.nullable();
        }
        return new Node(set, nullable);
    }

    /** sequence := (item quantifier?)*, up to '|' or ')' */
    private Node sequence() {
        BitSet set = new BitSet();
        boolean nullable = true; // everything so far can match empty
        while (more() && peek() != '|' && peek() != ')') {
            Node item = item();
            boolean optional = quantifier();
            if (nullable) {
                set.or(item.set());
                nullable = item.nullable() || optional;
            }
        }
        return new Node(set, nullable);
    }

    /** Reads a quantifier if there is one; true when it allows zero repetitions. */
    private boolean quantifier() {
        if (!more()) {
            return false;
        }
        char c = peek();
        boolean optional;
        if (c == '?' || c == '*') {
            i++;
            optional = true;
        } else if (c == '+') {
            i++;
            optional = false;
        } else if (c == '{') {
            int close = re.indexOf('}', i);
            if (close < 0) {
                throw new Unknown();
            }
            String body = re.substring(i + 1, close);
            if (!body.matches("[0-9]+(,[0-9]*)?")) {
                throw new Unknown();
            }
            optional = Integer.parseInt(body.split(",", -1)[0]) == 0;
            i = close + 1;
        } else {
            return false;
        }
        if (more() && (peek() == '?' || peek() == '+')) {
            i++; // lazy or possessive: the same characters can start it
        }
        return optional;
    }

    private Node item() {
        char c = peek();
        switch (c) {
            case '(':
                return group();
            case '[':
                return atom(classEnd(i));
            case '\\':
                return escape();
            case '^':
                // Without MULTILINE, '^' matches at position 0 only, which the caller always tries:
                // a path through it adds no character.
                i++;
                return new Node(new BitSet(), false);
            case '$':
                i++;
                return new Node(new BitSet(), true);
            case '.':
                return atom(i + 1);
            case '*':
            case '+':
            case '?':
            case '{':
                throw new Unknown(); // a dangling quantifier
            default:
                if (Character.isHighSurrogate(c) && i + 1 < re.length() && Character.isLowSurrogate(re.charAt(i + 1))) {
                    i += 2; // a supplementary literal: surrogates are always candidates
                    return new Node(new BitSet(), false);
                }
                i++;
                BitSet one = new BitSet();
                one.set(c);
                return new Node(one, false);
        }
    }

    private Node group() {
        i++; // '('
        boolean zeroWidth = false;
        if (re.startsWith("?:", i) || re.startsWith("?>", i)) {
            i += 2;
        } else if (re.startsWith("?=", i) || re.startsWith("?!", i)) {
            i += 2;
            zeroWidth = true;
        } else if (re.startsWith("?<=", i) || re.startsWith("?<!", i)) {
            i += 3;
            zeroWidth = true;
        } else if (re.startsWith("?<", i)) {
            int close = re.indexOf('>', i);
            if (close < 0 || !re.substring(i + 2, close).matches("[A-Za-z][A-Za-z0-9]*")) {
                throw new Unknown();
            }
            i = close + 1; // a named group
        } else if (re.startsWith("?", i)) {
            throw new Unknown(); // inline flags
        }
        Node inner = alternation();
        if (!more() || peek() != ')') {
            throw new Unknown();
        }
        i++;
        // A look-around consumes nothing: it can only forbid a start, never add one.
        return zeroWidth ? new Node(new BitSet(), true) : inner;
    }

    /** The index just after the character class that starts at {@code start}. */
    private int classEnd(int start) {
        int j = start + 1;
        int depth = 1;
        if (j < re.length() && re.charAt(j) == '^') {
            j++;
        }
        while (j < re.length()) {
            char c = re.charAt(j);
            if (c == '\\') {
                if (re.startsWith("Q", j + 1)) {
                    int e = re.indexOf("\\E", j + 2);
                    if (e < 0) {
                        throw new Unknown();
                    }
                    j = e + 2;
                } else {
                    j += 2;
                }
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    return j + 1;
                }
            }
            j++;
        }
        throw new Unknown();
    }

    private Node escape() {
        if (i + 1 >= re.length()) {
            throw new Unknown();
        }
        char e = re.charAt(i + 1);
        switch (e) {
            case 'b':
                if (re.startsWith("{", i + 2)) {
                    throw new Unknown();
                }
                i += 2;
                return new Node(new BitSet(), true);
            case 'B':
            case 'A':
            case 'z':
            case 'Z':
                i += 2;
                return new Node(new BitSet(), true);
            case 'Q': {
                int end = re.indexOf("\\E", i + 2);
                String quoted = end < 0 ? re.substring(i + 2) : re.substring(i + 2, end);
                i = end < 0 ? re.length() : end + 2;
                if (quoted.isEmpty()) {
                    return new Node(new BitSet(), true);
                }
                char q = quoted.charAt(0);
                BitSet one = new BitSet();
                if (!Character.isSurrogate(q)) {
                    one.set(q);
                }
                return new Node(one, false);
            }
            case 'p':
            case 'P':
                if (re.startsWith("{", i + 2)) {
                    int close = re.indexOf('}', i + 2);
                    if (close < 0) {
                        throw new Unknown();
                    }
                    return atom(close + 1);
                }
                return atom(i + 3);
            case 'x':
                if (re.startsWith("{", i + 2)) {
                    int close = re.indexOf('}', i + 2);
                    if (close < 0) {
                        throw new Unknown();
                    }
                    return atom(close + 1);
                }
                return atom(i + 4);
            case 'u':
                return atom(i + 6);
            case '0': {
                int j = i + 2;
                while (j < re.length() && j < i + 5 && re.charAt(j) >= '0' && re.charAt(j) <= '7') {
                    j++;
                }
                return atom(j);
            }
            case 'c':
                return atom(i + 3);
            case 'N': {
                int close = re.indexOf('}', i + 2);
                if (close < 0) {
                    throw new Unknown();
                }
                return atom(close + 1);
            }
            default:
                if (Character.isDigit(e) || e == 'k' || e == 'G') {
                    throw new Unknown(); // back-references, \G
                }
                return atom(i + 2);
        }
    }

    /** The atom re[i, end): a construct that matches one character (or \R's CR LF), its set computed by java.util.regex. */
    private Node atom(int end) {
        if (end > re.length()) {
            throw new Unknown();
        }
        String text = re.substring(i, end);
        i = end;
        BitSet set = ATOMS.computeIfAbsent(flags + "\u0000" + text, k -> characters(text, flags));
        return new Node(set, false);
    }

    private static BitSet characters(String atom, int flags) {
        java.util.regex.Matcher m = Pattern.compile(atom, flags).matcher("");
        BitSet set = new BitSet(0x10000);
        char[] one = new char[1];
        java.nio.CharBuffer buf = java.nio.CharBuffer.wrap(one);
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue; // surrogates are always candidates
            }
            one[0] = (char) c;
            buf.rewind();
            if (m.reset(buf).lookingAt()) {
                set.set(c);
            }
        }
        return set;
    }
}
