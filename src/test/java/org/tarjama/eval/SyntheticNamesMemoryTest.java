package org.tarjama.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tarjama.model.TranslationUnit;

class SyntheticNamesMemoryTest {
    private static final List<SyntheticNamesMemory.Pair> NAMES = List.of(
            new SyntheticNamesMemory.Pair("Haifa", "حيفا"), new SyntheticNamesMemory.Pair("Obama", "أوباما"),
            new SyntheticNamesMemory.Pair("Kerry", "كيري"), new SyntheticNamesMemory.Pair("Abbas", "عباس"));

    private static Path seedDir() throws URISyntaxException {
        return Path.of(SyntheticNamesMemoryTest.class.getResource("/org/tarjama/seed/seed.gold").toURI()).getParent();
    }

    private static List<TranslationUnit> all(SyntheticNamesMemory m) {
        List<TranslationUnit> out = new ArrayList<>();
        while (m.hasNext()) {
            out.add(m.next());
        }
        return out;
    }

    @Test
    void recombinedUnitsAreTheSameEachPassAndFarMoreVariedThanTheCycledSeed() throws Exception {
        List<String[]> pairs = SyntheticNewsMemory.pairs(seedDir());
        SyntheticNewsMemory.Recombiner corpus = new SyntheticNewsMemory.Recombiner(pairs);
        List<TranslationUnit> a = all(new SyntheticNamesMemory(corpus, NAMES, 500, 42));
        List<TranslationUnit> b = all(new SyntheticNamesMemory(corpus, NAMES, 500, 42));
        assertThat(a).hasSize(500);
        // the check streams the memory twice: both passes must see the same units
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).text("en")).isEqualTo(b.get(i).text("en"));
            assertThat(a.get(i).text("ar")).isEqualTo(b.get(i).text("ar"));
        }
        List<TranslationUnit> cycled = all(new SyntheticNamesMemory(SyntheticNamesMemory.seedPairs(seedDir()), NAMES,
                500, 42));
        Set<String> recombinedAr = new HashSet<>();
        Set<String> cycledAr = new HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            TranslationUnit r = a.get(i);
            TranslationUnit c = cycled.get(i);
            // the same added sentence, naming the same person (the names are drawn alike)
            String tail = c.text("en").substring(c.text("en").lastIndexOf(" Officials met "));
            assertThat(r.text("en")).endsWith(tail);
            String arTail = c.text("ar").substring(c.text("ar").lastIndexOf(" والتقى مسؤولون "));
            assertThat(r.text("ar")).endsWith(arTail);
            recombinedAr.add(r.text("ar").substring(0, r.text("ar").length() - arTail.length()));
            cycledAr.add(c.text("ar").substring(0, c.text("ar").length() - arTail.length()));
        }
        assertThat(cycledAr).hasSizeLessThanOrEqualTo(SyntheticNamesMemory.seedPairs(seedDir()).size());
        assertThat(recombinedAr.size()).isGreaterThan(10 * cycledAr.size());
    }
}
