package org.tarjama.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tarjama.io.CheckedOutputStream;
import org.tarjama.io.OutputWriteException;
import org.tarjama.model.BadInputException;
import org.tarjama.model.TarjamaVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The {@code tarjama} command: a table of contents of the subcommands. */
@Command(name = "tarjama", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Arabic-English translation-memory toolkit: segment, align, build and check TMX, "
                + "enforce a names glossary, find inconsistent transliterations, reuse segments.")
public final class Main implements Runnable {
    /**
     * The subcommands, in the order {@code --help} lists them. Not in the {@code @Command} annotation: picocli
     * then builds the model of every command (with its options, mixins and converters) on each start, and
     * async-profiler showed that at 0.27 s of a 2.9 s cold {@code align}. {@link #commandLine(String[])} adds
     * only the command being run when the first argument names one.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
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
            ReviewCommand.class,
            ServeCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** Whether this run already reported an output write error (so it is said once). */
    private static final ThreadLocal<Boolean> WRITE_REPORTED = ThreadLocal.withInitial(() -> false);

    /** The checked stream under this run's standard output, when it is the process's own. */
    private static final ThreadLocal<CheckedOutputStream> STDOUT = new ThreadLocal<>();

    public static void main(String[] args) {
        // Standard output is checked like a file: its first write error is kept and reported (exit 3).
        CheckedOutputStream stdout = new CheckedOutputStream(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), "standard output");
        System.exit(run(args, new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), stdout));
    }

    /** Runs the command line with the given streams; returns the exit code. Used by tests in-process. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, null);
    }

    /**
     * As {@link #run(String[], PrintWriter, PrintWriter)}; {@code stdout}, when not null, is the stream
     * under {@code out}, asked for the reason when writing standard output failed.
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, CheckedOutputStream stdout) {
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        int code;
        WRITE_REPORTED.set(false);
        STDOUT.set(stdout);
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // The input limits (docs/limits.md) should stop hostile input long before this; a large but
            // legitimate job can still need more heap than the default.
            err.println("tarjama: out of memory (" + e.getMessage() + "); give Java more heap, e.g. "
                    + "TARJAMA_JAVA_OPTS=-Xmx4g, or split the input");
            code = ExitCodes.INTERNAL;
        } catch (StackOverflowError e) {
            err.println("tarjama: internal error: stack overflow (input nested too deeply?)");
            code = ExitCodes.INTERNAL;
        }
        if (out.checkError() && !WRITE_REPORTED.get()) {
            OutputWriteException why = stdout == null ? null : stdout.failure();
            err.println("tarjama: " + (why != null ? why.getMessage() : "cannot write standard output")
                    + "; the output is incomplete");
            if (code == ExitCodes.OK || code == ExitCodes.FINDINGS) {
                code = ExitCodes.BAD_INPUT;
            }
        }
        err.flush();
        return code;
    }

    /** The whole command tree (help, documentation, the class-data training run). */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for {@code argv}: when its first argument is the name or an alias of a subcommand, only
     * that subcommand is built (what picocli would run anyway); otherwise (no argument, an option such as
     * {@code --help}, {@code help}, a mistyped name that picocli answers with suggestions) the whole tree.
     */
    static CommandLine commandLine(String[] argv) {
        CommandLine cl = new CommandLine(new Main());
        Class<?> only = argv.length == 0 ? null : subcommandNamed(argv[0]);
        // a lone --version needs no subcommand at all
        boolean versionOnly = argv.length == 1 && (argv[0].equals("--version") || argv[0].equals("-V"));
        for (Class<?> c : SUBCOMMANDS) {
            if (!versionOnly && (only == null || c == only)) {
                cl.addSubcommand(new CommandLine(c, cl.getFactory()));
            }
        }
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

    private static Class<?> subcommandNamed(String arg) {
        if (arg.startsWith("-") || arg.startsWith("@")) {
            return null;
        }
        for (Class<?> c : SUBCOMMANDS) {
            Command a = c.getAnnotation(Command.class);
            if (c != CommandLine.HelpCommand.class && a != null
                    && (a.name().equals(arg) || List.of(a.aliases()).contains(arg))) {
                return c;
            }
        }
        return null;
    }

    private static int handleException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed != null && isVerbose(parsed);
        int code;
        OutputWriteException write = OutputWriteException.in(ex);
        if (write != null) {
            // disk full, a device error, a closed pipe: the output is incomplete, whatever wrapped the error
            CheckedOutputStream stdout = STDOUT.get();
            if (write.getMessage().startsWith("cannot write standard output") && stdout != null && stdout.failure() != null) {
                write = stdout.failure(); // the operating system's reason
            }
            err.println("tarjama: " + write.getMessage() + "; the output is incomplete");
            WRITE_REPORTED.set(true);
            code = ExitCodes.BAD_INPUT;
        } else if (ex instanceof BadInputException) {
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
