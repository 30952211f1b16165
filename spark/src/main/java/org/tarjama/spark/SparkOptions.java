package org.tarjama.spark;

import java.io.PrintWriter;
import java.time.Instant;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Option;

/** Options every job takes, and the Spark context they make. */
final class SparkOptions {
    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N] runs here on N cores; yarn, k8s://…, spark://… on a cluster "
                    + "(default: what spark-submit or spark.master says, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Number of partitions (output parts) for the work; default: from the input size and the cores.")
    Integer partitions;

    @Option(names = {"-q", "--quiet"}, description = "No summary line on stderr.")
    boolean quiet;

    /**
     * A context shared by the tests (one local[2] context per JVM): when set, jobs run on it and leave it
     * open. Null in production, where each run makes and stops its own.
     */
    static volatile JavaSparkContext shared;

    /** The context for a run named {@code job}. */
    JavaSparkContext context(String job) {
        if (shared != null) {
            return shared;
        }
        SparkConf conf = new SparkConf().setAppName("tarjama " + job);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // a local run stays on this machine: no web UI, driver on the loopback address
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return new JavaSparkContext(conf);
    }

    /** Stops a context made by {@link #context}. */
    static void release(JavaSparkContext sc) {
        if (sc != shared) {
            sc.stop();
        }
    }

    /** The partitions for {@code items} work items: --partitions, else twice the cores, at most one per item. */
    int partitionsFor(JavaSparkContext sc, long items) {
        if (partitions != null) {
            if (partitions < 1) {
                throw new UsageError("--partitions must be at least 1");
            }
            return partitions;
        }
        long n = Math.max(2L * sc.defaultParallelism(), (items + 499) / 500);
        return (int) Math.max(1, Math.min(items, n));
    }

    /** The creation date written in outputs: SOURCE_DATE_EPOCH when set (reproducible runs), else now. */
    static Instant creationDate() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        return Instant.now().with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0);
    }

    void say(PrintWriter err, String line) {
        if (!quiet) {
            err.println("tarjama-spark: " + line);
            err.flush();
        }
    }
}
