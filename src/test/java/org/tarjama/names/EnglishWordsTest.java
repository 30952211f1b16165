package org.tarjama.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** {@link NameCandidates#englishWords} splits as the regular expression it replaces did. */
class EnglishWordsTest {
    private static List<String> byRegex(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split("[\\s-]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    @Property(tries = 2000)
    void sameWordsAsTheRegularExpression(@ForAll @StringLength(max = 16)
                                         @Chars({'a', 'B', 'c', ' ', '-', '\t', '\n', '\u000B', '\f', '\r',
                                             '\u00A0', '\u2010', '\'', '.'}) String s) {
        assertThat(NameCandidates.englishWords(s)).isEqualTo(byRegex(s));
    }

    @Test
    void examples() {
        assertThat(NameCandidates.englishWords("Moon Jae-in")).containsExactly("Moon", "Jae", "in");
        assertThat(NameCandidates.englishWords(" -NBC  News- ")).containsExactly("NBC", "News");
        assertThat(NameCandidates.englishWords("")).isEmpty();
    }
}
