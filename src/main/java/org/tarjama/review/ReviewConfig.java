package org.tarjama.review;

import java.util.List;

/**
 * How the workbench runs.
 *
 * @param bind        address to listen on (loopback unless the user asks otherwise)
 * @param port        port, 0 for any free one
 * @param token       the secret every request must carry (from the printed URL)
 * @param annotator   the glossary's highlights and findings, or null without a glossary
 * @param maxBody     largest request body in bytes (larger ones get 413)
 * @param saveDelayMs how long after an edit the project file is written (edits in between are saved together)
 * @param log         where messages about saving go (never null)
 */
public record ReviewConfig(String bind, int port, String token, Annotator annotator, long maxBody, long saveDelayMs,
                           java.util.function.Consumer<String> log) {
    public static final long DEFAULT_MAX_BODY = 1L << 20;
    public static final long DEFAULT_SAVE_DELAY_MS = 200;

    /** Loopback, a fresh token, no glossary, the default limits. */
    public static ReviewConfig loopback(int port) {
        return new ReviewConfig("127.0.0.1", port, org.tarjama.http.LocalGuard.newToken(), null, DEFAULT_MAX_BODY,
                DEFAULT_SAVE_DELAY_MS, m -> { });
    }

    public ReviewConfig withAnnotator(Annotator a) {
        return new ReviewConfig(bind, port, token, a, maxBody, saveDelayMs, log);
    }

    public ReviewConfig withBind(String b) {
        return new ReviewConfig(b, port, token, annotator, maxBody, saveDelayMs, log);
    }

    public ReviewConfig withLog(java.util.function.Consumer<String> l) {
        return new ReviewConfig(bind, port, token, annotator, maxBody, saveDelayMs, l);
    }

    /** Host names accepted besides the loopback names and the bind address: none. */
    List<String> extraHosts() {
        return List.of();
    }
}
