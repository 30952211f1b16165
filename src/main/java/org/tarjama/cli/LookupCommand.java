package org.tarjama.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarjama.io.TextFiles;
import org.tarjama.tm.DiffOp;
import org.tarjama.tm.MatchJson;
import org.tarjama.tm.TmMatch;
import org.tarjama.tm.TranslationMemory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tarjama lookup}: fuzzy matches for English sentences. */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = {"Fuzzy-match sentences against the translation memory: English against its English, or "
                + "Arabic against its Arabic with --source-lang ar (one memory serves both directions).",
            "Scores are CAT-style percentages: 100 only for identical text, 99-98 for case, punctuation, "
                + "whitespace or tag differences, one point less per changed number (substituted into the "
                + "Arabic), otherwise word-level edit distance."})
public final class LookupCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    TmOptions tm;

    @Option(names = "--top", paramLabel = "K", defaultValue = "5", description = "Matches per query (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--min", paramLabel = "PCT", defaultValue = "70", description = "Lowest match percentage, 1-100 (default: ${DEFAULT-VALUE}).")
    int min;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, or json: one object per query per line (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--queries", paramLabel = "FILE",
            description = "Queries, one per line (or the first column of a TSV file).")
    Path queries;

    @Option(names = "--source-lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the queries: en (default) or ar. Arabic is matched after normalisation "
                    + "(hamza and alef forms, ى/ي, ة/ه, harakat, tatweel); a proclitic-only difference costs half a word.")
    String sourceLang;

    @Parameters(arity = "0..1", paramLabel = "SENTENCE", description = "The sentence to look up.")
    String sentence;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, not '" + format + "'");
        }
        if ((sentence == null) == (queries == null)) {
            throw new UsageException("give either a SENTENCE or --queries FILE");
        }
        if (sentence != null && sentence.isBlank()) {
            throw new UsageException("SENTENCE is empty");
        }
        if (min < 1 || min > 100) {
            throw new UsageException("--min must be between 1 and 100");
        }
        if (top < 1) {
            throw new UsageException("--top must be at least 1");
        }
        boolean arabicSource;
        try {
            arabicSource = org.tarjama.tm.Directions.arabicSource(sourceLang);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--source-lang: " + e.getMessage());
        }
        List<String> qs = new ArrayList<>();
        if (sentence != null) {
            qs.add(sentence);
        } else {
            try (BufferedReader r = TextFiles.open(queries, null)) {
                String l;
                while ((l = r.readLine()) != null) {
                    int tab = l.indexOf('\t');
                    String q = tab >= 0 ? l.substring(0, tab) : l;
                    if (!q.isBlank()) {
                        qs.add(q.strip());
                    }
                }
            } catch (UncheckedIOException e) {
                throw e;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        try (TranslationMemory m = tm.open()) {
            boolean warned = false;
            for (String q : qs) {
                if (!warned && !arabicSource && isArabicOnly(q)) {
                    warned = true;
                    PrintWriter err = spec.commandLine().getErr();
                    err.println("tarjama: warning: lookup matches English sentences against the memory's English; "
                            + "\"" + abbreviate(q) + "\" is Arabic (add --source-lang ar to match it against the memory's Arabic)");
                    err.flush();
                }
                List<TmMatch> matches = m.lookup(q, arabicSource ? "ar" : "en", min, top);
                if (format.equals("json")) {
                    out.println(mapper.writeValueAsString(MatchJson.lookupResult(q, matches)));
                } else {
                    text(out, q, matches);
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Arabic letters and no Latin ones: a query in the wrong language for an English→Arabic memory. */
    static boolean isArabicOnly(String q) {
        boolean arabic = false;
        for (int i = 0; i < q.length(); ) {
            int c = q.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                Character.UnicodeScript sc = Character.UnicodeScript.of(c);
                if (sc == Character.UnicodeScript.LATIN) {
                    return false;
                }
                arabic |= sc == Character.UnicodeScript.ARABIC;
            }
        }
        return arabic;
    }

    private static String abbreviate(String q) {
        return q.codePointCount(0, q.length()) <= 40 ? q : q.substring(0, q.offsetByCodePoints(0, 40)) + "…";
    }

    private void text(PrintWriter out, String q, List<TmMatch> matches) {
        out.println("> " + q);
        if (matches.isEmpty()) {
            out.println("  (no match at " + min + "% or more)");
        }
        for (TmMatch t : matches) {
            out.printf(Locale.ROOT, "  %3d%%  [%s] %s%n        %s%n", t.score(), t.tuid(), t.source(), t.target());
            StringBuilder d = new StringBuilder();
            for (DiffOp op : t.diff()) {
                switch (op.kind()) {
                    case REPLACE -> d.append(" [").append(op.source()).append(" → ").append(op.query()).append(']');
                    case DELETE -> d.append(" [-").append(op.source()).append(']');
                    case INSERT -> d.append(" [+").append(op.query()).append(']');
                    default -> { }
                }
            }
            if (d.length() > 0) {
                out.println("        changes:" + d);
            }
        }
    }
}
