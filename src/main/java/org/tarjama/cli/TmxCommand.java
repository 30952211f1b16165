package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Validate, inspect, convert, merge and filter TMX files. */
@Command(name = "tmx", mixinStandardHelpOptions = true, description = "Validate, inspect, convert, merge and filter TMX files.")
public final class TmxCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'tmx' is not implemented yet");
    }
}
