package org.tarjama.tmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;

/** Any TMX Tarjama writes reads back to the same units, props, notes and inline codes. */
class TmxRoundTripPropertyTest {

    @Property(tries = 1000, edgeCases = EdgeCasesMode.MIXIN)
    void writeThenReadGivesBackTheSameUnits(@ForAll("units") List<TranslationUnit> units) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TmxWriter w = TmxWriter.create(bytes, TmxWriterOptions.defaults())) {
            units.forEach(w::write);
            assertThat(w.warningCount()).isZero();
        }
        List<TranslationUnit> back = new ArrayList<>();
        try (TmxReader r = TmxReader.open(new ByteArrayInputStream(bytes.toByteArray()), "prop.tmx")) {
            r.forEachRemaining(back::add);
        }
        assertThat(back).isEqualTo(units);
    }

    /** Any XML-legal text: Arabic, Latin, markup characters, tabs and line breaks, supplementary characters. */
    static Arbitrary<String> text() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.chars().range('a', 'z'),
                Arbitraries.chars().range('\u0600', '\u06FF'),
                Arbitraries.of('<', '>', '&', '"', '\'', ' ', '\t', '\n', '\r', ']', '\u00A0', '\u200F', '\uFFFD'));
        Arbitrary<String> plain = chars.list().ofMaxSize(12).map(l -> {
            StringBuilder sb = new StringBuilder();
            l.forEach(sb::append);
            return sb.toString();
        });
        return Arbitraries.frequencyOf(Tuple.of(9, plain), Tuple.of(1, Arbitraries.of("\uD83D\uDE00", "]]>", "&amp;")));
    }

    /** A segment: [plain text, markup] built from text pieces and TMX inline elements. */
    static Arbitrary<String[]> segment() {
        Arbitrary<String[]> piece = Arbitraries.oneOf(
                text().map(t -> new String[] {t, esc(t)}),
                Combinators.combine(Arbitraries.integers().between(1, 9), text(), text(), text())
                        .as((i, open, inner, close) -> new String[] {inner,
                            "<bpt i=\"" + i + "\" type=\"bold\">" + esc(open) + "</bpt>" + esc(inner) + "<ept i=\"" + i + "\">" + esc(close) + "</ept>"}),
                text().map(code -> new String[] {"", "<ph x=\"1\">" + esc(code) + "</ph>"}),
                text().map(code -> new String[] {"", "<it pos=\"begin\">" + esc(code) + "</it>"}),
                text().map(t -> new String[] {t, "<hi type=\"x-term\">" + esc(t) + "</hi>"}),
                Combinators.combine(text(), text()).as((a, sub) -> new String[] {"", "<ph>" + esc(a) + "<sub>" + esc(sub) + "</sub></ph>"}),
                text().map(code -> new String[] {"", "<ut>" + esc(code) + "</ut>"}));
        return piece.list().ofMinSize(1).ofMaxSize(5).map(ps -> {
            StringBuilder t = new StringBuilder();
            StringBuilder m = new StringBuilder();
            boolean codes = false;
            for (String[] p : ps) {
                t.append(p[0]);
                m.append(p[1]);
                codes |= p[1].startsWith("<");
            }
            return new String[] {t.toString(), codes ? m.toString() : ""};
        });
    }

    private static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        TmxXml.escapeText(s, sb);
        return sb.toString();
    }

    static Arbitrary<org.tarjama.model.Property> prop() {
        return Combinators.combine(Arbitraries.of("x-alignment-score", "x-bead", "x-source-doc", "x-target-doc", "x-Client:SingleString"), text())
                .as(org.tarjama.model.Property::new);
    }

    /** Dates, ids and counts as CAT tools write them on {@code <tu>} and {@code <tuv>}. */
    static Arbitrary<java.util.Map<String, String>> attributes() {
        return Arbitraries.maps(Arbitraries.of("creationdate", "changedate", "creationid", "changeid", "usagecount", "creationtool"),
                text()).ofMaxSize(3);
    }

    static Arbitrary<Variant> variant(Arbitrary<String> langs) {
        return Combinators.combine(langs, segment(), prop().list().ofMaxSize(2), text().list().ofMaxSize(2), attributes())
                .as((lang, seg, props, notes, attrs) -> new Variant(lang, seg[0], props, notes, seg[1], attrs));
    }

    @Provide
    Arbitrary<List<TranslationUnit>> units() {
        Arbitrary<String> tuid = Arbitraries.strings().withCharRange('!', '~').withChars('\u0627', ' ', '\t').ofMinLength(1).ofMaxLength(8);
        Arbitrary<TranslationUnit> unit = Combinators.combine(tuid, variant(Arbitraries.of("en", "en-US")),
                        variant(Arbitraries.of("ar", "ar-SA", "fr")).list().ofMaxSize(2), prop().list().ofMaxSize(4), text().list().ofMaxSize(2),
                        attributes())
                .as((id, en, others, props, notes, attrs) -> {
                    List<Variant> vs = new ArrayList<>();
                    vs.add(en);
                    vs.addAll(others);
                    return new TranslationUnit(id, vs, props, notes, attrs);
                });
        return unit.list().ofMinSize(1).ofMaxSize(6);
    }
}
