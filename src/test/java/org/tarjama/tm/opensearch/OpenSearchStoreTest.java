package org.tarjama.tm.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarjama.model.BadInputException;
import org.tarjama.tm.MemoryStore;
import org.tarjama.tm.MemoryStores;

/** The OpenSearch store without a node: addressing, credentials and a node that is down. */
class OpenSearchStoreTest {

    @Test
    void theSchemesAreRegisteredThroughTheServiceLoader() {
        MemoryStore s = MemoryStores.of("opensearch://127.0.0.1:9200/tm");
        assertThat(s).isInstanceOf(OpenSearchStore.class);
        assertThat(s.location()).isEqualTo("opensearch://127.0.0.1:9200/tm");
        assertThat(MemoryStores.of("opensearchs://search.example:443/team-tm").location())
                .isEqualTo("opensearchs://search.example:443/team-tm");
        assertThat(MemoryStores.of("opensearch://localhost/tm").location()).isEqualTo("opensearch://localhost:9200/tm");
    }

    @Test
    void credentialsInTheUrlAreRefusedAndNeverEchoed() {
        assertThatThrownBy(() -> OpenSearchStore.of("opensearchs://alice:s3cret@host:9200/tm", Map.of()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("TARJAMA_OPENSEARCH_USER")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
    }

    @Test
    void aUserWithoutAPasswordIsRefused() {
        assertThatThrownBy(() -> OpenSearchStore.of("opensearchs://host:9200/tm", Map.of("TARJAMA_OPENSEARCH_USER", "alice")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("TARJAMA_OPENSEARCH_PASSWORD");
    }

    @Test
    void malformedUrlsAndIndexNamesAreBadInput() {
        assertThatThrownBy(() -> OpenSearchStore.of("opensearch://host:9200/", Map.of()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("index name");
        assertThatThrownBy(() -> OpenSearchStore.of("opensearch://host:9200/Big", Map.of()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("'Big'");
        assertThatThrownBy(() -> OpenSearchStore.of("opensearch://host:9200", Map.of()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("opensearch://HOST:PORT/NAME");
        assertThatThrownBy(() -> OpenSearchStore.of("opensearch://host:99999/tm", Map.of()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("99999");
    }

    @Test
    void aNodeThatIsDownIsBadInputNamingTheUrl() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        MemoryStore store = MemoryStores.of("opensearch://127.0.0.1:" + port + "/tm");
        assertThatThrownBy(store::open)
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("cannot reach OpenSearch at http://127.0.0.1:" + port)
                .hasMessageContaining("is the node running");
        assertThatThrownBy(store::openImport).isInstanceOf(BadInputException.class);
    }
}
