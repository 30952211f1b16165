package org.tarjama.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tarjama.model.TranslationUnit;

/**
 * Proof with real third-party clients that the TMX Tarjama writes is accepted whole: libxml2's DTD
 * validation against the TMX 1.4b DTD, translate-toolkit, OmegaT 3.6 in console mode and Okapi's TMX
 * filter. The main fixture is the seed article's gold alignment as TMX ({@link SeedTmx}).
 *
 * <p>Under CI ({@code CI} set) a missing tool fails the test; elsewhere the test is skipped with a
 * message saying what to install.
 */
class ThirdPartyToolsTest {
    private static final String INSTALL = "apt-get install -y omegat translate-toolkit libxml2-utils";

    record Run(int exit, String out, String err) {
    }

    static Run run(Path dir, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", cmd) + " did not finish in 300 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Fails under CI, skips elsewhere, when {@code check} does not run successfully. */
    static void require(String tool, String... check) {
        boolean ok;
        try {
            Process p = new ProcessBuilder(check).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            ok = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            ok = false;
        }
        if (!ok) {
            String msg = tool + " is not installed (" + INSTALL + "; .ci/run installs it)";
            if (underCi()) {
                fail("CI: " + msg);
            }
            Assumptions.abort(msg);
        }
    }

    /** CI=true (or any value but false/0/empty), as CI services and .ci/run set it. */
    static boolean underCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    }

    /**
     * Where the TMX under test comes from: the gold alignment written by {@link TmxWriter}, or the real
     * command {@code tarjama align --format tmx -o OUT.tmx seed.raw.en seed.raw.ar}.
     */
    enum Source {
        GOLD, ALIGNED;

        Path write(Path file, TmxProfile profile) {
            if (this == GOLD) {
                return SeedTmx.write(file, profile);
            }
            var r = org.tarjama.cli.CliRunner.run("align", "--format", "tmx", "--profile",
                    profile.name().toLowerCase(java.util.Locale.ROOT), "--quiet", "-o", file.toString(),
                    SeedTmx.resource("seed.raw.en").toString(), SeedTmx.resource("seed.raw.ar").toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            return file;
        }

        /** The units as Tarjama reads them back (for GOLD, the fixture itself). */
        List<TranslationUnit> units(Path written) {
            return this == GOLD ? SeedTmx.units() : SeedTmx.read(written);
        }
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> profilesAndSources() {
        return java.util.Arrays.stream(Source.values()).flatMap(src -> java.util.Arrays.stream(TmxProfile.values())
                .map(p -> org.junit.jupiter.params.provider.Arguments.of(p, src)));
    }

    static Path dtd(Path dir) throws IOException {
        Path d = dir.resolve("tmx14.dtd");
        try (InputStream in = ThirdPartyToolsTest.class.getResourceAsStream("/org/tarjama/tmx/tmx14.dtd")) {
            Files.copy(in, d);
        }
        return d;
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("profilesAndSources")
    void xmllintValidatesWhatWeWriteAgainstTheTmxDtd(TmxProfile profile, Source source, @TempDir Path dir) throws Exception {
        require("xmllint", "xmllint", "--version");
        dtd(dir);
        Path tmx = source.write(dir.resolve("seed.tmx"), profile);
        Run r = run(dir, "xmllint", "--noout", "--dtdvalid", "tmx14.dtd", "seed.tmx");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(Files.size(tmx)).isGreaterThan(5000);
    }

    @Test
    void xmllintValidatesRewrittenInlineCodesPropsAndNotes(@TempDir Path dir) throws Exception {
        require("xmllint", "xmllint", "--version");
        dtd(dir);
        for (String sample : List.of("inline-codes", "props-and-notes", "srclang-all", "utf16-bom", "lang-attribute-tmx11", "language-code-case")) {
            List<TranslationUnit> units = SeedTmx.read(InteropSamplesTest.DIR.resolve(sample + ".tmx"));
            Path out = dir.resolve(sample + ".tmx");
            try (var o = Files.newOutputStream(out); TmxWriter w = TmxWriter.create(o, TmxWriterOptions.defaults())) {
                units.forEach(w::write);
            }
            Run r = run(dir, "xmllint", "--noout", "--dtdvalid", "tmx14.dtd", sample + ".tmx");
            assertThat(r.err()).as(sample).isEmpty();
            assertThat(r.exit()).as(sample).isZero();
        }
    }

    @Test
    void xmllintRejectsAnInvalidFileSoTheChecksAboveCanFail(@TempDir Path dir) throws Exception {
        require("xmllint", "xmllint", "--version");
        dtd(dir);
        Files.writeString(dir.resolve("bad.tmx"), "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><seg>x</seg></tu></body></tmx>");
        Run r = run(dir, "xmllint", "--noout", "--dtdvalid", "tmx14.dtd", "bad.tmx");
        assertThat(r.exit()).isNotZero();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("profilesAndSources")
    void translateToolkitReadsEveryUnitWithEnglishAsSource(TmxProfile profile, Source source, @TempDir Path dir) throws Exception {
        require("translate-toolkit", "/usr/bin/python3", "-c", "import translate.storage.tmx");
        Path written = source.write(dir.resolve("seed.tmx"), profile);
        Run r = run(dir, "/usr/bin/python3", "-c", String.join("\n",
                "import json, sys",
                "from translate.storage import tmx",
                "f = tmx.tmxfile.parsefile('seed.tmx')",
                "XL = '{http://www.w3.org/XML/1998/namespace}lang'",
                "out = []",
                "for u in f.units:",
                "    tuvs = [t for t in u.xmlelement if t.tag.endswith('tuv')]",
                "    out.append({'source': u.source, 'target': u.target, 'sourceLang': tuvs[0].get(XL)})",
                "sys.stdout.buffer.write(json.dumps(out, ensure_ascii=False).encode('utf-8'))"));
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode units = new ObjectMapper().readTree(r.out());
        List<TranslationUnit> seed = source.units(written);
        assertThat(seed).hasSizeGreaterThan(15);
        assertThat(units).hasSize(seed.size());
        for (int i = 0; i < seed.size(); i++) {
            assertThat(units.get(i).get("source").asText()).isEqualTo(seed.get(i).text("en"));
            assertThat(units.get(i).get("target").asText()).isEqualTo(seed.get(i).text("ar"));
            assertThat(units.get(i).get("sourceLang").asText()).isEqualTo(profile.languageCode("en"));
        }
    }

    @Test
    void readsWhatTranslateToolkitWrites(@TempDir Path dir) throws Exception {
        require("translate-toolkit", "/usr/bin/python3", "-c", "import translate.storage.tmx");
        List<TranslationUnit> seed = SeedTmx.units();
        StringBuilder tsv = new StringBuilder();
        seed.forEach(tu -> tsv.append(tu.text("en")).append('\t').append(tu.text("ar")).append('\n'));
        Files.writeString(dir.resolve("seed.tsv"), tsv + "Gaza & <Ashkelon>\tغزة وعسقلان\n");
        Run r = run(dir, "/usr/bin/python3", "-c", String.join("\n",
                "from translate.storage import tmx",
                "f = tmx.tmxfile(sourcelanguage='en', targetlanguage='ar')",
                "for line in open('seed.tsv', encoding='utf-8'):",
                "    en, ar = line.rstrip('\\n').split('\\t')",
                "    f.addtranslation(en, 'en', ar, 'ar', comment='from translate-toolkit')",
                "f.savefile('tt.tmx')"));
        assertThat(r.exit()).as(r.err()).isZero();
        List<TranslationUnit> back = SeedTmx.read(dir.resolve("tt.tmx"));
        assertThat(back).hasSize(seed.size() + 1);
        for (int i = 0; i < seed.size(); i++) {
            assertThat(back.get(i).text("en")).isEqualTo(seed.get(i).text("en"));
            assertThat(back.get(i).text("ar")).isEqualTo(seed.get(i).text("ar"));
            assertThat(back.get(i).notes()).containsExactly("from translate-toolkit");
        }
        assertThat(back.get(seed.size()).text("en")).isEqualTo("Gaza & <Ashkelon>");
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void omegatTranslatesTheEnglishSegmentsIntoArabicFromTmAuto(Source source, @TempDir Path dir) throws Exception {
        require("OmegaT", "sh", "-c", "command -v omegat");
        Path project = dir.resolve("project");
        for (String d : List.of("source", "target", "tm/auto", "glossary", "dictionary", "omegat")) {
            Files.createDirectories(project.resolve(d));
        }
        // OmegaT 3.6 project file; sentence segmentation off so that each line (each TU's English) is one segment
        Files.writeString(project.resolve("omegat.project"), """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <omegat>
                    <project version="1.0">
                        <source_dir>__DEFAULT__</source_dir>
                        <target_dir>__DEFAULT__</target_dir>
                        <tm_dir>__DEFAULT__</tm_dir>
                        <glossary_dir>__DEFAULT__</glossary_dir>
                        <glossary_file>__DEFAULT__</glossary_file>
                        <dictionary_dir>__DEFAULT__</dictionary_dir>
                        <source_lang>en</source_lang>
                        <target_lang>ar</target_lang>
                        <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
                        <target_tok>org.omegat.tokenizer.LuceneArabicTokenizer</target_tok>
                        <sentence_seg>false</sentence_seg>
                        <support_default_translations>true</support_default_translations>
                        <remove_tags>false</remove_tags>
                    </project>
                </omegat>
                """);
        Path written = source.write(project.resolve("tm/auto/seed.tmx"), TmxProfile.OMEGAT);
        List<TranslationUnit> seed = source.units(written);
        StringBuilder doc = new StringBuilder();
        for (TranslationUnit tu : seed) {
            doc.append(tu.text("en")).append("\n\n");
        }
        // a control segment that no TU translates: it must stay English
        doc.append("This sentence is not in the translation memory.\n");
        Files.writeString(project.resolve("source/seed.txt"), doc);
        Files.createDirectories(dir.resolve("config"));
        Run r = run(dir, "omegat", "--mode=console-translate", "--disable-project-locking", "--quiet",
                "--config-dir=" + dir.resolve("config"), project.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        List<String> lines = Files.readAllLines(project.resolve("target/seed.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList();
        List<String> expected = new ArrayList<>(seed.stream().map(tu -> tu.text("ar")).toList());
        expected.add("This sentence is not in the translation memory.");
        assertThat(lines).containsExactlyElementsOf(expected);
        // and Tarjama reads OmegaT's own exports of the project: TMX 1.1 (lang=) and TMX 1.4 (level 2)
        for (String export : List.of("project-omegat.tmx", "project-level2.tmx")) {
            List<TranslationUnit> back = SeedTmx.read(project.resolve(export));
            // OmegaT writes its entries in its own order
            assertThat(back).as(export).extracting(tu -> tu.text("en") + " => " + tu.text("ar"))
                    .containsExactlyInAnyOrderElementsOf(seed.stream().map(tu -> tu.text("en") + " => " + tu.text("ar")).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void okapiTmxFilterReadsEveryUnitBack(Source source, @TempDir Path dir) throws Exception {
        Path tmx = source.write(dir.resolve("seed.tmx"), TmxProfile.GENERIC);
        List<TranslationUnit> seed = source.units(tmx);
        LocaleId en = LocaleId.fromString("en");
        LocaleId ar = LocaleId.fromString("ar");
        List<String[]> read = new ArrayList<>();
        try (TmxFilter filter = new TmxFilter();
             RawDocument doc = new RawDocument(tmx.toUri(), "UTF-8", en, ar)) {
            filter.open(doc);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit()) {
                    ITextUnit tu = e.getTextUnit();
                    read.add(new String[] {tu.getId(), tu.getSource().toString(), tu.getTarget(ar).toString(),
                        tu.getProperty("x-bead") == null ? "" : tu.getProperty("x-bead").getValue()});
                }
            }
        }
        assertThat(read).hasSize(seed.size());
        for (int i = 0; i < seed.size(); i++) {
            assertThat(read.get(i)[1]).isEqualTo(seed.get(i).text("en"));
            assertThat(read.get(i)[2]).isEqualTo(seed.get(i).text("ar"));
            assertThat(read.get(i)[3]).isEqualTo(seed.get(i).prop("x-bead").orElseThrow());
        }
    }
}
