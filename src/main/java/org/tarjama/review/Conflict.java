package org.tarjama.review;

/** An edit refused because the client or the file is not at the revision the edit was made against (HTTP 409). */
public final class Conflict extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long revision;

    Conflict(String message, long revision) {
        super(message, null, false, false);
        this.revision = revision;
    }

    /** The revision the server has now. */
    public long revision() {
        return revision;
    }
}
