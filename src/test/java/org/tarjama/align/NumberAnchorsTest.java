package org.tarjama.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberAnchorsTest {
    @Test
    void thousandsSeparatorsAndDigitScriptsGiveTheSameNumber() {
        assertThat(Words.number("2,000")).isEqualTo("2000");
        assertThat(Words.number("2000")).isEqualTo("2000");
        assertThat(Words.number("٢٠٠٠")).isEqualTo("2000");
        assertThat(Words.number("۲۰۰۰")).isEqualTo("2000");
        assertThat(Words.number("٢٬٠٠٠")).isEqualTo("2000");
    }

    @Test
    void decimalsInEveryScriptAgree() {
        assertThat(Words.number("3.5")).isEqualTo("3.5");
        assertThat(Words.number("٣٫٥")).isEqualTo("3.5");
        assertThat(Words.number("3,5")).isEqualTo("3.5");
    }

    private static List<String> items(String en, String ar) {
        SentenceFeatures f = new SentenceFeatures(List.of(en), List.of(ar), AlignerConfig.defaults());
        List<String> enItems = new java.util.ArrayList<>();
        for (int id : f.enItems[0]) {
            enItems.add(f.names.get(id));
        }
        List<String> shared = new java.util.ArrayList<>();
        for (int id : f.arItems[0]) {
            if (enItems.contains(f.names.get(id)) && f.names.get(id).startsWith("n:")) {
                shared.add(f.names.get(id));
            }
        }
        return shared;
    }

    @Test
    void ordinalsAndPercentagesAnchorAcrossScripts() {
        assertThat(items("It entered its 50th day.", "دخل يومه ال-50.")).containsExactly("n:50");
        assertThat(items("Prices rose 70%.", "ارتفعت الأسعار ٧٠٪.")).containsExactly("n:70");
        assertThat(items("About 2,000 people came.", "جاء حوالي ۲۰۰۰ شخص.")).containsExactly("n:2000");
    }

    @Test
    void numbersTellWhichOfThreeLookAlikeSentencesWasNotTranslated() {
        List<String> en = List.of("The bridge opened in 1990 and cost 45 million dollars to build.",
                "The tunnel opened in 2004 and cost 80 million dollars to build.",
                "The tower opened in 2010 and cost 60 million dollars to build.");
        List<String> ar = List.of("افتتح الجسر في عام ١٩٩٠ وبلغت تكلفة بنائه ٤٥ مليون دولار.",
                "افتتح البرج في عام ٢٠١٠ وبلغت تكلفة بنائه ٦٠ مليون دولار.");
        Alignment a = new SentenceAligner(AlignerConfig.defaults()).align(en, ar);
        assertThat(a.beads()).extracting(Bead::toBeadString).containsExactly("[0]:[0]", "[1]:[]", "[2]:[1]");
    }
}
