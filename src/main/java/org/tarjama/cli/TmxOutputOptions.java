package org.tarjama.cli;

import org.tarjama.tmx.TmxProfile;
import org.tarjama.tmx.TmxWriterOptions;
import picocli.CommandLine.Option;

/** Options of the tmx commands that write TMX ({@code @Mixin}). */
public final class TmxOutputOptions {
    @Option(names = "--profile", paramLabel = "TOOL", defaultValue = "generic",
            description = "CAT tool the TMX is for: generic, omegat, trados, memoq, phrase "
                    + "(language codes and prop types; see docs/reference.md). Default: ${DEFAULT-VALUE}.")
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
        checkLanguage("--src", src, true);
        checkLanguage("--tgt", tgt, false);
        // two variants of one language (en-us -> en-gb) are a valid pair; the same code twice is not
        if (org.tarjama.model.Languages.sameCode(src, tgt)
                || (org.tarjama.model.Languages.sameLanguage(src, tgt) && (src.indexOf('-') < 0 && src.indexOf('_') < 0
                        || tgt.indexOf('-') < 0 && tgt.indexOf('_') < 0))) {
            throw new UsageException("--src " + src + " and --tgt " + tgt + " are the same language");
        }
        return new TmxWriterOptions(src, tgt, p);
    }

    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");

    /** A language code (en, ar-SA, en_US is written en-US); {@code *all*} for the source only. */
    private static void checkLanguage(String option, String code, boolean allAllowed) {
        if (!(LANGUAGE.matcher(code).matches() || (allAllowed && code.equals("*all*")))) {
            throw new UsageException(option + " '" + code + "' is not a language code (e.g. en, ar, ar-SA)");
        }
    }
}
