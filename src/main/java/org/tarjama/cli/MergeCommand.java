package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarjama.io.Documents;
import org.tarjama.io.XliffMerge;
import org.tarjama.io.XliffReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tarjama merge FILE.xlf -o OUT.docx|.odt|.html|.txt}: the translated document from a translated XLIFF. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Write the translated document from an XLIFF made by 'tarjama pretranslate' and translated "
                + "(in a CAT tool, or as pretranslated): each target in place, formatting restored, right-to-left set "
                + "for Arabic (w:bidi/w:rtl in Word, dir=\"rtl\" lang=\"ar\" in HTML, rl-tb paragraph styles in ODF).",
            "Segments without a target stay in English and are counted on stderr."})
public final class MergeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The translated document; its extension must be the original's (.docx, .odt, .html, .txt).")
    Path output;

    @Parameters(paramLabel = "XLIFF", description = "The translated XLIFF.")
    Path xliff;

    @Override
    public Integer call() {
        Output.refuseToReplace(output, xliff, "the XLIFF");
        XliffReader.Xliff x = XliffReader.read(xliff);
        Documents.Kind kind = x.skeleton() == null ? null : XliffMerge.kind(x, xliff.toString());
        if (kind != null && Documents.kind(output) != kind) {
            throw new UsageException("-o " + output.getFileName() + ": the XLIFF holds a "
                    + kind.name().toLowerCase(Locale.ROOT) + " document (" + x.original() + "); name the output accordingly");
        }
        XliffMerge.Result r;
        try (Output out = Output.to(output, spec.commandLine().getOut())) {
            r = XliffMerge.merge(x, xliff, out.stream());
            out.commit();
        }
        PrintWriter err = spec.commandLine().getErr();
        if (r.droppedTags() > 0) {
            err.printf(Locale.ROOT, "tarjama: warning: %s: %d inline tags of the targets were unknown or unpaired and left out%n",
                    xliff, r.droppedTags());
        }
        if (!common.quiet || r.untranslated() > 0) {
            err.printf(Locale.ROOT, "%d segments merged: %d translated, %d untranslated (left in English)%n",
                    r.units(), r.units() - r.untranslated(), r.untranslated());
        }
        err.flush();
        return ExitCodes.OK;
    }
}
