package org.tarjama.tm.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.model.BadInputException;

/**
 * {@code opensearchs://} speaks TLS: against an HTTPS node whose certificate a private CA signed (as
 * OpenSearch's security plugin sets a cluster up), the client trusts exactly the CA named by
 * {@code TARJAMA_OPENSEARCH_CA}, sends the credentials from the environment only over that channel,
 * and refuses a certificate that CA did not sign (or that the JVM's default trust store does not know)
 * with a clear error instead of a stack trace. The certificates are made with the JDK's keytool.
 */
class OpenSearchTlsTest {
    private static final String PASS = "changeit";

    @TempDir
    Path tmp;

    private HttpsServer node;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    private void keytool(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("keytool %s: %s", String.join(" ", args), out).isZero();
    }

    private void selfSignedCa(String alias, String dn) throws Exception {
        keytool("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-dname", dn, "-ext", "bc:c",
                "-validity", "2", "-keystore", alias + ".p12", "-storetype", "PKCS12", "-storepass", PASS);
        keytool("-exportcert", "-rfc", "-alias", alias, "-keystore", alias + ".p12", "-storepass", PASS, "-file", alias + ".pem");
    }

    @BeforeEach
    void startHttpsNode() throws Exception {
        selfSignedCa("ca", "CN=Tarjama Test CA");
        selfSignedCa("other", "CN=Some Other CA");
        // the node's key, its certificate signed by the CA for the address clients use
        keytool("-genkeypair", "-alias", "node", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1",
                "-validity", "2", "-keystore", "node.p12", "-storetype", "PKCS12", "-storepass", PASS);
        keytool("-certreq", "-alias", "node", "-keystore", "node.p12", "-storepass", PASS, "-file", "node.csr");
        keytool("-gencert", "-alias", "ca", "-keystore", "ca.p12", "-storepass", PASS, "-infile", "node.csr",
                "-outfile", "node.pem", "-rfc", "-ext", "san=ip:127.0.0.1", "-validity", "2");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", "ca.pem", "-keystore", "node.p12", "-storepass", PASS);
        keytool("-importcert", "-alias", "node", "-file", "node.pem", "-keystore", "node.p12", "-storepass", PASS);

        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(tmp.resolve("node.p12"))) {
            ks.load(in, PASS.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASS.toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        node = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        node.setHttpsConfigurator(new HttpsConfigurator(ctx));
        node.createContext("/", ex -> {
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "" : auth);
            byte[] body = "{\"version\":{\"number\":\"2.19.3\"}}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        node.start();
    }

    @AfterEach
    void stopNode() {
        node.stop(0);
    }

    private String url() {
        return "opensearchs://127.0.0.1:" + node.getAddress().getPort() + "/tm";
    }

    @Test
    void theClientTrustsTheGivenCaAndSendsTheCredentialsOverTls() {
        OpenSearchStore s = OpenSearchStore.of(url(), Map.of("TARJAMA_OPENSEARCH_CA", tmp.resolve("ca.pem").toString(),
                "TARJAMA_OPENSEARCH_USER", "alice", "TARJAMA_OPENSEARCH_PASSWORD", "s3cret"));
        OpenSearchClient.Response r = s.client().send("GET", "/", null, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("version").path("number").asText()).isEqualTo("2.19.3");
        assertThat(authorizations).containsExactly(
                "Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCertificateTheCaDidNotSignIsRefusedBeforeAnyCredentialIsSent() {
        OpenSearchStore wrongCa = OpenSearchStore.of(url(), Map.of("TARJAMA_OPENSEARCH_CA", tmp.resolve("other.pem").toString(),
                "TARJAMA_OPENSEARCH_USER", "alice", "TARJAMA_OPENSEARCH_PASSWORD", "s3cret"));
        assertThatThrownBy(() -> wrongCa.client().send("GET", "/", null, null))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("TLS handshake failed")
                .hasMessageContaining("TARJAMA_OPENSEARCH_CA")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
        // the JVM's default trust store does not know the private CA either
        OpenSearchStore defaults = OpenSearchStore.of(url(), Map.of());
        assertThatThrownBy(() -> defaults.client().send("GET", "/", null, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("TLS handshake failed");
        assertThat(authorizations).isEmpty();
    }

    @Test
    void aCaFileThatIsMissingOrNotACertificateIsBadInputNamingIt() throws Exception {
        Path missing = tmp.resolve("nope.pem");
        assertThatThrownBy(() -> OpenSearchStore.of(url(), Map.of("TARJAMA_OPENSEARCH_CA", missing.toString())))
                .isInstanceOf(BadInputException.class).hasMessageContaining("nope.pem").hasMessageContaining("cannot read");
        Path junk = Files.writeString(tmp.resolve("junk.pem"), "not a certificate\n");
        assertThatThrownBy(() -> OpenSearchStore.of(url(), Map.of("TARJAMA_OPENSEARCH_CA", junk.toString())))
                .isInstanceOf(BadInputException.class).hasMessageContaining("junk.pem");
    }
}
