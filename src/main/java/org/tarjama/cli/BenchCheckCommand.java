package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Glossary check throughput benchmark. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Glossary check throughput benchmark.")
public final class BenchCheckCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'check' is not implemented yet");
    }
}
