package org.tarjama.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.model.BadInputException;
import org.tarjama.model.TranslationUnit;

class MemoryStoresTest {

    @Test
    void aPathIsTheEmbeddedStoreAndWorksThroughTheInterface(@TempDir Path dir) {
        MemoryStore store = MemoryStores.of(dir.resolve("tm").toString());
        assertThat(store).isInstanceOf(DirectoryStore.class);
        assertThat(store.exists()).isFalse();
        try (MemoryImport imp = store.openImport()) {
            imp.add(TranslationUnit.of("1", "en", "The rocket fell near Ashkelon.", "ar", "سقط الصاروخ قرب عسقلان."));
            imp.add(TranslationUnit.of("2", "en", "Hamas said nothing.", "ar", "لم تقل حماس شيئا."));
            assertThat(imp.commit().added()).isEqualTo(2);
        }
        assertThat(store.exists()).isTrue();
        try (TranslationMemory tm = store.open()) {
            assertThat(tm.size()).isEqualTo(2);
            assertThat(tm.location()).isEqualTo(dir.resolve("tm").toString());
            List<TmMatch> m = tm.lookup("The rocket fell near Sderot.", 50, 3);
            assertThat(m).isNotEmpty();
            assertThat(m.get(0).tuid()).isEqualTo("1");
            assertThat(m.get(0).score()).isBetween(50, 99);
            List<String> all = new ArrayList<>();
            tm.forEach(u -> all.add(u.tuid()));
            assertThat(all).containsExactly("1", "2");
            assertThat(tm.concordance("عسقلان", true, 10)).extracting(ConcordanceHit::tuid).containsExactly("1");
        }
    }

    @Test
    void aWindowsStylePathIsNotAUrl() {
        assertThat(MemoryStores.of("C:\\tm")).isInstanceOf(DirectoryStore.class);
    }

    @Test
    void anUnknownSchemeIsBadInputWithoutTheCredentials() {
        assertThatThrownBy(() -> MemoryStores.of("nosuch://alice:secret@127.0.0.1:9/tm"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("nosuch://")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
    }

    @Test
    void redactRemovesUserAndPassword() {
        assertThat(MemoryStores.redact("opensearchs://u:p@host:9200/tm")).isEqualTo("opensearchs://host:9200/tm");
        assertThat(MemoryStores.redact("opensearch://host:9200/tm")).isEqualTo("opensearch://host:9200/tm");
    }
}
