package org.tarjama.io;

import java.io.IOException;

/**
 * An output (a file given with {@code -o}, or standard output) could not be written: disk full, a
 * device error, a closed pipe. The message names the output. Commands report it as bad input (exit 3)
 * wherever it surfaces, even wrapped in a library's own exception (an XML writer, a JSON generator).
 */
public final class OutputWriteException extends IOException {
    private static final long serialVersionUID = 1L;

    public OutputWriteException(String message, IOException cause) {
        super(message, cause);
    }

    /** The first {@link OutputWriteException} in {@code t}'s cause chain, or null. */
    public static OutputWriteException in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutputWriteException o) {
                return o;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }
}
