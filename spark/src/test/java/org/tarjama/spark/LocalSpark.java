package org.tarjama.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** One local[2] Spark context for all the tests of the JVM (starting one takes seconds). */
final class LocalSpark {
    private LocalSpark() {
    }

    static synchronized void start() {
        if (SparkOptions.shared == null) {
            SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("tarjama-spark tests")
                    .set("spark.ui.enabled", "false")
                    .set("spark.driver.host", "127.0.0.1")
                    .set("spark.driver.bindAddress", "127.0.0.1")
                    .set("spark.sql.shuffle.partitions", "2");
            SparkOptions.shared = new JavaSparkContext(conf);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> SparkOptions.shared.stop()));
        }
    }
}
