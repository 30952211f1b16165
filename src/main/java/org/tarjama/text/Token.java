package org.tarjama.text;

/** A word or number token with its char offsets [start, end) in the text it was cut from. */
public record Token(String text, int start, int end, Kind kind) {
    /** What the token is made of. */
    public enum Kind { WORD, NUMBER }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }
}
