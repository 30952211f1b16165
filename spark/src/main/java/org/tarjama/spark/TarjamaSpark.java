package org.tarjama.spark;

import java.io.PrintWriter;
import org.apache.spark.SparkException;
import org.tarjama.model.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code tarjama-spark JOB …}: Tarjama's batch commands as Spark jobs. Run by {@code ./tarjama-spark}
 * (local, Spark on the classpath) or by {@code spark-submit --class org.tarjama.spark.TarjamaSpark}.
 *
 * <p>Exit codes: 0 done, 2 usage error, 3 bad input (the message names the file and line; nothing is
 * left in the output directory), 4 internal error. Findings (inconsistent names, glossary errors) are
 * results, not failures: they are in the output and the exit code is 0.
 */
@Command(name = "tarjama-spark", mixinStandardHelpOptions = true,
        description = "Tarjama's aligner, names, check and TMX dedup as Apache Spark jobs.",
        subcommands = {AlignJob.class, NamesJob.class, CheckJob.class, TmxJob.class, EvalAlignJob.class})
public final class TarjamaSpark implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a job: align, names, check or tmx dedup");
    }

    public static void main(String[] args) {
        System.exit(run(args,
                new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true)));
    }

    /** Runs a job; returns its exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new TarjamaSpark());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            Throwable t = rootCause(ex);
            if (t instanceof BadInputException) {
                err.println("tarjama-spark: " + t.getMessage());
                return 3;
            }
            if (t instanceof UsageError || t instanceof org.tarjama.cli.UsageException) {
                err.println("tarjama-spark: " + t.getMessage());
                return 2;
            }
            err.println("tarjama-spark: internal error: " + t);
            t.printStackTrace(err);
            return 4;
        });
        return cl.execute(args);
    }

    /** The exception a task threw, out of Spark's wrappers. */
    static Throwable rootCause(Throwable ex) {
        Throwable t = ex;
        while ((t instanceof SparkException || t instanceof java.util.concurrent.ExecutionException
                || t.getClass().getName().startsWith("org.apache.spark")) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof java.io.UncheckedIOException && t.getCause() != null
                && t.getCause().getClass().getName().equals("java.io.FileNotFoundException")) {
            return t;
        }
        return t;
    }
}
