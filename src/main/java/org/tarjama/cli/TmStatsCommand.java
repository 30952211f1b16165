package org.tarjama.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarjama.tm.TmStats;
import org.tarjama.tm.TranslationMemory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tarjama tm stats}: size of the memory. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Show the size of the memory.")
public final class TmStatsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    TmOptions tm;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, not '" + format + "'");
        }
        TmStats s;
        String location;
        try (TranslationMemory m = tm.open()) {
            s = m.stats();
            location = m.location();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("dir", location);
            o.put("units", s.units());
            o.put("segments", s.segments());
            o.put("bytes", s.bytes());
            o.put("english_terms", s.englishTerms());
            o.put("generation", s.generation());
            out.println(new ObjectMapper().writeValueAsString(o));
        } else {
            out.printf(Locale.ROOT, "memory:        %s%nunits:         %d%nsegment files: %d%nsize on disk:  %d bytes%n"
                    + "English terms: %d%ncommits:       %d%n", location, s.units(), s.segments(), s.bytes(),
                    s.englishTerms(), s.generation());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
