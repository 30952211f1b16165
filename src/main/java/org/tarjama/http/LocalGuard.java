package org.tarjama.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code Host} names a server on this machine answers to, and token checks.
 *
 * <p>A page on another site can make a browser send requests to a server on 127.0.0.1 by a DNS name
 * it controls that resolves there (DNS rebinding); the browser then sends that name as {@code Host}.
 * Answering only to {@code 127.0.0.1:PORT}, {@code localhost:PORT}, {@code [::1]:PORT}, the bind address
 * and names the user added refuses those requests.
 */
public final class LocalGuard {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Set<String> hosts;

    private LocalGuard(Set<String> hosts) {
        this.hosts = Set.copyOf(hosts);
    }

    /**
     * The guard of a server listening on {@code bind:port}.
     *
     * @param extra further names clients use ({@code name} or {@code name:port}; without a port, {@code port} is meant)
     */
    public static LocalGuard forServer(String bind, int port, Collection<String> extra) {
        Set<String> hs = new LinkedHashSet<>();
        for (String h : List.of("127.0.0.1", "localhost", "[::1]", bracketed(bind))) {
            hs.add(h.toLowerCase(Locale.ROOT) + ":" + port);
        }
        for (String h : extra) {
            String n = h.toLowerCase(Locale.ROOT);
            hs.add(n.contains(":") && !n.startsWith("[") || n.startsWith("[") && n.contains("]:") ? n : n + ":" + port);
        }
        return new LocalGuard(hs);
    }

    /** An IPv6 literal in brackets, as it stands in a Host header. */
    public static String bracketed(String bind) {
        return bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
    }

    /** True when {@code host} (a Host header, may be null) names this server. */
    public boolean hostAllowed(String host) {
        return host != null && hosts.contains(host.toLowerCase(Locale.ROOT));
    }

    /** The accepted names, sorted, for messages. */
    public List<String> hosts() {
        List<String> l = new ArrayList<>(hosts);
        l.sort(null);
        return l;
    }

    /** Why a request with this Host is refused. */
    public String refusal(String host) {
        return "Host '" + host + "' is not this server (allowed: " + String.join(", ", hosts()) + ")";
    }

    /** True when {@code given} equals {@code expected}, compared in constant time; false when either is null. */
    public static boolean tokenMatches(String given, String expected) {
        if (given == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** A fresh random token: 32 bytes from a SecureRandom, URL-safe Base64 without padding (43 characters). */
    public static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** True when {@code bind} is a loopback address (or resolves to one). */
    public static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The host a client puts in the URL of a server bound to {@code bind}: 127.0.0.1 for loopback or any address. */
    public static String urlHost(String bind) {
        return isLoopbackOrAny(bind) ? "127.0.0.1" : bracketed(bind);
    }

    /** True when {@code bind} is a loopback or the any-address. */
    public static boolean isLoopbackOrAny(String bind) {
        try {
            InetAddress a = InetAddress.getByName(bind);
            return a.isLoopbackAddress() || a.isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
