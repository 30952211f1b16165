package org.tarjama.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A sentence made with {@link ArabicSentence.Words} (words prepared once, reused) is the sentence made without. */
class ArabicSentenceWordsTest {
    private static final String[] WORDS = ("قال رئيس الوزراء نتنياهو، إن الحكومة وقال سامي أبو زهري المتحدث باسم حماس"
            + " لرويترز: التقى الملك عبد الله الوفد في الأردن 2014 سقطت صواريخ على عسقلان وأشكلون جون ألين"
            + " للأمم المتحدة الأمريكي والولايات بالين هارينغتون CNN سي-سبان «غزة» ـــ إسرائيل؟ ١٢ فالتقى").split(" ");

    @Test
    void sameWordsReadingsAndCostsWithAndWithoutTheWordCache() {
        Random r = new Random(3);
        ArabicSentence.Words words = new ArabicSentence.Words();
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0, len = r.nextInt(30); k < len; k++) {
                sb.append(k > 0 ? (r.nextInt(8) == 0 ? "  " : " ") : "").append(WORDS[r.nextInt(WORDS.length)]);
            }
            String text = sb.toString();
            ArabicSentence plain = ArabicSentence.of(text);
            ArabicSentence cached = ArabicSentence.of(text, words);
            assertThat(cached.text()).isEqualTo(text);
            assertThat(cached.tokens).isEqualTo(plain.tokens);
            assertThat(cached.light).isEqualTo(plain.light);
            assertThat(cached.folded).isEqualTo(plain.folded);
            assertThat(cached.wordStart).isEqualTo(plain.wordStart);
            assertThat(cached.wordEnd).isEqualTo(plain.wordEnd);
            assertThat(cached.readings).isDeepEqualTo(plain.readings);
            assertThat(cached.letters).isEqualTo(plain.letters);
            assertThat(cached.insertion).isEqualTo(plain.insertion);
            assertThat(cached.blockCode).isEqualTo(plain.blockCode);
            assertThat(cached.function).isEqualTo(plain.function);
            for (int i = 0; i < plain.size(); i++) {
                assertThat(cached.splits(i)).isEqualTo(plain.splits(i));
                // the folded text is each character's insertion cost and block offset
                for (int j = plain.wordStart[i]; j < plain.wordEnd[i]; j++) {
                    assertThat(plain.insertion[j]).isEqualTo(Transliteration.TABLE.insertion(plain.folded[j]));
                }
            }
        }
    }
}
