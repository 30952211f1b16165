package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarjama.io.Documents;
import org.tarjama.io.TextFiles;
import org.tarjama.model.TarjamaVersion;
import org.tarjama.segment.Segmenters;
import org.tarjama.tm.Directions;
import org.tarjama.tm.Pretranslation;
import org.tarjama.tm.TranslationMemory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tarjama pretranslate}: fill a document's sentences from the memory. */
@Command(name = "pretranslate", mixinStandardHelpOptions = true,
        description = {"Segment an English document and fill each sentence with its best match from the memory; with "
                + "--source-lang ar, an Arabic document from the memory's Arabic, filled with its English.",
            "Writes bilingual XLIFF 1.2 (-o FILE.xlf: match %% in alt-trans match-quality and the target's "
                + "state-qualifier) or TMX (-o FILE.tmx: matched sentences, match %% in x-match-score).",
            "Documents: .txt, .docx, .odt, .html, .xlf/.xliff. From a .docx, .odt, .html or text document the XLIFF "
                + "carries the document (skeleton) and its formatting as inline codes: 'tarjama merge' rebuilds the "
                + "translated document from it.",
            "Consecutive sentences that together match a multi-sentence memory unit are filled as one segment."})
public final class PretranslateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    TmOptions tm;

    @Option(names = "--min", paramLabel = "PCT", defaultValue = "75", description = "Lowest match percentage used (default: ${DEFAULT-VALUE}).")
    int min;

    @Option(names = "--copy-source", description = "XLIFF: give an unmatched segment a copy of its source as target "
            + "(state=\"new\"), as OmegaT 3.x's XLIFF filter needs; 'tarjama merge' counts such a segment as untranslated.")
    boolean copySource;

    @Option(names = "--source-lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the document: en (default; translated into Arabic) or ar (matched against the "
                    + "memory's Arabic the Arabic way and translated into English; the XLIFF's source is ar, its target en).")
    String sourceLang;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Output: .xlf/.xliff or .tmx.")
    Path output;

    @Parameters(paramLabel = "DOC", description = "The document (English, or Arabic with --source-lang ar).")
    Path doc;

    @Override
    public Integer call() {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean xliff = name.endsWith(".xlf") || name.endsWith(".xliff");
        if (!xliff && !name.endsWith(".tmx")) {
            throw new UsageException("-o must end in .xlf, .xliff or .tmx");
        }
        if (min < 1 || min > 100) {
            throw new UsageException("--min must be between 1 and 100");
        }
        String lang;
        try {
            lang = Directions.arabicSource(sourceLang) ? "ar" : "en";
        } catch (IllegalArgumentException e) {
            throw new UsageException("--source-lang: " + e.getMessage());
        }
        Output.refuseInputs(output, "-o", java.util.List.of(doc));
        Documents.Document document = Documents.read(doc, null, lang);
        Pretranslation p;
        try (TranslationMemory m = tm.open()) {
            p = Pretranslation.of(m, document, Segmenters.forLanguage(lang), min, lang);
        }
        try (Output out = Output.to(output, spec.commandLine().getOut())) {
            if (xliff) {
                p.writeXliff(out.stream(), TextFiles.displayName(doc), TarjamaVersion.get(), copySource);
            } else {
                p.writeTmx(out.stream());
            }
            out.commit();
        }
        PrintWriter err = spec.commandLine().getErr();
        if (p.cleanedTexts() > 0) {
            err.printf(Locale.ROOT, "tarjama: warning: %s: characters XML 1.0 does not allow (control characters, lone "
                    + "surrogates) were left out of %d segment texts%n", output, p.cleanedTexts());
        }
        if (!common.quiet) {
            err.printf(Locale.ROOT, "%d segments: %d matched at %d%% or more (%d exact), %d without a match%s%n",
                    p.segments().size(), p.matched(), min, p.exact(), p.segments().size() - p.matched(),
                    xliff ? "" : " (left out of the TMX)");
            if (p.joined() > 0) {
                err.printf(Locale.ROOT, "%d of %d sentences filled; %d segments are runs of sentences matched as one memory unit%n",
                        p.matchedSentences(), p.sentences(), p.joined());
            }
            err.flush();
        }
        return ExitCodes.OK;
    }
}
