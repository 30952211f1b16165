package org.tarjama.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tarjama.align.AlignmentWriter;
import org.tarjama.project.AlignmentProject;
import org.tarjama.project.ProjectExport;
import org.tarjama.project.ProjectFiles;
import org.tarjama.tmx.TmxProfile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tarjama project export}: the reviewed alignment as TMX or TSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export an alignment project as TMX or TSV. Rejected and unaligned (1-0/0-1) beads are never "
                + "exported; TMX units of reviewed beads carry <prop type=\"x-status\">confirmed</prop>. An untouched "
                + "project exports exactly what 'align --format tmx' writes."},
        footer = {"", "Examples:", "  tarjama project export --format tmx -o out.tmx seed.tjp",
            "  tarjama project export --format tmx --status confirmed --profile omegat -o reviewed.tmx seed.tjp"})
public final class ProjectExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "tmx or tsv (default: from -o's extension, else tmx).")
    String format;

    @Option(names = "--status", paramLabel = "WHICH", defaultValue = "all",
            description = "confirmed: only confirmed beads; all: confirmed and automatic (default: ${DEFAULT-VALUE}).")
    String status;

    @Option(names = "--profile", paramLabel = "TOOL", defaultValue = "generic",
            description = "CAT tool the TMX is for: generic, omegat, trados, memoq, phrase (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (written atomically); default stdout.")
    Path output;

    @Parameters(paramLabel = "FILE", description = "The project file.")
    Path file;

    @Override
    public Integer call() {
        format = OutputFormat.resolve("--format", format, output, "tmx", OutputFormat.of("tmx=tmx", "tsv=tsv"));
        if (!format.equals("tmx") && !format.equals("tsv")) {
            throw new UsageException("--format must be tmx or tsv, not '" + format + "'");
        }
        if (!status.equals("all") && !status.equals("confirmed")) {
            throw new UsageException("--status must be confirmed or all, not '" + status + "'");
        }
        TmxProfile tmxProfile;
        try {
            tmxProfile = TmxProfile.parse(profile);
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown --profile '" + profile + "': use generic, omegat, trados, memoq or phrase");
        }
        if (output != null) {
            Output.refuseToReplace(output, file, "the project file");
        }
        AlignmentProject p = ProjectFiles.read(file);
        PrintWriter err = spec.commandLine().getErr();
        if (!common.quiet) {
            ProjectFiles.sourceWarnings(p, file).forEach(w -> err.println("tarjama: warning: " + w));
        }
        ProjectExport.Result r;
        try (Output out = Output.to(output, spec.commandLine().getOut())) {
            r = ProjectExport.write(p, format.equals("tmx") ? AlignmentWriter.Format.TMX : AlignmentWriter.Format.TSV,
                    status.equals("confirmed") ? ProjectExport.Scope.CONFIRMED : ProjectExport.Scope.ALL, tmxProfile,
                    out.stream());
            out.stream().flush();
            out.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        if (!common.quiet) {
            r.warnings().forEach(w -> err.println("tarjama: warning: " + w));
            err.println("tarjama: exported " + r.written() + " units; left out " + r.rejectedLeftOut() + " rejected, "
                    + r.unconfirmedLeftOut() + " unconfirmed and the unaligned sentences (" + r.unaligned() + ")");
        }
        err.flush();
        return ExitCodes.OK;
    }
}
