package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tarjama.model.Diagnostic;
import org.tarjama.model.Severity;
import org.tarjama.tmx.TmxFormatException;
import org.tarjama.tmx.TmxValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarjama tmx validate FILE…}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check TMX files. Errors make a file invalid TMX: not well-formed XML, not valid against the "
                + "TMX 1.4b DTD, no unit readable. Warnings are interoperability risks in valid TMX: the first <tuv> "
                + "not the unit's source language, duplicate or missing tuids, language codes, dates, empty segments.",
            "Prints one line per finding: 'FILE: line L, column C: message [error CODE, unit N (tuid T)]'. "
                + "Exit 0 when every file is valid (warnings or not), 3 when any is not; with --strict, 3 on warnings too."})
public final class TmxValidateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--strict", description = "Fail (exit 3) on warnings too, not only on errors.")
    boolean strict;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TMX files to check.")
    List<Path> files;

    /** {@code FILE: line L, column C: message [severity CODE, unit N (tuid T)]}: the message right after the position. */
    static String line(Diagnostic d) {
        var at = d.location();
        StringBuilder sb = new StringBuilder(TmxFormatException.format(
                new org.tarjama.model.SourceLocation(at.file(), at.line(), at.column(), 0, ""), d.message()));
        sb.append(" [").append(d.severity().label()).append(' ').append(d.code());
        if (at.unit() > 0) {
            sb.append(", unit ").append(at.unit());
            if (!at.tuid().isEmpty()) {
                sb.append(" (tuid ").append(at.tuid()).append(')');
            }
        }
        return sb.append(']').toString();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allValid = true;
        for (Path f : files) {
            TmxValidator.Report r = TmxValidator.validate(f);
            for (Diagnostic d : r.findings()) {
                if (d.severity() == Severity.INFO && !common.verbose) {
                    continue;
                }
                out.println(line(d));
            }
            long shown = r.findings().stream().filter(d -> d.severity() != Severity.INFO).count();
            if (r.errors() + r.warnings() > shown) {
                out.println(f + ": … " + (r.errors() + r.warnings() - shown) + " more findings not shown");
            }
            allValid &= strict ? r.clean() : r.valid();
            if (!common.quiet) {
                err.println(f + ": " + (!r.valid() ? "NOT valid" : strict && !r.clean() ? "valid, but warnings fail --strict" : "valid") + " (" + r.units() + " units, "
                        + r.errors() + " errors, " + r.warnings() + " warnings)");
            }
        }
        out.flush();
        return allValid ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
