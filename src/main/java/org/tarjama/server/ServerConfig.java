package org.tarjama.server;

import java.util.List;

/**
 * How a server runs.
 *
 * @param bind          address to listen on (loopback unless the user asks otherwise)
 * @param port          port, 0 for any free one
 * @param writeToken    the bearer token imports need; null for a read-only server
 * @param allowedHosts  extra {@code Host} names accepted besides the loopback names and the bind address
 * @param maxImportBytes largest import body
 * @param maxQueryChars longest query or phrase
 * @param maxTop        most matches one lookup may ask for
 * @param maxBatch      most queries in one batch
 * @param accessLog     where access-log lines go (Common Log Format), null for nowhere
 */
public record ServerConfig(String bind, int port, String writeToken, List<String> allowedHosts, long maxImportBytes,
                           int maxQueryChars, int maxTop, int maxBatch, java.util.function.Consumer<String> accessLog) {
    public static final long DEFAULT_MAX_IMPORT_BYTES = 1L << 30;
    public static final int DEFAULT_MAX_QUERY_CHARS = 10_000;
    public static final int DEFAULT_MAX_TOP = 100;
    public static final int DEFAULT_MAX_BATCH = 1_000;

    public ServerConfig {
        allowedHosts = List.copyOf(allowedHosts);
    }

    /** Loopback on {@code port}, read-only, default limits, no access log. */
    public static ServerConfig loopback(int port) {
        return new ServerConfig("127.0.0.1", port, null, List.of(), DEFAULT_MAX_IMPORT_BYTES, DEFAULT_MAX_QUERY_CHARS,
                DEFAULT_MAX_TOP, DEFAULT_MAX_BATCH, null);
    }

    public ServerConfig withWriteToken(String token) {
        return new ServerConfig(bind, port, token, allowedHosts, maxImportBytes, maxQueryChars, maxTop, maxBatch, accessLog);
    }

    public ServerConfig withAccessLog(java.util.function.Consumer<String> log) {
        return new ServerConfig(bind, port, writeToken, allowedHosts, maxImportBytes, maxQueryChars, maxTop, maxBatch, log);
    }

    public ServerConfig withMaxImportBytes(long max) {
        return new ServerConfig(bind, port, writeToken, allowedHosts, max, maxQueryChars, maxTop, maxBatch, accessLog);
    }
}
