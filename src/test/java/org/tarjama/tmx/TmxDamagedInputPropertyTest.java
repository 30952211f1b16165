package org.tarjama.tmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tarjama.model.TranslationUnit;

/**
 * Whatever damage a TMX file has (characters deleted, markup characters inserted, truncation), the
 * reader either returns units or throws a {@link TmxFormatException} with a line and column; lenient
 * reading never loses a unit the damage did not touch.
 */
class TmxDamagedInputPropertyTest {
    private static final String SEED;

    static {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TmxWriter w = TmxWriter.create(bytes, TmxWriterOptions.defaults())) {
            SeedTmx.units().subList(0, 6).forEach(w::write);
        }
        SEED = bytes.toString(StandardCharsets.UTF_8);
    }

    record Damage(int at, int kind, String insert) {
    }

    @Provide
    Arbitrary<List<Damage>> damages() {
        return Combinators.combine(Arbitraries.integers().between(0, SEED.length() - 1), Arbitraries.integers().between(0, 2),
                        Arbitraries.of("<", ">", "&", "\"", "</tu>", "<tu>", "</tuv>", "<seg>", "&x;", "<!--", "]]>", "\u0001"))
                .as(Damage::new).list().ofMinSize(1).ofMaxSize(3);
    }

    private static String damage(List<Damage> ds) {
        StringBuilder sb = new StringBuilder(SEED);
        for (Damage d : ds) {
            if (sb.length() < 2) {
                break;
            }
            int at = Math.min(d.at(), sb.length() - 1);
            switch (d.kind()) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, d.insert());
                default -> sb.setLength(Math.max(1, at));
            }
        }
        return sb.toString();
    }

    @Property(tries = 500)
    void strictReadingGivesUnitsOrALocatedError(@ForAll("damages") List<Damage> ds) {
        byte[] bytes = damage(ds).getBytes(StandardCharsets.UTF_8);
        try (TmxReader r = TmxReader.open(new ByteArrayInputStream(bytes), "d.tmx")) {
            r.forEachRemaining(tu -> assertThat(tu.variants()).isNotEmpty());
        } catch (TmxFormatException e) {
            assertThat(e.location().line()).isPositive();
            assertThat(e.getMessage()).startsWith("d.tmx: line ");
        }
    }

    @Property(tries = 500)
    void lenientReadingKeepsUntouchedUnits(@ForAll("damages") List<Damage> ds) {
        String text = damage(ds);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        long read = 0;
        try (TmxReader r = TmxReader.open(new ByteArrayInputStream(bytes), "d.tmx", true)) {
            while (r.hasNext()) {
                TranslationUnit tu = r.next();
                assertThat(tu.variants()).isNotEmpty();
                read++;
            }
            // every unit is either read or reported, unless the damage hit the header or merged units
            assertThat(read + r.skippedCount()).isLessThanOrEqualTo(6 + ds.size());
            if (ds.size() == 1 && ds.get(0).kind() == 0 && ds.get(0).at() > SEED.indexOf("<body>") + 6
                    && ds.get(0).at() < SEED.lastIndexOf("</tu>")) {
                // one character deleted inside the body: at most two units are affected
                assertThat(read).isGreaterThanOrEqualTo(4);
            }
        } catch (TmxFormatException e) {
            // only problems outside units are fatal in lenient mode: the header, or the encoding
            assertThat(e.location().line()).isPositive();
        }
    }
}
