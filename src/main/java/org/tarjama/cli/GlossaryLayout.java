package org.tarjama.cli;

import java.io.PrintWriter;
import org.tarjama.glossary.Glossary;

/** Says on stderr, in one line, how a TSV/CSV glossary was read when its layout was detected. */
final class GlossaryLayout {
    private GlossaryLayout() {
    }

    static Glossary said(Glossary g, PrintWriter err) {
        if (!g.layout().isEmpty()) {
            err.println("tarjama: glossary " + g.source() + ": " + g.layout());
            err.flush();
        }
        return g;
    }
}
