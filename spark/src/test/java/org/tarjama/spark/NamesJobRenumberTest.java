package org.tarjama.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.names.NameReport;

/** Mapping a key's local unit numbers back to global ones keeps everything else of the name as the core made it. */
class NamesJobRenumberTest {
    @Test
    void renumberingKeepsTheFlagsTheSuggestedGlossaryReads() {
        NamesJob.LongList numbers = new NamesJob.LongList();
        numbers.add(41);
        numbers.add(97);
        NameReport.Rendering r = new NameReport.Rendering("بايدن", 1, List.of(2L), false, false,
                new NameReport.Example(2, "Biden said so.", "قال بايدن ذلك."), true, true);
        NameReport.Name local = new NameReport.Name("Biden", NameReport.Status.CONSISTENT, List.of(r), 1,
                List.of(1L), new NameReport.Example(1, "Biden left.", "غادر."), List.of(), List.of(), true, false);

        NameReport.Name global = NamesJob.renumber(local, numbers);

        assertThat(global.commonWord()).isTrue();
        assertThat(global.attested()).isFalse();
        assertThat(global.renderings().get(0).uncertain()).isTrue();
        assertThat(global.renderings().get(0).byWords()).isTrue();
        assertThat(global.unrenderedUnits()).containsExactly(41L);
        assertThat(global.renderings().get(0).units()).containsExactly(97L);
        assertThat(global.renderings().get(0).example().unit()).isEqualTo(97L);
        assertThat(global.unrenderedExample().unit()).isEqualTo(41L);
    }
}
