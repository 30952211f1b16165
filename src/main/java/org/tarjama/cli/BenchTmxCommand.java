package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: TMX write/read throughput benchmark. */
@Command(name = "tmx", mixinStandardHelpOptions = true, description = "TMX write/read throughput benchmark.")
public final class BenchTmxCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'tmx' is not implemented yet");
    }
}
