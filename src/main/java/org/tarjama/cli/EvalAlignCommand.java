package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Alignment precision/recall/F1 on corpus folders with gold beads. */
@Command(name = "align", mixinStandardHelpOptions = true, description = "Alignment precision/recall/F1 on corpus folders with gold beads.")
public final class EvalAlignCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'align' is not implemented yet");
    }
}
