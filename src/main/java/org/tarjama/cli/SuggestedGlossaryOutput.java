package org.tarjama.cli;

import java.io.PrintWriter;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryEntry;

/**
 * Writes the suggested glossary of {@code names --format tsv|tbx}. Interim: TSV in the format
 * {@link org.tarjama.glossary.GlossaryLoader} reads, until the glossary helper's GlossaryWriter lands.
 */
final class SuggestedGlossaryOutput {
    private SuggestedGlossaryOutput() {
    }

    static void write(Glossary g, String format, Output out) {
        if (!format.equals("tsv")) {
            throw new UsageException("--format " + format + " is not available yet; use tsv");
        }
        PrintWriter w = out.writer();
        w.println("en\tar\tvariants\tforbidden\tnote");
        for (GlossaryEntry e : g.entries()) {
            w.println(clean(e.en()) + "\t" + clean(e.preferred()) + "\t" + clean(String.join("|", e.variants())) + "\t"
                    + clean(String.join("|", e.forbidden())) + "\t" + clean(e.note()));
        }
        w.flush();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
