package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Find names rendered inconsistently in Arabic across a memory. */
@Command(name = "names", mixinStandardHelpOptions = true, description = "Find names rendered inconsistently in Arabic across a memory.")
public final class NamesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'names' is not implemented yet");
    }
}
