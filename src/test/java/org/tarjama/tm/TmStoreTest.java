package org.tarjama.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.model.TranslationUnit;

class TmStoreTest {
    @TempDir
    Path tmp;

    private static void importPairs(Path dir, String[][] pairs) {
        try (TmImporter imp = TmImporter.open(dir)) {
            for (String[] p : pairs) {
                imp.add(TranslationUnit.of(p[0], "en", p[1], "ar", p[2]));
            }
            imp.commit();
        }
    }

    private static final String[][] UNITS = {
        {"1", "The dome was restored last year.", "رُممت القبة العام الماضي."},
        {"2", "Visitors gathered at the dome.", "تجمع الزوار بالقبة."},
        {"3", "Prices rose by 5 percent in 2019.", "ارتفعت الأسعار بنسبة ٥ في المئة في عام ٢٠١٩."},
    };

    @Test
    void memoryIsCreatedOnFirstImport() {
        Path dir = tmp.resolve("a/b/tm");
        importPairs(dir, UNITS);
        assertThat(dir.resolve(Manifest.NAME)).exists();
        try (EmbeddedMemory tm = EmbeddedMemory.open(dir)) {
            assertThat(tm.size()).isEqualTo(3);
            assertThat(tm.unit(2).text("ar")).isEqualTo(UNITS[2][2]);
            assertThat(tm.tuid(1)).isEqualTo("2");
        }
    }

    @Test
    void reimportingTheSameUnitsAddsNothing() {
        Path dir = tmp.resolve("tm");
        importPairs(dir, UNITS);
        ImportResult r;
        try (TmImporter imp = TmImporter.open(dir)) {
            for (String[] p : UNITS) {
                imp.add(TranslationUnit.of("x" + p[0], "en", p[1], "ar", p[2]));
            }
            imp.add(TranslationUnit.of("4", "en", "A new sentence.", "ar", "جملة جديدة."));
            imp.add(TranslationUnit.of("5", "en", "A new sentence.", "ar", "جملة جديدة."));
            r = imp.commit();
        }
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.duplicates()).isEqualTo(4);
        try (EmbeddedMemory tm = EmbeddedMemory.open(dir)) {
            assertThat(tm.size()).isEqualTo(4);
        }
    }

    @Test
    void sameEnglishWithAnotherArabicIsADifferentUnit() {
        Path dir = tmp.resolve("tm");
        importPairs(dir, UNITS);
        importPairs(dir, new String[][] {{"9", UNITS[0][1], "تم ترميم القبة العام الماضي."}});
        try (EmbeddedMemory tm = EmbeddedMemory.open(dir)) {
            assertThat(tm.size()).isEqualTo(4);
            assertThat(tm.lookup(UNITS[0][1], 100, 5)).hasSize(2);
        }
    }

    @Test
    void unitsWithoutArabicAreCountedAsSkipped() {
        Path dir = tmp.resolve("tm");
        try (TmImporter imp = TmImporter.open(dir)) {
            imp.add(new TranslationUnit("1", List.of(org.tarjama.model.Variant.of("en", "Only English.")), List.of(), List.of()));
            assertThat(imp.commit().skipped()).isEqualTo(1);
        }
    }

    @Test
    void importClosedWithoutCommitLeavesThePreviousState() throws IOException {
        Path dir = tmp.resolve("tm");
        importPairs(dir, UNITS);
        try (TmImporter imp = TmImporter.open(dir)) {
            for (int i = 0; i < 5000; i++) {
                imp.add("n" + i, "Sentence number " + i + " here.", "الجملة رقم " + i);
            }
            // no commit: the run failed
        }
        try (EmbeddedMemory tm = EmbeddedMemory.open(dir)) {
            assertThat(tm.size()).isEqualTo(3);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("seg-"))).hasSize(1);
        }
    }

    @Test
    void leftoversOfACrashAreIgnoredAndCleanedByTheNextImport() throws IOException {
        Path dir = tmp.resolve("tm");
        importPairs(dir, UNITS);
        // what a killed process leaves: a half-written segment and a manifest never renamed
        Path seg = Files.list(dir).filter(p -> p.getFileName().toString().startsWith("seg-")).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(seg);
        Files.write(dir.resolve("seg-000002-000.dat"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Files.writeString(dir.resolve("MANIFEST.tmp"), "tarjama-tm 1\ngeneration 2\nsegment seg-0000", StandardCharsets.UTF_8);
        try (EmbeddedMemory tm = EmbeddedMemory.open(dir)) {
            assertThat(tm.size()).isEqualTo(3);
        }
        importPairs(dir, new String[][] {{"4", "Another one.", "واحدة أخرى."}});
        assertThat(dir.resolve("MANIFEST.tmp")).doesNotExist();
        try (EmbeddedMemory tm = EmbeddedMemory.open(dir)) {
            assertThat(tm.size()).isEqualTo(4);
        }
    }

    @Test
    void aDamagedSegmentIsReportedNotReadAsData() throws IOException {
        Path dir = tmp.resolve("tm");
        importPairs(dir, UNITS);
        Path seg = Files.list(dir).filter(p -> p.getFileName().toString().startsWith("seg-")).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(seg);
        bytes[20] ^= 0x5A;
        Files.write(seg, bytes);
        assertThatThrownBy(() -> TranslationMemory.open(dir)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void aKilledImportLeavesTheLastCommittedStateReadable() throws Exception {
        Path dir = tmp.resolve("tm");
        importPairs(dir, UNITS);
        Path tsv = tmp.resolve("big.tsv");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 400_000; i++) {
            lines.add("Generated sentence " + i + " about the weather in city " + (i % 97) + ".\tجملة " + i);
        }
        Files.write(tsv, lines, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.tarjama.cli.Main", "tm", "import", "-q",
                "--tm", dir.toString(), tsv.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        // wait until the child is writing its segment, then kill it
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean writing = false;
        while (System.nanoTime() < deadline && p.isAlive() && !writing) {
            try (Stream<Path> files = Files.list(dir)) {
                writing = files.filter(f -> f.getFileName().toString().startsWith("seg-")).count() > 1;
            }
            Thread.sleep(5);
        }
        p.destroyForcibly().waitFor();
        assertThat(writing).as("child log: %s", Files.readString(tmp.resolve("child.log"))).isTrue();
        try (EmbeddedMemory tm = EmbeddedMemory.open(dir)) {
            // either the import finished and committed before the kill, or nothing of it is visible
            assertThat(tm.size()).isIn(3L, 3L + 400_000);
        }
        importPairs(dir, new String[][] {{"4", "Another one.", "واحدة أخرى."}});
        try (EmbeddedMemory tm = EmbeddedMemory.open(dir)) {
            assertThat(tm.size()).isIn(4L, 4L + 400_000);
        }
    }

    @Test
    void aDamagedManifestIsReportedWithItsLineNotAsACrash() throws IOException {
        Path dir = tmp.resolve("tm");
        importPairs(dir, UNITS);
        Path manifest = dir.resolve("MANIFEST");
        for (String bad : List.of("segment seg-000001-000.dat three 100", "segment ../../etc/passwd 1 100", "generation x")) {
            Files.writeString(manifest, "tarjama-tm 1\n" + bad + "\nend\n", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> TranslationMemory.open(dir)).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("MANIFEST, line 2: unexpected manifest line");
        }
    }
}
