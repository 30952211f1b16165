package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Translation-memory import and lookup benchmark. */
@Command(name = "tm", mixinStandardHelpOptions = true, description = "Translation-memory import and lookup benchmark.")
public final class BenchTmCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'tm' is not implemented yet");
    }
}
