package org.tarjama.cli;

import org.tarjama.tmx.TmxProfile;
import org.tarjama.tmx.TmxWriterOptions;
import picocli.CommandLine.Option;

/** Options of the tmx commands that write TMX ({@code @Mixin}). */
public final class TmxOutputOptions {
    @Option(names = "--profile", paramLabel = "TOOL", defaultValue = "generic",
            description = "CAT tool the TMX is for: generic, omegat, trados, memoq, phrase "
                    + "(language codes and prop types; see README). Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--src", paramLabel = "LANG", defaultValue = "en",
            description = "Source language: header srclang, written first in every unit. Default: ${DEFAULT-VALUE}.")
    String src;

    @Option(names = "--tgt", paramLabel = "LANG", defaultValue = "ar",
            description = "Target language (second column of TSV/CSV, XLIFF target). Default: ${DEFAULT-VALUE}.")
    String tgt;

    @Option(names = "--lenient", description = "Skip broken units in TMX input, report each of them, keep the rest.")
    boolean lenient;

    TmxWriterOptions writerOptions() {
        TmxProfile p;
        try {
            p = TmxProfile.parse(profile);
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown --profile '" + profile + "': use generic, omegat, trados, memoq or phrase");
        }
        return new TmxWriterOptions(src, tgt, p);
    }
}
