package org.tarjama.cli;

/** Exit codes that scripts can trust. */
public final class ExitCodes {
    private ExitCodes() {
    }

    /** Success, nothing to report. */
    public static final int OK = 0;
    /** The command ran and found problems at or above the requested level. */
    public static final int FINDINGS = 1;
    /** Wrong options or arguments. */
    public static final int USAGE = 2;
    /** Input that cannot be used (missing file, binary data, malformed TMX …). */
    public static final int BAD_INPUT = 3;
    /** A bug or an environment failure. */
    public static final int INTERNAL = 4;
}
