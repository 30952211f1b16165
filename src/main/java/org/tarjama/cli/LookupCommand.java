package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Fuzzy-match English sentences against the translation memory. */
@Command(name = "lookup", mixinStandardHelpOptions = true, description = "Fuzzy-match English sentences against the translation memory.")
public final class LookupCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'lookup' is not implemented yet");
    }
}
