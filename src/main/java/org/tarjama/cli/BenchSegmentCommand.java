package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Segmentation throughput benchmark. */
@Command(name = "segment", mixinStandardHelpOptions = true, description = "Segmentation throughput benchmark.")
public final class BenchSegmentCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'segment' is not implemented yet");
    }
}
