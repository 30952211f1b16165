package org.tarjama.tm.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;
import org.tarjama.tm.MemoryImport;
import org.tarjama.tm.MemoryStore;
import org.tarjama.tm.MemoryStores;
import org.tarjama.tm.TranslationMemory;

/**
 * A memory in an OpenSearch index, addressed as {@code opensearch://HOST:PORT/NAME} (or
 * {@code opensearchs://} for TLS). {@code NAME} is an alias: every import builds a new index
 * {@code NAME-gN} and switches the alias to it in one atomic call, so readers never see half an import.
 * Credentials come from {@code TARJAMA_OPENSEARCH_USER} / {@code TARJAMA_OPENSEARCH_PASSWORD}, never
 * from the URL (a URL ends up in shell history, process lists and logs).
 */
public final class OpenSearchStore implements MemoryStore {
    private static final Pattern URL = Pattern.compile("(?i)(opensearchs?)://([^/@]*@)?([^/:@]+)(?::(\\d{1,5}))?/([^/?#]*)/?");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,200}");

    private final OpenSearchClient client;
    private final String alias;

    private OpenSearchStore(OpenSearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** The store at {@code location}, with credentials (for {@code opensearchs}) from {@code env}. */
    public static OpenSearchStore of(String location, Map<String, String> env) {
        String shown = MemoryStores.redact(location);
        Matcher m = URL.matcher(location);
        if (!m.matches()) {
            throw new BadInputException(SourceLocation.ofFile(shown),
                    "not an OpenSearch memory URL: expected opensearch://HOST:PORT/NAME or opensearchs://HOST:PORT/NAME");
        }
        if (m.group(2) != null) {
            throw new BadInputException(SourceLocation.ofFile(shown), "credentials do not go in the URL: set "
                    + "TARJAMA_OPENSEARCH_USER and TARJAMA_OPENSEARCH_PASSWORD in the environment");
        }
        String name = m.group(5);
        if (!NAME.matcher(name).matches()) {
            throw new BadInputException(SourceLocation.ofFile(shown), "'" + name
                    + "' is not an OpenSearch index name (lower-case letters, digits, - and _, not starting with - or _)");
        }
        boolean tls = m.group(1).equalsIgnoreCase("opensearchs");
        String host = m.group(3);
        int port = m.group(4) == null ? 9200 : Integer.parseInt(m.group(4));
        if (port < 1 || port > 65535) {
            throw new BadInputException(SourceLocation.ofFile(shown), "port " + port + " is out of range");
        }
        String user = env.get("TARJAMA_OPENSEARCH_USER");
        String password = env.get("TARJAMA_OPENSEARCH_PASSWORD");
        if (user != null && password == null || user == null && password != null) {
            throw new BadInputException(SourceLocation.ofFile(shown),
                    "set both TARJAMA_OPENSEARCH_USER and TARJAMA_OPENSEARCH_PASSWORD, or neither");
        }
        String base = (tls ? "https://" : "http://") + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        String loc = m.group(1).toLowerCase(java.util.Locale.ROOT) + "://" + host + ":" + port + "/" + name;
        String ca = env.get("TARJAMA_OPENSEARCH_CA");
        SSLContext context = tls && ca != null && !ca.isBlank() ? trusting(Path.of(ca)) : null;
        return new OpenSearchStore(new OpenSearchClient(base, loc, tls ? user : null, tls ? password : null, context), name);
    }

    /**
     * A TLS context trusting only the certificates in {@code pem} (a cluster's own CA, as OpenSearch's
     * security plugin makes one); the node's certificate must also name the host (the JDK checks it).
     */
    static SSLContext trusting(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new BadInputException(SourceLocation.ofFile(pem.toString()), "TARJAMA_OPENSEARCH_CA holds no certificate");
            }
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            int i = 0;
            for (Certificate c : certs) {
                ks.setCertificateEntry("ca-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException e) {
            throw new BadInputException(SourceLocation.ofFile(pem.toString()),
                    "cannot read the CA named by TARJAMA_OPENSEARCH_CA: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new BadInputException(SourceLocation.ofFile(pem.toString()),
                    "TARJAMA_OPENSEARCH_CA is not a PEM (or DER) X.509 certificate: " + e.getMessage(), e);
        }
    }

    @Override
    public String location() {
        return client.location();
    }

    OpenSearchClient client() {
        return client;
    }

    String alias() {
        return alias;
    }

    /** The index the alias points at, or {@code null} when no import has been committed. */
    String currentIndex() {
        OpenSearchClient.Response r = client.json("GET", "/_alias/" + alias, null);
        if (r.status() == 404) {
            if (client.json("HEAD", "/" + alias, null).status() == 200) {
                throw client.bad("'" + alias + "' is an index, not a Tarjama memory alias", null);
            }
            return null;
        }
        if (!r.ok()) {
            throw client.failure("GET", "/_alias/" + alias, r);
        }
        Iterator<String> names = r.body().fieldNames();
        return names.hasNext() ? names.next() : null;
    }

    /** The import generation recorded in an index's mapping. */
    long generation(String index) {
        JsonNode meta = client.ok("GET", "/" + index + "/_mapping", null).path(index).path("mappings").path("_meta");
        return meta.path("generation").asLong(0);
    }

    @Override
    public boolean exists() {
        return currentIndex() != null;
    }

    @Override
    public TranslationMemory open() {
        return new OpenSearchMemory(this, currentIndex());
    }

    @Override
    public MemoryImport openImport() {
        return new OpenSearchImport(this);
    }

    /** The mapping: match keys as keywords, texts stored only (no server-side analysis is used). */
    static Map<String, Object> mapping(long generation) {
        Map<String, Object> kw = Map.of("type", "keyword");
        Map<String, Object> stored = Map.of("type", "keyword", "index", false, "doc_values", false);
        Map<String, Object> num = Map.of("type", "integer");
        return Map.of("_meta", Map.of("generation", generation), "dynamic", "strict",
                "properties", Map.of("seq", Map.of("type", "long"), "tuid", stored, "source", stored, "target", stored,
                        "en_keys", kw, "en_len", num, "ar_keys", kw, "ar_len", num, "ar_forms", kw));
    }

    static List<String> fields() {
        return List.of("seq", "tuid", "source", "target");
    }
}
