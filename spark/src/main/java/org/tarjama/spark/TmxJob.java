package org.tarjama.spark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.tarjama.model.Languages;
import org.tarjama.model.Property;
import org.tarjama.model.TranslationUnit;
import org.tarjama.model.Variant;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.tmx.TmxReader;
import org.tarjama.tmx.TmxWriter;
import org.tarjama.tmx.TmxWriterOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scala.Tuple2;

/** {@code tarjama-spark tmx dedup}: TMX work on many files. */
@Command(name = "tmx", mixinStandardHelpOptions = true, description = "TMX jobs: dedup.", subcommands = TmxJob.Dedup.class)
public final class TmxJob implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a tmx job: dedup");
    }

    /**
     * {@code tmx dedup --out DIR TMX…}: units whose texts are the same after normalisation, across all
     * the input files, kept once (the first in input order: file order, then unit order), with
     * {@code x-occurrences} = how many times it occurred. Normalisation ({@link #normalize}): NFC,
     * {@link ArabicNormalizer#LIGHT} (presentation forms, invisibles, tatweel, harakat, spaces), white
     * space collapsed and trimmed; the key is every variant's language (canonical) and normalised text,
     * so a unit differing in any language is kept. Output: {@code part-NNNNN.tmx} in input order,
     * {@code summary.json} (units read, kept, duplicates removed, duplicate groups, per input file),
     * {@code _SUCCESS}.
     */
    @Command(name = "dedup", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Remove duplicate units across TMX files by their normalised text; part-NNNNN.tmx, summary.json, "
                    + "_SUCCESS under DIR.")
    public static final class Dedup implements Callable<Integer> {
        @Mixin
        SparkOptions spark;

        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (new or empty).")
        String out;

        @Option(names = "--source-lang", defaultValue = "en", paramLabel = "LANG", description = "srclang of the output TMX.")
        String sourceLang;

        @Option(names = "--lenient", description = "Skip malformed units (reported) instead of failing.")
        boolean lenient;

        @Parameters(arity = "1..*", paramLabel = "TMX", description = "TMX files, directories or globs.")
        List<String> inputs;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            JavaSparkContext sc = spark.context("tmx dedup");
            try {
                HadoopIO io = new HadoopIO(sc.hadoopConfiguration());
                List<String> files = io.inputs(inputs).stream().map(Path::toString).toList();
                Path outDir = AlignJob.qualified(io, out);
                io.prepareOutput(outDir);
                HadoopIO.Conf conf = new HadoopIO.Conf(sc.hadoopConfiguration());
                boolean len = lenient;
                String src = sourceLang;
                java.time.Instant date = SparkOptions.creationDate();
                String outName = outDir.toString();
                try {
                    List<Integer> indices = new ArrayList<>();
                    for (int i = 0; i < files.size(); i++) {
                        indices.add(i);
                    }
                    // (key, (order, count, unit as JSON)): order = file index << 40 | unit index
                    JavaPairRDD<String, Tuple2<Long, Tuple2<Long, String>>> units = sc.parallelize(indices, files.size())
                            .flatMapToPair(i -> read(i, files.get(i), conf, len));
                    units.cache();
                    List<Tuple2<Integer, Long>> readPerFile = units.mapToPair(t -> new Tuple2<>((int) (t._2()._1() >>> 40), 1L))
                            .reduceByKey(Long::sum).collect();
                    JavaPairRDD<Long, Tuple2<Long, String>> kept = units
                            .reduceByKey((a, b) -> {
                                Tuple2<Long, String> first = a._1() <= b._1() ? a._2() : b._2();
                                long order = Math.min(a._1(), b._1());
                                return new Tuple2<>(order, new Tuple2<>(a._2()._1() + b._2()._1(), first._2()));
                            })
                            .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
                    int parts = spark.partitionsFor(sc, files.size());
                    List<long[]> stats = kept.sortByKey(true, parts)
                            .mapPartitionsWithIndex((part, it) -> write(part, it, src, date, conf, outName), true)
                            .collect();
                    units.unpersist();
                    long read = readPerFile.stream().mapToLong(Tuple2::_2).sum();
                    long written = 0;
                    long groups = 0;
                    for (long[] s : stats) {
                        written += s[0];
                        groups += s[1];
                    }
                    Map<String, Object> summary = new LinkedHashMap<>();
                    summary.put("read", read);
                    summary.put("written", written);
                    summary.put("duplicatesRemoved", read - written);
                    summary.put("duplicateGroups", groups);
                    summary.put("parts", stats.size());
                    Map<String, Long> perFile = new TreeMap<>();
                    for (Tuple2<Integer, Long> t : readPerFile) {
                        perFile.put(HadoopIO.display(new Path(files.get(t._1()))), t._2());
                    }
                    summary.put("readByFile", perFile);
                    io.write(outDir, "summary.json", (new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(summary) + "\n").getBytes(StandardCharsets.UTF_8));
                    io.succeed(outDir);
                    spark.say(err, String.format(Locale.ROOT, "tmx dedup: %d units read from %d files, %d written, %d duplicates "
                            + "removed (%d units had duplicates) → %s", read, files.size(), written, read - written, groups,
                            HadoopIO.display(outDir)));
                } catch (RuntimeException e) {
                    io.abandon(outDir);
                    throw e;
                }
            } finally {
                SparkOptions.release(sc);
            }
            return 0;
        }
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The text as compared: NFC, light Arabic normalisation, white space collapsed and trimmed. */
    static String normalize(String s) {
        String n = ArabicNormalizer.LIGHT.normalize(Normalizer.normalize(s, Normalizer.Form.NFC));
        return SPACES.matcher(n).replaceAll(" ").strip();
    }

    /** The dedup key of a unit: each variant's canonical language and normalised text, in language order. */
    static String key(TranslationUnit u) {
        List<String> parts = new ArrayList<>();
        for (Variant v : u.variants()) {
            parts.add(Languages.canonical(v.lang()).toLowerCase(Locale.ROOT) + "\u0002" + normalize(v.text()));
        }
        parts.sort(Comparator.naturalOrder());
        return String.join("\u0001", parts);
    }

    static ObjectMapper json() {
        return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    static Iterator<Tuple2<String, Tuple2<Long, Tuple2<Long, String>>>> read(int fileIndex, String file, HadoopIO.Conf conf,
                                                                           boolean lenient) throws Exception {
        List<Tuple2<String, Tuple2<Long, Tuple2<Long, String>>>> out = new ArrayList<>();
        ObjectMapper om = json();
        try (HadoopIO io = new HadoopIO(conf); TmxReader r = TmxReader.open(io.localize(new Path(file)), lenient)) {
            long k = 0;
            while (r.hasNext()) {
                TranslationUnit u = r.next();
                long order = ((long) fileIndex << 40) | k++;
                out.add(new Tuple2<>(key(u), new Tuple2<>(order, new Tuple2<>(1L, om.writeValueAsString(u)))));
            }
        }
        return out.iterator();
    }

    /** Writes one part of the kept units (in input order); returns {written, units that had duplicates}. */
    static Iterator<long[]> write(int part, Iterator<Tuple2<Long, Tuple2<Long, String>>> it, String src,
                                  java.time.Instant date, HadoopIO.Conf conf, String outDir) throws Exception {
        ObjectMapper om = json();
        long written = 0;
        long groups = 0;
        try (HadoopIO io = new HadoopIO(conf);
             HadoopIO.AtomicFile f = io.create(new Path(outDir), String.format(Locale.ROOT, "part-%05d.tmx", part),
                     AlignJob.attempt())) {
            TmxWriter w = TmxWriter.create(f.stream(), new TmxWriterOptions(src, "ar", TmxWriterOptions.defaults().profile(), date));
            while (it.hasNext()) {
                Tuple2<Long, Tuple2<Long, String>> t = it.next();
                TranslationUnit u = om.readValue(t._2()._2(), TranslationUnit.class);
                long count = t._2()._1();
                List<Property> props = new ArrayList<>(u.props());
                props.add(new Property("x-occurrences", Long.toString(count)));
                w.write(new TranslationUnit(u.tuid(), u.variants(), props, u.notes(), u.attributes()));
                written++;
                if (count > 1) {
                    groups++;
                }
            }
            w.close();
            f.commit();
        }
        return List.of(new long[] {written, groups}).iterator();
    }
}
