package org.tarjama.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.text.Transliteration;

/** The right rendering of each transliterated seed name ranks first among the n-grams of its unit. */
class SeedRankingTest {
    private static List<String[]> tsv(String name) throws IOException, URISyntaxException {
        Path p = Path.of(SeedRankingTest.class.getResource("/org/tarjama/names/" + name).toURI());
        List<String[]> out = new ArrayList<>();
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (!l.isBlank() && !l.startsWith("#")) {
                out.add(l.split("\t", -1));
            }
        }
        return out;
    }

    /** True when the Arabic text has {@code key} as whole words, proclitics and article aside. */
    private static boolean containsWords(String ar, String key) {
        List<String> w = org.tarjama.text.Tokenizer.words(org.tarjama.text.ArabicNormalizer.MATCHING.normalize(ar));
        int k = key.split(" ").length;
        for (int i = 0; i + k <= w.size(); i++) {
            String rest = String.join(" ", w.subList(i + 1, i + k));
            for (var sp : org.tarjama.text.ArabicClitics.splits(w.get(i))) {
                String first = RenderingKeys.key(sp.withArticle());
                if ((k == 1 ? first : first + " " + rest).equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void ranksTheTranslatorsRenderingFirstInItsUnit() throws Exception {
        List<String[]> units = tsv("seed-pairs.tsv");
        int trials = 0;
        List<String> misses = new ArrayList<>();
        for (String[] nr : tsv("seed-renderings.tsv")) {
            String key = RenderingKeys.key(nr[1]);
            for (String[] u : units) {
                if (!u[0].contains(nr[0]) || !containsWords(u[1], key)) {
                    continue;
                }
                trials++;
                List<Transliteration.Candidate> r = Transliteration.rank(nr[0], u[1], 0);
                String top = r.isEmpty() ? "" : RenderingKeys.key(r.get(0).rendering());
                if (!top.equals(key)) {
                    misses.add(nr[0] + " → " + (r.isEmpty() ? "nothing" : r.get(0).rendering()));
                }
            }
        }
        assertThat(trials).isGreaterThan(40);
        assertThat(misses).as("misses of %d", trials).isEmpty();
    }
}
