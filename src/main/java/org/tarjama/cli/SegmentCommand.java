package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Split English or Arabic paragraphs into sentences. */
@Command(name = "segment", mixinStandardHelpOptions = true, description = "Split English or Arabic paragraphs into sentences.")
public final class SegmentCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'segment' is not implemented yet");
    }
}
