package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Transliteration-similarity precision/recall/F1 on name-pair files. */
@Command(name = "names", mixinStandardHelpOptions = true, description = "Transliteration-similarity precision/recall/F1 on name-pair files.")
public final class EvalNamesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'names' is not implemented yet");
    }
}
