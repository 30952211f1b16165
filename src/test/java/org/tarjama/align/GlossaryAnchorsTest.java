package org.tarjama.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryEntry;

class GlossaryAnchorsTest {
    @Test
    void aGlossaryTermGivesTheSameKeyOnBothSidesThroughClitics() {
        GlossaryAnchors anchors = GlossaryAnchors.of(new Glossary("test", List.of(GlossaryEntry.of("Iron Dome", "القبة الحديدية"))));
        assertThat(anchors.inEnglish("It was intercepted by the Iron Dome system.")).containsExactly("iron dome");
        assertThat(anchors.inArabic("اعترضته منظومة بالقبة الحديدية.")).containsExactly("iron dome");
        assertThat(anchors.inArabic("لا شيء هنا.")).isEmpty();
    }

    @Test
    void nameMatcherScoresTransliterations() {
        TransliterationNames names = new TransliterationNames();
        assertThat(names.similarity("Reuters", "رويترز")).isGreaterThan(0.75);
        assertThat(names.similarity("Reuters", "الثلاثاء")).isLessThan(0.5);
    }
}
