package org.tarjama.tm.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * The few REST calls the store makes, over the JDK's {@link HttpClient} with Jackson for the JSON.
 * Deliberately not the OpenSearch Java client: the store needs a dozen endpoints (bulk, search,
 * aliases, reindex, count), and the official client brings a transport stack (Apache HttpClient 5,
 * its own JSON mapping layer) many times the size of this class into every Tarjama install, for
 * users who never touch a cluster.
 */
final class OpenSearchClient {
    static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String location;
    private final String auth;
    private final HttpClient http;

    /** A response: HTTP status and parsed body (a missing node for an empty body). */
    record Response(int status, JsonNode body) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    OpenSearchClient(String base, String location, String user, String password) {
        this(base, location, user, password, null);
    }

    /**
     * @param tls the TLS context for {@code https} (trusting a given CA), or null for the JVM's default
     *            (its {@code cacerts}, or {@code -Djavax.net.ssl.trustStore})
     */
    OpenSearchClient(String base, String location, String user, String password, SSLContext tls) {
        this.base = base;
        this.location = location;
        this.auth = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        // HTTP/1.1: OpenSearch's REST layer does not speak cleartext HTTP/2, so the JDK's default (an h2c
        // upgrade offered on every new connection) only costs a round of headers
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10));
        if (tls != null) {
            b.sslContext(tls);
        }
        this.http = b.build();
    }

    String location() {
        return location;
    }

    /** Sends a request; a node that cannot be reached is bad input (exit 3), never a stack trace. */
    Response send(String method, String path, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", contentType);
        }
        if (auth != null) {
            b.header("Authorization", auth);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() == 401 || r.statusCode() == 403) {
                throw bad("OpenSearch refused the credentials (HTTP " + r.statusCode()
                        + "); set TARJAMA_OPENSEARCH_USER and TARJAMA_OPENSEARCH_PASSWORD", null);
            }
            String text = r.body();
            JsonNode node = text == null || text.isBlank() ? JSON.missingNode() : JSON.readTree(text);
            return new Response(r.statusCode(), node);
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw bad("cannot reach OpenSearch at " + base + " (" + (e.getMessage() == null ? "connection refused" : e.getMessage())
                    + "): is the node running? (scripts/opensearch.sh start)", e);
        } catch (SSLHandshakeException e) {
            throw bad("OpenSearch at " + base + ": the TLS handshake failed (" + e.getMessage() + "); if the node's "
                    + "certificate comes from your own CA, set TARJAMA_OPENSEARCH_CA to that CA's PEM file", e);
        } catch (HttpTimeoutException e) {
            throw bad("OpenSearch at " + base + " did not answer " + method + " " + path + " in time", e);
        } catch (IOException e) {
            throw bad("OpenSearch at " + base + ": " + method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw bad("interrupted while talking to OpenSearch at " + base, e);
        }
    }

    Response json(String method, String path, Object body) {
        try {
            return send(method, path, body == null ? null : JSON.writeValueAsString(body), "application/json");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As {@link #json} but any non-2xx answer is an error naming the call and OpenSearch's reason. */
    JsonNode ok(String method, String path, Object body) {
        Response r = json(method, path, body);
        if (!r.ok()) {
            throw failure(method, path, r);
        }
        return r.body();
    }

    BadInputException failure(String method, String path, Response r) {
        JsonNode reason = r.body().path("error").path("reason");
        return bad("OpenSearch answered HTTP " + r.status() + " to " + method + " " + path
                + (reason.isMissingNode() ? "" : ": " + reason.asText()), null);
    }

    BadInputException bad(String message, Throwable cause) {
        return new BadInputException(SourceLocation.ofFile(location), message, cause);
    }
}
