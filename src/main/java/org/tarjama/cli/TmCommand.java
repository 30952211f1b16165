package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Manage the embedded translation memory: import, stats, export. */
@Command(name = "tm", mixinStandardHelpOptions = true, description = "Manage the embedded translation memory: import, stats, export.")
public final class TmCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'tm' is not implemented yet");
    }
}
