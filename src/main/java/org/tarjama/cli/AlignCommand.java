package org.tarjama.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER until its issue lands: Align an English document with its Arabic translation into a translation memory. */
@Command(name = "align", mixinStandardHelpOptions = true, description = "Align an English document with its Arabic translation into a translation memory.")
public final class AlignCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'align' is not implemented yet");
    }
}
