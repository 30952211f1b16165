package org.tarjama.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryLoader;
import org.tarjama.io.InputFiles;
import org.tarjama.io.Suppressions;
import org.tarjama.names.NameChecker;
import org.tarjama.names.NameReport;
import org.tarjama.names.NameFindings;
import org.tarjama.names.SuggestedGlossary;
import org.tarjama.names.UnitStream;
import org.tarjama.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarjama names}: find names rendered inconsistently in Arabic across a memory. */
@Command(name = "names", mixinStandardHelpOptions = true,
        description = {"Find English proper names rendered inconsistently in Arabic across a memory.",
            "Every capitalised name of the English side (and every glossary term) is matched to the Arabic "
                + "words that transliterate it; its renderings are classified consistent, spelling (equal after "
                + "hamza/alef, ta marbuta and alef maqsura folding), inconsistent (different, or partial such as "
                + "زهري for Abu Zuhri; with --glossary: not an approved form) or unrendered (translated or dropped).",
            "Exit status: 0 no inconsistent name, 1 an inconsistent name exists, 2 usage error, 3 bad input."})
public final class NamesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Memory files: .tmx, or .tsv with en<TAB>ar per line.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--glossary", paramLabel = "FILE",
            description = "Glossary of approved forms: names in it are judged against them.")
    Path glossaryFile;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json, html, or tbx/tsv for a suggested glossary (majority rendering of each name). "
                    + "Default: from -o's extension (.txt, .json, .html, .tbx, .tsv), else text.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the result here (default: standard output).")
    Path output;

    @Option(names = "--rows-per-file", paramLabel = "N", defaultValue = "20000",
            description = "HTML written to a file: at most N rows per file. A larger report becomes OUT-1.html, "
                    + "OUT-2.html … linked to each other, and OUT is their index. Default: ${DEFAULT-VALUE}.")
    int rowsPerFile;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--threshold", paramLabel = "T",
            description = "Transliteration similarity from which Arabic words count as a rendering (default: ${DEFAULT-VALUE}).")
    double threshold = org.tarjama.text.Transliteration.DEFAULT_THRESHOLD;

    @Option(names = "--suppress", paramLabel = "FILE",
            description = "Accepted findings: a file of finding ids (one per line, as in the \"id\" of --format json "
                    + "or written by --write-suppressions). Those names are left out of the text, JSON and HTML "
                    + "reports and the exit code (the suggested glossary keeps them).")
    Path suppress;

    @Option(names = "--write-suppressions", paramLabel = "FILE",
            description = "Also write the ids of every name that is not consistent (suppressed ones included) to "
                    + "FILE, to accept them (edit it to keep only those you accept).")
    Path writeSuppressions;

    @Override
    public Integer call() {
        format = OutputFormat.resolve("--format", format, output, "text",
                OutputFormat.of("txt=text", "json=json", "html=html", "htm=html", "tbx=tbx", "tsv=tsv"));
        if (!List.of("text", "json", "html", "tbx", "tsv").contains(format)) {
            throw new UsageException("--format must be one of text, json, html, tbx, tsv");
        }
        if (rowsPerFile < 1) {
            throw new UsageException("--rows-per-file must be at least 1, not " + rowsPerFile);
        }
        int nThreads = CommonOptions.threads(threads);
        if (!(threshold > 0 && threshold < 1)) { // NaN fails both comparisons
            throw new UsageException("--threshold must be between 0 and 1");
        }
        inputs.forEach(InputFiles::requireRegularFile);
        List<Path> read = new ArrayList<>(inputs);
        read.add(glossaryFile);
        Output.refuseInputs(output, "-o", read);
        Glossary glossary = null;
        if (glossaryFile != null) {
            InputFiles.requireRegularFile(glossaryFile);
            glossary = GlossaryLayout.said(GlossaryLoader.load(glossaryFile), spec.commandLine().getErr());
        }
        for (Path p : inputs) {
            Output.refuseToReplace(writeSuppressions, p, "input memory");
        }
        Suppressions accepted = suppress == null ? Suppressions.NONE : Suppressions.load(suppress);
        NameReport report;
        try (Progress progress = new Progress(spec.commandLine().getErr(), "names", 0, common.quiet)) {
            report = NameChecker.check(glossary, threshold, () -> UnitStream.open(inputs), nThreads,
                    progress::step);
        }
        NameReport all = report;
        if (suppress != null) {
            report = report.without(accepted);
        }
        long suppressed = all.names().size() - report.names().size();
        if (format.equals("html") && HtmlReportFiles.usable(output)) {
            if (writeSuppressions != null) {
                Output.suppressionFile(writeSuppressions, spec.commandLine().getOut(), "names of " + String.join(", ",
                        inputs.stream().map(p -> p.getFileName().toString()).toList()), all.suppressionEntries());
            }
            try (HtmlReportFiles files = new HtmlReportFiles(output)) {
                int parts = NameFindings.writeHtml(report, files, rowsPerFile);
                files.commit(parts);
                if (parts > 1 && !common.quiet) {
                    spec.commandLine().getErr().println("names: the HTML report is " + parts + " files of at most "
                            + rowsPerFile + " rows: " + output + " (index) and " + files.path(1).getFileName()
                            + " … " + files.path(parts).getFileName());
                }
            }
        } else {
            try (Output out = Output.to(output, spec.commandLine().getOut())) {
                if (writeSuppressions != null) {
                    Output.suppressionFile(writeSuppressions, spec.commandLine().getOut(), "names of " + String.join(", ",
                            inputs.stream().map(p -> p.getFileName().toString()).toList()), all.suppressionEntries());
                }
                switch (format) {
                    case "tsv", "tbx" -> SuggestedGlossaryOutput.write(SuggestedGlossary.of(all), format, out);
                    default -> NameFindings.write(report, ReportFormat.parse(format), out.stream());
                }
                out.commit();
            }
        }
        if (!common.quiet && output != null) {
            spec.commandLine().getErr().printf(Locale.ROOT, "names: %d names, %d inconsistent, %d spelling, %d unrendered%s → %s%n",
                    report.names().size(), report.count(NameReport.Status.INCONSISTENT),
                    report.count(NameReport.Status.SPELLING), report.count(NameReport.Status.UNRENDERED),
                    suppress == null ? "" : ", " + suppressed + " suppressed", output);
        } else if (!common.quiet && suppress != null) {
            spec.commandLine().getErr().printf(Locale.ROOT, "names: %d suppressed%n", suppressed);
        }
        return report.hasInconsistent() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
