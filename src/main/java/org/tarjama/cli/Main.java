package org.tarjama.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.tarjama.model.BadInputException;
import org.tarjama.model.TarjamaVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The {@code tarjama} command: a table of contents of the subcommands. */
@Command(name = "tarjama", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Arabic-English translation-memory toolkit: segment, align, build and check TMX, "
                + "enforce a names glossary, find inconsistent transliterations, reuse segments.",
        subcommands = {
            SegmentCommand.class,
            AlignCommand.class,
            TmxCommand.class,
            CheckCommand.class,
            GlossaryCommand.class,
            NamesCommand.class,
            TmCommand.class,
            LookupCommand.class,
            ConcordanceCommand.class,
            PretranslateCommand.class,
            MergeCommand.class,
            ProjectCommand.class,
            ServeCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs the command line with the given streams; returns the exit code. Used by tests in-process. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handleException);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("tarjama: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        cl.setExitCodeExceptionMapper(ex -> ex instanceof BadInputException ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL);
        return cl;
    }

    private static int handleException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed != null && isVerbose(parsed);
        int code;
        if (ex instanceof BadInputException) {
            err.println("tarjama: " + ex.getMessage());
            code = ExitCodes.BAD_INPUT;
        } else if (ex instanceof UsageException) {
            err.println("tarjama: " + ex.getMessage());
            err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
            code = ExitCodes.USAGE;
        } else if (ex instanceof UncheckedIOException) {
            Throwable cause = ex.getCause();
            // new UncheckedIOException(e) says "java.io.IOException: …": print the message, not the class
            boolean bare = cause != null && String.valueOf(ex.getMessage()).equals(cause.toString());
            err.println("tarjama: " + (bare ? cause.getMessage() : ex.getMessage()));
            code = ExitCodes.BAD_INPUT;
        } else {
            err.println("tarjama: internal error: " + ex + (verbose ? "" : " (run with --verbose for details)"));
            code = ExitCodes.INTERNAL;
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static boolean isVerbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** The build's version and git commit (filled in at build time), and the Java that runs it. */
    public static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tarjama " + TarjamaVersion.buildVersion() + " (commit " + TarjamaVersion.commit() + ")",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
