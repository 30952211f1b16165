package org.tarjama.tm.opensearch;

import java.util.Set;
import org.tarjama.tm.MemoryStore;
import org.tarjama.tm.MemoryStoreProvider;

/** Registers {@code opensearch://HOST:PORT/INDEX} and {@code opensearchs://} (TLS) as memory stores. */
public final class OpenSearchStoreProvider implements MemoryStoreProvider {
    @Override
    public Set<String> schemes() {
        return Set.of("opensearch", "opensearchs");
    }

    @Override
    public MemoryStore store(String location) {
        return OpenSearchStore.of(location, System.getenv());
    }
}
