package org.tarjama.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarjama.tmx.TmxStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarjama tmx stats [--format text|json] FILE…}. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count units, languages, words per language, duplicate units and props of TMX files.")
public final class TmxStatsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json. JSON: one object per file ({\"file\", \"units\", \"languages\": [...], …}); "
                    + "an array when several files are given.")
    String format;

    @Option(names = "--lenient", description = "Skip broken units (counted as \"skipped\") instead of stopping.")
    boolean lenient;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TMX files.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> all = new ArrayList<>();
        for (Path f : files) {
            TmxStats.Stats s = TmxStats.of(f, lenient);
            for (var d : s.skippedUnits()) {
                spec.commandLine().getErr().println("skipped: " + org.tarjama.tmx.TmxFormatException.format(d.location(), d.message()));
            }
            if (format.equals("json")) {
                all.add(json(s));
            } else {
                out.println(s.file() + ":");
                out.println("  units:      " + s.units() + (s.skipped() > 0 ? " (" + s.skipped() + " broken units skipped)" : ""));
                out.println("  srclang:    " + s.srcLang());
                out.println("  duplicates: " + s.duplicates() + " (units identical to an earlier one)");
                out.println("  inline codes: " + s.unitsWithInlineCodes() + " units");
                out.println("  languages:");
                for (TmxStats.LanguageStats l : s.languages().values()) {
                    out.println("    " + l.language() + ": " + l.variants() + " segments, " + l.words() + " words"
                            + (l.emptySegments() > 0 ? ", " + l.emptySegments() + " empty" : ""));
                }
                if (!s.props().isEmpty()) {
                    out.println("  props:");
                    s.props().forEach((k, v) -> out.println("    " + k + ": " + v));
                }
            }
        }
        if (format.equals("json")) {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(m.writeValueAsString(all.size() == 1 ? all.get(0) : all));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Map<String, Object> json(TmxStats.Stats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", s.file());
        m.put("units", s.units());
        m.put("srclang", s.srcLang());
        m.put("languages", new ArrayList<>(s.languages().keySet()));
        Map<String, Object> words = new LinkedHashMap<>();
        Map<String, Object> segs = new LinkedHashMap<>();
        for (TmxStats.LanguageStats l : s.languages().values()) {
            words.put(l.language(), l.words());
            segs.put(l.language(), l.variants());
        }
        m.put("segments", segs);
        m.put("words", words);
        m.put("duplicates", s.duplicates());
        m.put("unitsWithInlineCodes", s.unitsWithInlineCodes());
        m.put("props", s.props());
        m.put("skipped", s.skipped());
        return m;
    }
}
