package org.tarjama.cli;

import java.util.concurrent.Callable;
import org.tarjama.align.NameMatcher;
import picocli.CommandLine.Command;

/** PLACEHOLDER */
@Command(name = "align", mixinStandardHelpOptions = true, description = "Align an English document with its Arabic translation into a translation memory.")
public final class AlignCommand implements Callable<Integer> {
    static NameMatcher nameMatcher() {
        return NameMatcher.NONE;
    }

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'align' is not implemented yet");
    }
}
