package org.tarjama.tmx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tarjama.model.Property;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;

/**
 * The main fixture: the seed article's gold alignment (src/test/resources/org/tarjama/seed/) joined
 * into units, one per bead with Arabic (the 1-0 bead has no translation and gives no unit), with the
 * props aligned units carry.
 */
final class SeedTmx {
    private SeedTmx() {
    }

    static List<String> lines(String name) {
        try (InputStream in = SeedTmx.class.getResourceAsStream("/org/tarjama/seed/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A seed file as a path (test resources are files under target/test-classes). */
    static Path resource(String name) {
        try {
            return Path.of(SeedTmx.class.getResource("/org/tarjama/seed/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<TranslationUnit> units() {
        List<String> en = lines("seed.en");
        List<String> ar = lines("seed.ar");
        List<TranslationUnit> out = new ArrayList<>();
        for (String bead : lines("seed.gold")) {
            String[] sides = bead.split(":");
            List<Integer> e = indexes(sides[0]);
            List<Integer> a = indexes(sides[1]);
            if (e.isEmpty() || a.isEmpty()) {
                continue;
            }
            String enText = String.join(" ", e.stream().map(en::get).toList());
            String arText = String.join(" ", a.stream().map(ar::get).toList());
            out.add(new TranslationUnit(String.valueOf(out.size() + 1),
                    List.of(Variant.of("en", enText), Variant.of("ar", arText)),
                    List.of(new Property("x-alignment-score", "1.00"), new Property("x-bead", e.size() + "-" + a.size()),
                            new Property("x-source-doc", "seed.en"), new Property("x-target-doc", "seed.ar")),
                    List.of()));
        }
        return out;
    }

    private static List<Integer> indexes(String side) {
        String s = side.trim().replace("[", "").replace("]", "").trim();
        List<Integer> r = new ArrayList<>();
        if (!s.isEmpty()) {
            for (String p : s.split(",")) {
                r.add(Integer.parseInt(p.trim()));
            }
        }
        return r;
    }

    static Path write(Path file, TmxProfile profile) {
        try (OutputStream o = Files.newOutputStream(file);
             TmxWriter w = TmxWriter.create(o, TmxWriterOptions.defaults().withProfile(profile)
                     .withCreationDate(Instant.parse("2024-01-15T12:00:00Z")))) {
            for (TranslationUnit tu : units()) {
                w.write(tu);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static List<TranslationUnit> read(Path file) {
        List<TranslationUnit> r = new ArrayList<>();
        try (TmxReader reader = TmxReader.open(file)) {
            reader.forEachRemaining(r::add);
        }
        return r;
    }
}
