package org.tarjama.spark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryLoader;
import org.tarjama.model.TranslationUnit;
import org.tarjama.names.NameChecker;
import org.tarjama.names.NameLexicon;
import org.tarjama.names.NameReport;
import org.tarjama.names.NameFindings;
import org.tarjama.report.ReportFormat;
import org.tarjama.names.UnitStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scala.Tuple2;

/**
 * {@code tarjama-spark names --out DIR MEMORY…}: how each English name is rendered in Arabic across
 * the whole input, with the result of single-machine {@code tarjama names} over the same files in the
 * same order (units numbered 1… across them).
 *
 * <p>A name's result depends only on the units that mention it, in their order. So: (1) each memory
 * part is checked on its own, only to learn which names occur ({@link #keyOf the key} of a name is its
 * last word, case and accents folded, which every unit mentioning it, alone or inside a longer name,
 * contains); (2) every unit is sent, with its global number, to the key of each such word it contains
 * (the shuffle: units partitioned by key and sorted by number within); (3) each key's units are
 * checked in order by the core's {@link NameChecker} and the names with that key kept, their unit
 * numbers mapped back to global ones; (4) the driver sorts the names as the core does and writes the
 * core's JSON and HTML reports. Only the core's public entry points are used, so the result follows
 * whatever the names engine does inside.
 */
@Command(name = "names", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Names rendered inconsistently in Arabic across memories in many parts: names.json (as tarjama names "
                + "--format json) and names.html under DIR.")
public final class NamesJob implements Callable<Integer> {
    @Mixin
    SparkOptions spark;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "MEMORY", description = "Memory files (.tmx, or .tsv en<TAB>ar), directories or globs.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (new or empty).")
    String out;

    @Option(names = "--glossary", paramLabel = "FILE", description = "Glossary of approved forms.")
    String glossary;

    @Option(names = "--threshold", paramLabel = "T",
            description = "Transliteration similarity from which Arabic words count as a rendering (default: the core's).")
    Double threshold;

    /** What a task needs, serialisable. */
    record Settings(Shipped glossary, double threshold, HadoopIO.Conf conf) implements Serializable {
        NameChecker checker() {
            return checker(NameLexicon.EMPTY);
        }

        /** The checker with the renderings learnt over the whole memory, as single-machine names has. */
        NameChecker checker(NameLexicon lexicon) {
            Glossary g = glossary == null ? null : GlossaryLoader.load(glossary.local());
            return new NameChecker(g, threshold, lexicon);
        }
    }

    /** One unit on its way to a key: its global number and texts. */
    record Unit(long no, String en, String ar) implements Serializable {
    }

    @Override
    public Integer call() {
        double t = threshold == null ? org.tarjama.text.Transliteration.DEFAULT_THRESHOLD : threshold;
        if (t <= 0 || t >= 1) {
            throw new UsageError("--threshold must be between 0 and 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        JavaSparkContext sc = spark.context("names");
        try {
            HadoopIO io = new HadoopIO(sc.hadoopConfiguration());
            List<String> files = io.inputs(inputs).stream().map(Path::toString).toList();
            for (String f : files) {
                String problem = io.problem(new Path(f));
                if (problem != null) {
                    throw new org.tarjama.model.BadInputException(
                            org.tarjama.model.SourceLocation.ofFile(HadoopIO.display(new Path(f))), problem);
                }
            }
            Path outDir = AlignJob.qualified(io, out);
            Settings settings = new Settings(glossary == null ? null : Shipped.read(io, AlignJob.qualified(io, glossary)), t,
                    new HadoopIO.Conf(sc.hadoopConfiguration()));
            String glossarySource = glossary == null ? "" : settings.checker() == null ? "" : glossarySource(settings);
            io.prepareOutput(outDir);
            try {
                long t0 = System.nanoTime();
                NameReport report = run(sc, files, settings, spark.partitions, glossarySource);
                ByteArrayOutputStream json = new ByteArrayOutputStream();
                NameFindings.write(report, ReportFormat.JSON, json);
                ByteArrayOutputStream html = new ByteArrayOutputStream();
                NameFindings.write(report, ReportFormat.HTML, html);
                io.write(outDir, "names.json", json.toByteArray());
                io.write(outDir, "names.html", html.toByteArray());
                io.succeed(outDir);
                spark.say(err, String.format(Locale.ROOT, "names: %d units in %d parts, %d names, %d inconsistent, "
                                + "%d spelling, %d unrendered → %s (%.1f s)", report.units(), files.size(), report.names().size(),
                        report.count(NameReport.Status.INCONSISTENT), report.count(NameReport.Status.SPELLING),
                        report.count(NameReport.Status.UNRENDERED), HadoopIO.display(outDir), (System.nanoTime() - t0) / 1e9));
            } catch (RuntimeException e) {
                io.abandon(outDir);
                throw e;
            }
        } finally {
            SparkOptions.release(sc);
        }
        return 0;
    }

    private static String glossarySource(Settings s) {
        Glossary g = GlossaryLoader.load(s.glossary().local());
        return g.source();
    }

    /** The whole computation; {@code partitions} (null: from the cores) is the number of key partitions. */
    static NameReport run(JavaSparkContext sc, List<String> files, Settings settings, Integer partitions,
                          String glossarySource) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            indices.add(i);
        }
        JavaRDD<Integer> parts = sc.parallelize(indices, files.size());
        // (0) the renderings and possessive names learnt from co-occurrence over the whole memory
        // (NameLexicon), which the core learns in a first pass in unit order. Its counting sketch forgets in
        // an order-dependent way, so the counts are not merged from partitions: the driver streams the units
        // once, in the single machine's order, and the result is broadcast. The parts' scans use it too: the
        // names found depend on it (a possessive kept as part of a name), and a part must find the names the
        // whole will.
        NameLexicon lexicon = learnLexicon(files, settings);
        Broadcast<NameLexicon> lex = sc.broadcast(lexicon);
        // (1) per part: its unit count and the keys of the names it mentions
        List<Tuple2<Integer, Tuple2<Long, Set<String>>>> scans = parts.map(i -> {
            try (HadoopIO io = new HadoopIO(settings.conf());
                 UnitStream units = UnitStream.open(List.of(io.localize(new Path(files.get(i)))))) {
                long[] count = {0};
                Iterator<TranslationUnit> counted = new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return units.hasNext();
                    }

                    @Override
                    public TranslationUnit next() {
                        count[0]++;
                        return units.next();
                    }
                };
                NameReport r = settings.checker(lex.value()).run(counted, 1);
                Set<String> keys = new HashSet<>();
                for (NameReport.Name n : r.names()) {
                    keys.add(n.en());
                }
                return new Tuple2<>(i, new Tuple2<>(count[0], keys));
            }
        }).collect();
        long[] offsets = new long[files.size() + 1];
        Set<String> partNames = new HashSet<>();
        for (Tuple2<Integer, Tuple2<Long, Set<String>>> s : scans) {
            offsets[s._1() + 1] = s._2()._1();
            partNames.addAll(s._2()._2());
        }
        Set<String> allKeys = new HashSet<>();
        for (String name : partNames) {
            String k = keyOf(name);
            if (k == null) {
                throw new IllegalStateException("the name '" + name + "' has no letter or digit to route its units by");
            }
            allKeys.add(k);
        }
        for (int i = 0; i < files.size(); i++) {
            offsets[i + 1] += offsets[i];
        }
        long total = offsets[files.size()];
        Broadcast<Set<String>> keys = sc.broadcast(allKeys);
        // (2) every unit to the key of each name word it contains
        JavaPairRDD<Tuple2<String, Long>, Unit> routed = parts.flatMapToPair(i -> {
            List<Tuple2<Tuple2<String, Long>, Unit>> outList = new ArrayList<>();
            try (HadoopIO io = new HadoopIO(settings.conf());
                 UnitStream units = UnitStream.open(List.of(io.localize(new Path(files.get(i)))))) {
                long no = offsets[i];
                Set<String> ks = keys.value();
                while (units.hasNext()) {
                    TranslationUnit u = units.next();
                    no++;
                    String en = u.text("en");
                    Unit unit = null;
                    for (String w : words(en)) {
                        if (ks.contains(w)) {
                            unit = unit == null ? new Unit(no, en, u.text("ar")) : unit;
                            outList.add(new Tuple2<>(new Tuple2<>(w, no), unit));
                        }
                    }
                }
            }
            return outList.iterator();
        });
        int n = partitions != null ? partitions : Math.max(1, 2 * sc.defaultParallelism());
        // (3) per key, its units in order, through the core's checker
        List<String> names = routed.repartitionAndSortWithinPartitions(new KeyPartitioner(n), new KeyOrder())
                .mapPartitions(it -> checkKeys(it, settings, lex.value())).collect();
        ObjectMapper om = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<NameReport.Name> all = new ArrayList<>();
        for (String s : names) {
            try {
                all.add(om.readValue(s, NameReport.Name.class));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read back a name: " + e.getMessage(), e);
            }
        }
        // every name a part reported is in the whole's report (a name's occurrences only add up): a
        // name missing here would mean its units were not all routed to its key, so fail, never differ
        Set<String> found = new HashSet<>();
        all.forEach(x -> found.add(x.en()));
        for (String name : partNames) {
            if (!found.contains(name)) {
                throw new IllegalStateException("the name '" + name + "' was lost in the shuffle (key '" + keyOf(name) + "')");
            }
        }
        // (4) the core's order: status, then occurrences (most first), then the name
        all.sort(Comparator.comparingInt((NameReport.Name x) -> x.status().ordinal())
                .thenComparing(Comparator.comparingLong(NameReport.Name::occurrences).reversed())
                .thenComparing(NameReport.Name::en));
        return new NameReport(all, total, glossarySource);
    }

    /** One pass over all the files in order on the driver: the lexicon single-machine names learns first. */
    static NameLexicon learnLexicon(List<String> files, Settings settings) {
        try (HadoopIO io = new HadoopIO(settings.conf())) {
            List<java.nio.file.Path> local = new ArrayList<>();
            for (String f : files) {
                local.add(io.localize(new Path(f)));
            }
            try (UnitStream units = UnitStream.open(local)) {
                return NameLexicon.learn(units, settings.checker().extractor());
            }
        }
    }

    /** Runs the checker over each key's units (contiguous and in order in a sorted partition). */
    static Iterator<String> checkKeys(Iterator<Tuple2<Tuple2<String, Long>, Unit>> it, Settings settings,
                                      NameLexicon lexicon) {
        NameChecker checker = settings.checker(lexicon);
        ObjectMapper om = new ObjectMapper();
        List<String> out = new ArrayList<>();
        Peeking<Tuple2<Tuple2<String, Long>, Unit>> in = new Peeking<>(it);
        while (in.hasNext()) {
            String key = in.peek()._1()._1();
            LongList numbers = new LongList();
            Iterator<TranslationUnit> group = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return in.hasNext() && in.peek()._1()._1().equals(key);
                }

                @Override
                public TranslationUnit next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Unit u = in.next()._2();
                    numbers.add(u.no());
                    return TranslationUnit.of(String.valueOf(u.no()), "en", u.en(), "ar", u.ar());
                }
            };
            NameReport r = checker.run(group, 1);
            while (group.hasNext()) {
                group.next(); // the checker stops at the end; never leave a key's units behind
            }
            for (NameReport.Name name : r.names()) {
                if (key.equals(keyOf(name.en()))) {
                    try {
                        out.add(om.writeValueAsString(renumber(name, numbers)));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return out.iterator();
    }

    /** The name with its local unit numbers (1… within the key's units) replaced by the global ones. */
    static NameReport.Name renumber(NameReport.Name n, LongList numbers) {
        return new NameReport.Name(n.en(), n.status(), renumber(n.renderings(), numbers), n.unrenderedCount(),
                renumberIds(n.unrenderedUnits(), numbers), renumber(n.unrenderedExample(), numbers), n.approved(),
                renumber(n.derived(), numbers), n.commonWord(), n.attested(), n.unrecognised());
    }

    private static List<NameReport.Rendering> renumber(List<NameReport.Rendering> rs, LongList numbers) {
        List<NameReport.Rendering> out = new ArrayList<>(rs.size());
        for (NameReport.Rendering r : rs) {
            out.add(new NameReport.Rendering(r.ar(), r.count(), renumberIds(r.units(), numbers), r.partial(), r.approved(),
                    renumber(r.example(), numbers), r.uncertain(), r.byWords()));
        }
        return out;
    }

    private static List<Long> renumberIds(List<Long> ids, LongList numbers) {
        List<Long> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            out.add(numbers.get((int) (id - 1)));
        }
        return out;
    }

    private static NameReport.Example renumber(NameReport.Example e, LongList numbers) {
        return e == null ? null : new NameReport.Example(numbers.get((int) (e.unit() - 1)), e.en(), e.ar());
    }

    /**
     * The key of a name: its last run of letters (else of digits), lower-cased with accents removed;
     * null when the name has neither.
     */
    static String keyOf(String name) {
        List<String> all = wordsInOrder(name);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (!Character.isDigit(all.get(i).codePointAt(0))) {
                return all.get(i);
            }
        }
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /**
     * The distinct words of a text as keys: runs of letters and runs of digits (SS19 is SS and 19),
     * accents removed, lower-cased.
     */
    static List<String> words(String text) {
        return new ArrayList<>(new LinkedHashSet<>(wordsInOrder(text)));
    }

    private static List<String> wordsInOrder(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD);
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int kind = 0; // 1 letters, 2 digits
        for (int i = 0; i <= folded.length(); ) {
            int c = i < folded.length() ? folded.codePointAt(i) : ' ';
            i += i < folded.length() ? Character.charCount(c) : 1;
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            int k = Character.isLetter(c) ? 1 : Character.isDigit(c) ? 2 : 0;
            if (k != kind && sb.length() > 0) {
                out.add(sb.toString().toLowerCase(Locale.ROOT));
                sb.setLength(0);
            }
            kind = k;
            if (k != 0) {
                sb.appendCodePoint(c);
            }
        }
        return out;
    }

    /** Partitions routed units by key only, so a key's units meet in one partition. */
    static final class KeyPartitioner extends Partitioner {
        private final int n;

        KeyPartitioner(int n) {
            this.n = n;
        }

        @Override
        public int numPartitions() {
            return n;
        }

        @Override
        @SuppressWarnings("unchecked")
        public int getPartition(Object key) {
            String k = ((Tuple2<String, Long>) key)._1();
            return Math.floorMod(k.hashCode(), n);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof KeyPartitioner p && p.n == n;
        }

        @Override
        public int hashCode() {
            return n;
        }
    }

    /** Key, then unit number. */
    static final class KeyOrder implements Comparator<Tuple2<String, Long>>, Serializable {
        @Override
        public int compare(Tuple2<String, Long> a, Tuple2<String, Long> b) {
            int c = a._1().compareTo(b._1());
            return c != 0 ? c : Long.compare(a._2(), b._2());
        }
    }

    /** A growable list of longs. */
    static final class LongList {
        private long[] a = new long[16];
        private int size;

        void add(long v) {
            if (size == a.length) {
                a = java.util.Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        long get(int i) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException(i);
            }
            return a[i];
        }
    }

    /** An iterator with a look at the next element. */
    static final class Peeking<T> implements Iterator<T> {
        private final Iterator<T> it;
        private T next;
        private boolean has;

        Peeking(Iterator<T> it) {
            this.it = it;
        }

        T peek() {
            if (!has) {
                next = it.next();
                has = true;
            }
            return next;
        }

        @Override
        public boolean hasNext() {
            return has || it.hasNext();
        }

        @Override
        public T next() {
            T v = peek();
            has = false;
            next = null;
            return v;
        }
    }
}
