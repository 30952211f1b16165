package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Convert glossaries between TSV, TBX and JSON. */
@Command(name = "glossary", mixinStandardHelpOptions = true, description = "Convert glossaries between TSV, TBX and JSON.")
public final class GlossaryCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'glossary' is not implemented yet");
    }
}
