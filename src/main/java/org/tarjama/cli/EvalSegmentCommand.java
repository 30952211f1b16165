package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Sentence-boundary precision/recall/F1 on corpus folders. */
@Command(name = "segment", mixinStandardHelpOptions = true, description = "Sentence-boundary precision/recall/F1 on corpus folders.")
public final class EvalSegmentCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'segment' is not implemented yet");
    }
}
