package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Alignment speed and memory benchmark. */
@Command(name = "align", mixinStandardHelpOptions = true, description = "Alignment speed and memory benchmark.")
public final class BenchAlignCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'align' is not implemented yet");
    }
}
