package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Names consistency throughput benchmark. */
@Command(name = "names", mixinStandardHelpOptions = true, description = "Names consistency throughput benchmark.")
public final class BenchNamesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'names' is not implemented yet");
    }
}
