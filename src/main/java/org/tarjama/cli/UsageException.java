package org.tarjama.cli;

/** A wrong combination of options found after parsing: exit code 2 with the message. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
