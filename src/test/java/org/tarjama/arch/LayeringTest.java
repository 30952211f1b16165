package org.tarjama.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the package layering of the README: each capability package may use only the packages
 * below it, the command line sits on top, and third-party libraries stay inside the package that
 * adapts them. Reads the sources (imports and fully qualified names), so it needs no extra library.
 */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java/org/tarjama");

    /** Which Tarjama packages each package may use. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("concurrent", Set.of()),
            Map.entry("text", Set.of("model")),
            Map.entry("io", Set.of("model", "text")),
            Map.entry("report", Set.of("model")),
            Map.entry("segment", Set.of("model", "text", "io")),
            Map.entry("tmx", Set.of("model", "text", "io")),
            Map.entry("glossary", Set.of("model", "text", "io", "report", "tmx")),
            Map.entry("names", Set.of("model", "text", "io", "report", "tmx", "glossary")),
            Map.entry("align", Set.of("model", "text", "io", "report", "segment", "tmx", "glossary", "names")),
            Map.entry("tm", Set.of("model", "text", "io", "segment", "tmx", "report")),
            // The TM server stands on the memory (any store) and the TMX writer/reader.
            // The one Host/token check of every HTTP server (plain JDK).
            Map.entry("http", Set.of()),
            Map.entry("server", Set.of("model", "text", "io", "tmx", "tm", "http")),
            Map.entry("project", Set.of("model", "text", "io", "segment", "tmx", "glossary", "names", "align")),
            Map.entry("review", Set.of("model", "text", "io", "report", "segment", "tmx", "glossary", "names", "align",
                    "project", "http")),
            // Evaluations and benchmarks stand on the capabilities; no capability may use them.
            Map.entry("eval", Set.of("model", "text", "io", "report", "segment", "tmx", "glossary", "names", "align", "tm",
                    "project", "review", "server", "http")),
            Map.entry("cli", Set.of("model", "text", "io", "report", "segment", "tmx", "glossary", "names", "align", "tm",
                    "eval", "project", "review", "server", "http")));

    /** Core packages every package may use (JDK only themselves). */
    private static final Set<String> CORE = Set.of("concurrent");

    /** Third-party libraries and the packages allowed to use them. */
    private static final Map<String, Set<String>> LIBRARIES = Map.of(
            "picocli", Set.of("cli"),
            "io.javalin", Set.of("server", "review"),
            "org.apache.lucene", Set.of("tm"),
            "org.eclipse.jetty", Set.of("server", "review"),
            "net.sf.okapi", Set.of("io", "segment", "tm", "tmx"));

    private static final Pattern TARJAMA = Pattern.compile("\\borg\\.tarjama\\.([a-z]+)\\.[A-Za-z]");

    @Test
    void packagesUseOnlyTheLayersBelowThem() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = MAIN.relativize(file).getName(0).toString();
            Set<String> allowed = ALLOWED.get(pkg);
            assertThat(allowed).as("package %s is not in the layering table", pkg).isNotNull();
            String code = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = TARJAMA.matcher(code);
            while (m.find()) {
                String used = m.group(1);
                if (!used.equals(pkg) && !allowed.contains(used) && !CORE.contains(used)) {
                    violations.add(MAIN.relativize(file) + " uses org.tarjama." + used);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void thirdPartyLibrariesStayInTheirAdapterPackages() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = MAIN.relativize(file).getName(0).toString();
            String code = Files.readString(file, StandardCharsets.UTF_8);
            for (var lib : LIBRARIES.entrySet()) {
                if (code.contains("import " + lib.getKey() + ".") && !lib.getValue().contains(pkg)) {
                    violations.add(MAIN.relativize(file) + " imports " + lib.getKey());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void onlyTheCommandLineUsesTheEvaluationPackage() {
        for (var e : ALLOWED.entrySet()) {
            if (!e.getKey().equals("cli")) {
                assertThat(e.getValue()).as("package %s may not use eval", e.getKey()).doesNotContain("eval");
            }
        }
        assertThat(ALLOWED).containsKey("eval");
    }

    @Test
    void theCheckCanFail() {
        Matcher m = TARJAMA.matcher("import org.tarjama.cli.Main;");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("cli");
        assertThat(ALLOWED.get("model")).doesNotContain("cli");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
