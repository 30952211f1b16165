package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Check a memory against a glossary of proper names. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check a memory against a glossary of proper names.")
public final class CheckCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'check' is not implemented yet");
    }
}
