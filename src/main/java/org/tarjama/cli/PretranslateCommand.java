package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Fill a document's segments with their best translation-memory matches. */
@Command(name = "pretranslate", mixinStandardHelpOptions = true, description = "Fill a document's segments with their best translation-memory matches.")
public final class PretranslateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'pretranslate' is not implemented yet");
    }
}
