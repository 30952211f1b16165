package org.tarjama.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarjama.glossary.CheckRun;
import org.tarjama.glossary.CheckSuppressions;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryChecker;
import org.tarjama.glossary.GlossaryLoader;
import org.tarjama.model.Severity;
import org.tarjama.report.ReportFormat;
import org.tarjama.report.ReportSummary;
import org.tarjama.io.Suppressions;
import org.tarjama.report.ReportWriter;
import org.tarjama.tmx.UnitFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarjama check}: enforce a glossary of names on a memory (TMX or TSV). */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check that every glossary name in the English of each unit appears in its approved Arabic "
                + "form (Arabic proclitics, the article, hamza/alef/ى/ة spelling, harakat and tatweel understood).",
            "",
            "Findings: GLOSSARY_TERM_MISSING (error), GLOSSARY_FORBIDDEN_VARIANT (error), GLOSSARY_DERIVED_FORM "
                + "(info), GLOSSARY_TARGET_ONLY (warning), GLOSSARY_COUNT_MISMATCH (info).",
            "Exit code: 1 when a finding at or above --fail-on exists, 0 otherwise, 3 on bad input."},
        footer = {"", "Example: tarjama check --glossary glossary/names.tsv memory.tmx --format html -o review.html"})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = {"-g", "--glossary"}, required = true, paramLabel = "FILE",
            description = "The glossary: .tsv, .csv, .tbx (TBX-Basic v2 or TBX v3) or .json.")
    Path glossary;

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "The memory: .tmx, or .tsv with en<TAB>ar per line (an optional first row of language codes).")
    Path input;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Report format: text (one line per finding), json, html (review page). Default: from -o's "
                    + "extension (.txt, .json, .html), else text.")
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding at or above LEVEL exists: error, warning, info or never. Default: ${DEFAULT-VALUE}.")
    String failOn;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the report to OUT (default: standard output).")
    Path output;

    @Option(names = "--rows-per-file", paramLabel = "N", defaultValue = "20000",
            description = "HTML written to a file: at most N findings per file. A larger report becomes OUT-1.html, "
                    + "OUT-2.html … linked to each other, and OUT is their index with the summary. Default: ${DEFAULT-VALUE}.")
    int rowsPerFile;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--suppress", paramLabel = "FILE",
            description = "Accepted findings: a file of finding ids (one per line, as in the \"id\" of --format json "
                    + "or written by --write-suppressions). Those findings are left out of the report and the exit code.")
    Path suppress;

    @Option(names = "--write-suppressions", paramLabel = "FILE",
            description = "Also write the ids of every finding of this run (suppressed ones included) to FILE, to "
                    + "accept them all (edit it to keep only those you accept).")
    Path writeSuppressions;

    @Override
    public Integer call() {
        Output.refuseToReplace(output, input, "input memory");
        Output.refuseToReplace(output, glossary, "glossary");
        format = OutputFormat.resolve("--format", format, output, "text",
                OutputFormat.of("txt=text", "json=json", "html=html", "htm=html"));
        ReportFormat fmt;
        try {
            fmt = ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format must be text, json or html, not '" + format + "'");
        }
        if (rowsPerFile < 1) {
            throw new UsageException("--rows-per-file must be at least 1, not " + rowsPerFile);
        }
        Severity level = parseLevel(failOn);
        int n = CommonOptions.threads(threads);
        Glossary g = GlossaryLayout.said(GlossaryLoader.load(glossary), spec.commandLine().getErr());
        warn(g);
        GlossaryChecker.requireEntries(g, glossary.toString());
        Output.refuseToReplace(writeSuppressions, input, "input memory");
        Output.refuseToReplace(writeSuppressions, glossary, "glossary");
        CheckSuppressions suppressions = new CheckSuppressions(
                suppress == null ? Suppressions.NONE : Suppressions.load(suppress), writeSuppressions != null);
        GlossaryChecker checker = new GlossaryChecker(g);
        ReportSummary summary = new ReportSummary();
        summary.put("glossary", glossary.toString());
        summary.put("entries", g.entries().size());
        summary.put("input", input.toString());
        String title = "Glossary check of " + input.getFileName() + " against " + glossary.getFileName();
        boolean split = fmt == ReportFormat.HTML && HtmlReportFiles.usable(output);
        try (UnitFiles.UnitIterator units = UnitFiles.open(input);
             HtmlReportFiles files = split ? new HtmlReportFiles(output) : null;
             Output out = split ? null : Output.to(output, spec.commandLine().getOut());
             Progress progress = new Progress(spec.commandLine().getErr(), "check", 0, common.quiet)) {
            ReportWriter w = split ? ReportWriter.htmlParts(files, title, rowsPerFile)
                    : ReportWriter.create(fmt, out.stream(), title);
            long[] last = {0};
            long count = CheckRun.run(units, input.toString(), checker, n, f -> {
                if (suppressions.keep(f)) {
                    summary.count(f);
                    w.add(f);
                }
            }, done -> {
                progress.step(done - last[0]);
                last[0] = done;
            });
            summary.countUnits(count);
            if (suppress != null) {
                summary.put("suppressed", suppressions.suppressed());
            }
            w.finish(summary);
            if (writeSuppressions != null) {
                Output.suppressionFile(writeSuppressions, spec.commandLine().getOut(),
                        "check of " + input.getFileName() + " against " + glossary.getFileName(), suppressions.entries());
            }
            if (split) {
                int parts = ((ReportWriter.SplitHtml) w).parts();
                files.commit(parts);
                if (parts > 1 && !common.quiet) {
                    spec.commandLine().getErr().println("check: the HTML report is " + parts + " files of at most "
                            + rowsPerFile + " findings: " + output + " (summary and index) and " + files.path(1).getFileName()
                            + " … " + files.path(parts).getFileName());
                }
            } else {
                out.commit();
            }
        }
        if (!common.quiet) {
            spec.commandLine().getErr().println("check: " + summary.line()
                    + (suppress == null ? "" : ", " + suppressions.suppressed() + " suppressed"));
            spec.commandLine().getErr().flush();
        }
        return level != null && summary.hasAtLeast(level) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private void warn(Glossary g) {
        if (!common.quiet) {
            g.warnings().forEach(w -> spec.commandLine().getErr().println("tarjama: warning: " + w));
        }
    }

    /** The --fail-on level; null for "never". */
    static Severity parseLevel(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            case "never" -> null;
            default -> throw new UsageException("--fail-on must be error, warning, info or never, not '" + s + "'");
        };
    }
}
