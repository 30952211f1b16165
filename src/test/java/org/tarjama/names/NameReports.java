package org.tarjama.names;

import java.util.ArrayList;
import java.util.List;
import org.tarjama.model.TranslationUnit;
import org.tarjama.text.Transliteration;

/** What the names tests share: units from (en, ar, en, ar …) pairs, both passes over them, a name of the report. */
final class NameReports {
    private NameReports() {
    }

    /** Units 1, 2, … from the pairs (en, ar, en, ar …). */
    static List<TranslationUnit> units(String... enAr) {
        List<TranslationUnit> units = new ArrayList<>();
        for (int i = 0; i < enAr.length; i += 2) {
            units.add(TranslationUnit.of(String.valueOf(i / 2 + 1), "en", enAr[i], "ar", enAr[i + 1]));
        }
        return units;
    }

    /** Both passes over the pairs (en, ar, en, ar …), as {@code tarjama names} runs them, without a glossary. */
    static NameReport checkTwoPasses(String... enAr) {
        List<TranslationUnit> units = units(enAr);
        return NameChecker.check(null, Transliteration.DEFAULT_THRESHOLD, units::iterator, 1, n -> { });
    }

    /** The report's name {@code en}; an assertion error listing the names when it is not there. */
    static NameReport.Name name(NameReport r, String en) {
        return r.names().stream().filter(n -> n.en().equals(en)).findFirst()
                .orElseThrow(() -> new AssertionError(en + " not reported: " + r.names()));
    }

    /** The Arabic of the name's renderings, in the report's order. */
    static List<String> renderings(NameReport r, String en) {
        return name(r, en).renderings().stream().map(NameReport.Rendering::ar).toList();
    }
}
