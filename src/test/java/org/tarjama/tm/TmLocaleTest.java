package org.tarjama.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.model.TranslationUnit;

/**
 * A memory's files do not depend on the default locale: under ar-SA, {@code String.format} without a
 * locale wrote segment names in Arabic-Indic digits, which the manifest reader then refused
 * ("MANIFEST, line 3: unexpected manifest line"). Memories written that way must still open.
 */
class TmLocaleTest {
    @TempDir
    Path tmp;

    private static final String[][] UNITS = {
        {"1", "The dome was restored last year.", "رُممت القبة العام الماضي."},
        {"2", "Prices rose by 5 percent in 2019.", "ارتفعت الأسعار بنسبة ٥ في المئة في عام ٢٠١٩."},
    };

    private static void importUnits(Path dir, String[][] units) {
        try (TmImporter imp = TmImporter.open(dir)) {
            for (String[] u : units) {
                imp.add(TranslationUnit.of(u[0], "en", u[1], "ar", u[2]));
            }
            imp.commit();
        }
    }

    private static List<String> segmentFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("seg-")).sorted().toList();
        }
    }

    private static void assertReadable(Path dir, int units) {
        try (TranslationMemory tm = TranslationMemory.open(dir)) {
            assertThat(tm.stats().units()).isEqualTo(units);
            List<TmMatch> m = tm.lookup("The dome was restored last year.", 70, 1);
            assertThat(m).hasSize(1);
            assertThat(m.get(0).score()).isEqualTo(100);
            assertThat(m.get(0).target()).isEqualTo(UNITS[0][2]);
        }
    }

    @Test
    void aMemoryImportedUnderAnArabicLocaleHasAsciiNamesAndOpensUnderAnyLocale() throws IOException {
        Path dir = tmp.resolve("tm");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
            importUnits(dir, UNITS);
            assertReadable(dir, 2);
        } finally {
            Locale.setDefault(before);
        }
        assertThat(segmentFiles(dir)).isNotEmpty().allMatch(n -> n.matches("seg-[0-9]{6}-[0-9]{3}\\.dat"));
        assertThat(Files.readString(dir.resolve(Manifest.NAME), StandardCharsets.UTF_8)).matches("[\\x00-\\x7F]*");
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertReadable(dir, 2);
        } finally {
            Locale.setDefault(before);
        }
        assertReadable(dir, 2);
    }

    /**
     * Rewrites a memory as an import under ar-SA named it before the fix: the same format call, with
     * the Arabic locale, for every segment file and its manifest line.
     */
    private static void renameAsTheOldImportDid(Path dir) throws IOException {
        Locale arabic = Locale.forLanguageTag("ar-SA-u-nu-arab");
        Path manifest = dir.resolve(Manifest.NAME);
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("seg-(\\d+)-(\\d+)\\.dat").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String old = String.format(arabic, "seg-%06d-%03d.dat", Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)));
            assertThat(old).contains("\u0660"); // the fixture really has Arabic-Indic digits
            Files.move(dir.resolve(m.group()), dir.resolve(old));
            m.appendReplacement(sb, old);
        }
        m.appendTail(sb);
        Files.writeString(manifest, sb, StandardCharsets.UTF_8);
    }

    @Test
    void anOldMemoryWithArabicIndicSegmentNamesStillOpensAndTakesNewImports() throws IOException {
        Path dir = tmp.resolve("old");
        importUnits(dir, new String[][] {UNITS[0]});
        renameAsTheOldImportDid(dir);
        assertThat(segmentFiles(dir)).singleElement().asString().startsWith("seg-\u0660");

        try (TranslationMemory tm = TranslationMemory.open(dir)) {
            assertThat(tm.stats().units()).isEqualTo(1);
        }
        // a later import keeps the old file (it is named by the manifest, not an orphan) and adds an ASCII one
        importUnits(dir, new String[][] {UNITS[1]});
        assertThat(segmentFiles(dir)).hasSize(2).anyMatch(n -> n.startsWith("seg-\u0660"))
                .anyMatch(n -> n.matches("seg-[0-9]{6}-[0-9]{3}\\.dat"));
        assertReadable(dir, 2);
    }
}
