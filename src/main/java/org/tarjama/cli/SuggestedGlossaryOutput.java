package org.tarjama.cli;

import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryWriter;

/** Writes the suggested glossary of {@code names --format tsv|tbx} with the glossary package's writer. */
final class SuggestedGlossaryOutput {
    private SuggestedGlossaryOutput() {
    }

    static void write(Glossary g, String format, Output out) {
        GlossaryWriter.write(g, GlossaryWriter.Format.parse(format), out.stream());
    }
}
