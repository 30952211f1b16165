package org.tarjama.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarjama.tm.ConcordanceHit;
import org.tarjama.tm.TranslationMemory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tarjama concordance}: a phrase in context across the memory. */
@Command(name = "concordance", mixinStandardHelpOptions = true,
        description = {"Find a phrase in the memory's English or Arabic and show it in context (KWIC).",
            "English is matched case-insensitively; Arabic is normalised (hamza, alef, ta marbuta, diacritics) "
                + "and clitic-aware: القبة also finds بالقبة and والقبة."})
public final class ConcordanceCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    TmOptions tm;

    @Option(names = {"--lang", "--source-lang"}, paramLabel = "LANG",
            description = "Language of the phrase, en or ar (default: ar if the phrase is in Arabic script, else en).")
    String lang;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Most occurrences shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--width", paramLabel = "CHARS", defaultValue = "40", description = "Context shown on each side, text format (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Parameters(paramLabel = "PHRASE", description = "Words to find, consecutively.")
    String phrase;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, not '" + format + "'");
        }
        if (phrase.isBlank()) {
            throw new UsageException("PHRASE is empty");
        }
        boolean arabic;
        if (lang == null) {
            arabic = phrase.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        } else if (lang.equals("ar") || lang.equals("en")) {
            arabic = lang.equals("ar");
        } else {
            throw new UsageException("--lang must be en or ar, not '" + lang + "'");
        }
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1");
        }
        if (width < 0) {
            throw new UsageException("--width must be 0 or more");
        }
        List<ConcordanceHit> hits;
        try (TranslationMemory m = tm.open()) {
            hits = m.concordance(phrase, arabic, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = mapper.createObjectNode();
            o.put("phrase", phrase);
            o.put("lang", arabic ? "ar" : "en");
            ArrayNode arr = o.putArray("hits");
            for (ConcordanceHit h : hits) {
                String t = h.text();
                ObjectNode j = arr.addObject();
                j.put("tuid", h.tuid());
                j.put("left", t.substring(0, h.start()));
                j.put("match", t.substring(h.start(), h.end()));
                j.put("right", t.substring(h.end()));
                j.put("start", h.start());
                j.put("end", h.end());
                j.put("source", h.source());
                j.put("target", h.target());
            }
            out.println(mapper.writeValueAsString(o));
        } else {
            if (hits.isEmpty()) {
                out.println("(no occurrence of \"" + phrase + "\")");
            }
            for (ConcordanceHit h : hits) {
                String t = h.text();
                String left = t.substring(0, h.start());
                String right = t.substring(h.end());
                if (left.length() > width) {
                    int cut = left.length() - width;
                    if (cut < left.length() && Character.isLowSurrogate(left.charAt(cut))) {
                        cut++; // never half an emoji or supplementary letter
                    }
                    left = "…" + left.substring(cut);
                }
                if (right.length() > width) {
                    int cut = width;
                    if (cut > 0 && Character.isHighSurrogate(right.charAt(cut - 1))) {
                        cut--;
                    }
                    right = right.substring(0, cut) + "…";
                }
                out.printf(Locale.ROOT, "[%s] %s[%s]%s%n      %s%n", h.tuid(), left, t.substring(h.start(), h.end()), right,
                        h.inArabic() ? h.source() : h.target());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
