package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Search the translation memory for a phrase, keyword in context. */
@Command(name = "concordance", mixinStandardHelpOptions = true, description = "Search the translation memory for a phrase, keyword in context.")
public final class ConcordanceCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'concordance' is not implemented yet");
    }
}
