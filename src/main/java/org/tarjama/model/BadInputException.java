package org.tarjama.model;

/**
 * The input cannot be used: a missing or unreadable file, binary data, undecodable bytes, malformed
 * TMX, a glossary format error. The message always names the file and, where it applies, the line,
 * column or byte offset. The command line maps it to exit code 3.
 */
public class BadInputException extends RuntimeException {
    private final SourceLocation location;

    public BadInputException(SourceLocation location, String message) {
        super(format(location, message));
        this.location = location;
    }

    public BadInputException(SourceLocation location, String message, Throwable cause) {
        super(format(location, message), cause);
        this.location = location;
    }

    public SourceLocation location() {
        return location;
    }

    private static String format(SourceLocation location, String message) {
        String where = location == null ? "" : location.toString();
        return where.isEmpty() ? message : where + ": " + message;
    }
}
