package org.tarjama.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.tarjama.align.AlignedDocument;
import org.tarjama.align.AlignerConfig;
import org.tarjama.align.AlignmentWriter;
import org.tarjama.align.Bead;
import org.tarjama.align.GlossaryAnchors;
import org.tarjama.align.Lexicon;
import org.tarjama.align.ParallelText;
import org.tarjama.align.TransliterationNames;
import org.tarjama.glossary.GlossaryLoader;
import org.tarjama.model.BadInputException;
import org.tarjama.model.Languages;
import org.tarjama.model.SourceLocation;
import org.tarjama.model.TranslationUnit;
import org.tarjama.tmx.TmxProfile;
import org.tarjama.tmx.TmxWriter;
import org.tarjama.tmx.TmxWriterOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tarjama-spark align --pairs LIST --out DIR}: the document pairs of the list aligned in
 * parallel, each by the core's aligner exactly as {@code tarjama align --pairs LIST} aligns it (a
 * document pair is the unit of work: its lexicon and length model are learned from itself).
 *
 * <p>Partition k (a contiguous range of the list, in list order) writes {@code part-k.tmx} (TMX 1.4b)
 * and {@code part-k.tsv} ({@code english, arabic, score, bead, source doc, target doc}); the parts
 * concatenated in order are the single-machine output. The driver then writes {@code summary.json}
 * and {@code _SUCCESS}. With {@code --corpus-lexicon}, a first pass learns a translation lexicon over
 * all documents (co-occurrence counts summed across partitions), which is broadcast and used by every
 * document's alignment in the second pass.
 */
@Command(name = "align", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Align the document pairs of a list (align --pairs TSV of paths, or TSV/JSONL of id, English text, "
                + "Arabic text) into part-NNNNN.tmx and part-NNNNN.tsv files, _SUCCESS and summary.json.")
public final class AlignJob implements Callable<Integer> {
    @Mixin
    SparkOptions spark;

    @Spec
    CommandSpec spec;

    @Option(names = "--pairs", required = true, paramLabel = "LIST",
            description = "english_path<TAB>arabic_path per line (paths relative to the list), or id<TAB>english<TAB>arabic, "
                    + "or JSON lines {\"id\", \"en\", \"ar\"} (.jsonl).")
    String pairs;

    @Option(names = "--pairs-format", paramLabel = "KIND", description = "paths, texts or jsonl (default: from the list).")
    String pairsFormat;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (new or empty; any Hadoop file system).")
    String out;

    @Option(names = "--segmented", description = "Inputs are one sentence per line: do not segment, do not align paragraphs.")
    boolean segmented;

    @Option(names = "--min-score", paramLabel = "X", defaultValue = "0", description = "Keep beads below X out of the TMX/TSV.")
    double minScore;

    @Option(names = "--no-learn", description = "Do not learn a lexicon from each document pair.")
    boolean noLearn;

    @Option(names = "--corpus-lexicon",
            description = "First learn a translation lexicon over all documents (counts summed across partitions), then align "
                    + "every document with it.")
    boolean corpusLexicon;

    @Option(names = "--write-lexicon", paramLabel = "FILE",
            description = "With --corpus-lexicon: also write the learned lexicon (english<TAB>arabic|arabic…) to FILE "
                    + "(usable as align --dictionary).")
    String writeLexicon;

    @Option(names = "--dictionary", paramLabel = "FILE.tsv", description = "Extra bilingual dictionary (english<TAB>arabic[|arabic…]).")
    String dictionary;

    @Option(names = "--glossary", paramLabel = "FILE", description = "Glossary whose term pairs become alignment anchors.")
    String glossary;

    @Option(names = "--source-lang", defaultValue = "en", paramLabel = "LANG", description = "TMX language of the English side.")
    String sourceLang;

    @Option(names = "--target-lang", defaultValue = "ar", paramLabel = "LANG", description = "TMX language of the Arabic side.")
    String targetLang;

    @Option(names = "--profile", defaultValue = "generic", paramLabel = "TOOL", description = "generic, omegat, trados, memoq or phrase.")
    String profile;

    /** Everything a task needs to align, serialisable. */
    record Settings(boolean segmented, double minScore, boolean learn, Shipped dictionary, Shipped glossary,
                    String srcLang, String tgtLang, TmxProfile profile, java.time.Instant date, HadoopIO.Conf conf,
                    String outDir) implements Serializable {
        /** The configuration of single-machine align with these options, plus a corpus lexicon (may be null). */
        AlignerConfig config(Lexicon corpus) {
            AlignerConfig c = AlignerConfig.defaults().withLearnLexicon(learn).withNames(new TransliterationNames());
            if (dictionary != null) {
                c = c.withDictionary(Lexicon.load(dictionary.local()));
            }
            if (corpus != null) {
                c = c.withDictionary(corpus);
            }
            if (glossary != null) {
                c = c.withAnchors(GlossaryAnchors.of(GlossaryLoader.load(glossary.local())));
            }
            return c;
        }
    }

    /** What one partition did. */
    static final class PartStats implements Serializable {
        int part;
        long documents;
        long beads;
        long written;
        long enUnaligned;
        long arUnaligned;
        long filtered;
        long enSentences;
        long arSentences;
        final TreeMap<String, Long> byType = new TreeMap<>();
        final List<String> warnings = new ArrayList<>();

        void add(PartStats o) {
            documents += o.documents;
            beads += o.beads;
            written += o.written;
            enUnaligned += o.enUnaligned;
            arUnaligned += o.arUnaligned;
            filtered += o.filtered;
            enSentences += o.enSentences;
            arSentences += o.arSentences;
            o.byType.forEach((k, v) -> byType.merge(k, v, Long::sum));
            warnings.addAll(o.warnings);
        }
    }

    @Override
    public Integer call() {
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new UsageError("--min-score must be between 0 and 1");
        }
        if (writeLexicon != null && !corpusLexicon) {
            throw new UsageError("--write-lexicon needs --corpus-lexicon");
        }
        for (String[] l : new String[][] {{"--source-lang", sourceLang}, {"--target-lang", targetLang}}) {
            if (!l[1].matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*")) {
                throw new UsageError(l[0] + " takes a language code such as en, ar or ar-SA, not '" + l[1] + "'");
            }
        }
        if (Languages.canonical(sourceLang).equals(Languages.canonical(targetLang))) {
            throw new UsageError("--source-lang and --target-lang are both '" + sourceLang + "'");
        }
        TmxProfile tmxProfile;
        try {
            tmxProfile = TmxProfile.parse(profile);
        } catch (IllegalArgumentException e) {
            throw new UsageError("unknown --profile '" + profile + "': use generic, omegat, trados, memoq or phrase");
        }
        PairsList.Kind kind = null;
        if (pairsFormat != null) {
            try {
                kind = PairsList.Kind.valueOf(pairsFormat.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageError("--pairs-format must be paths, texts or jsonl, not '" + pairsFormat + "'");
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        JavaSparkContext sc = spark.context("align");
        try {
            HadoopIO io = new HadoopIO(sc.hadoopConfiguration());
            Path list = qualified(io, pairs);
            Path outDir = qualified(io, out);
            List<PairsList.Pair> items = PairsList.read(io, list, kind);
            Settings settings = new Settings(segmented, minScore, !noLearn,
                    dictionary == null ? null : Shipped.read(io, qualified(io, dictionary)),
                    glossary == null ? null : Shipped.read(io, qualified(io, glossary)),
                    sourceLang, targetLang, tmxProfile, SparkOptions.creationDate(),
                    new HadoopIO.Conf(sc.hadoopConfiguration()), outDir.toString());
            settings.config(null); // a bad dictionary or glossary is reported here, before any task
            io.prepareOutput(outDir);
            try {
                long t0 = System.nanoTime();
                int parts = spark.partitionsFor(sc, items.size());
                JavaRDD<PairsList.Pair> rdd = sc.parallelize(items, parts);
                Lexicon lexicon = null;
                if (corpusLexicon) {
                    lexicon = CorpusLexicon.learn(rdd, settings);
                    if (writeLexicon != null) {
                        CorpusLexicon.write(io, qualified(io, writeLexicon), lexicon);
                    }
                    spark.say(err, "corpus lexicon: " + lexicon.size() + " English words learned over " + items.size()
                            + " documents");
                }
                Broadcast<Lexicon> lex = lexicon == null ? null : sc.broadcast(lexicon);
                List<PartStats> stats = rdd.mapPartitionsWithIndex(
                        (part, docs) -> List.of(alignPartition(part, docs, settings, lex == null ? null : lex.value())).iterator(), true)
                        .collect();
                PartStats total = new PartStats();
                stats.forEach(total::add);
                double seconds = (System.nanoTime() - t0) / 1e9;
                io.write(outDir, "summary.json", summaryJson(total, stats.size(), lexicon));
                io.succeed(outDir);
                for (String w : total.warnings) {
                    spark.say(err, "warning: " + w);
                }
                spark.say(err, String.format(Locale.ROOT, "aligned %d document pairs in %d parts: %d beads, %d written; "
                                + "%d English and %d Arabic sentences unaligned, %d beads below --min-score → %s (%.1f s)",
                        total.documents, stats.size(), total.beads, total.written, total.enUnaligned, total.arUnaligned,
                        total.filtered, HadoopIO.display(outDir), seconds));
            } catch (RuntimeException e) {
                io.abandon(outDir);
                throw e;
            }
        } finally {
            SparkOptions.release(sc);
        }
        return 0;
    }

    static Path qualified(HadoopIO io, String s) {
        Path p = new Path(s);
        return io.fs(p).makeQualified(p);
    }

    /** Aligns one partition's documents and writes its two part files. */
    static PartStats alignPartition(int part, Iterator<PairsList.Pair> docs, Settings s, Lexicon lexicon)
            throws java.io.IOException {
        PartStats st = new PartStats();
        st.part = part;
        AlignerConfig config = s.config(lexicon);
        String attempt = attempt();
        String base = String.format(Locale.ROOT, "part-%05d", part);
        Path dir = new Path(s.outDir());
        try (HadoopIO io = new HadoopIO(s.conf());
             HadoopIO.AtomicFile tmxFile = io.create(dir, base + ".tmx", attempt);
             HadoopIO.AtomicFile tsvFile = io.create(dir, base + ".tsv", attempt)) {
            PrintWriter tsv = new PrintWriter(new OutputStreamWriter(tsvFile.stream(), StandardCharsets.UTF_8));
            TmxWriter tmx = TmxWriter.create(tmxFile.stream(),
                    new TmxWriterOptions(s.srcLang(), s.tgtLang(), s.profile(), s.date()),
                    d -> st.warnings.add(base + ".tmx: " + d));
            while (docs.hasNext()) {
                PairsList.Pair p = docs.next();
                ParallelText text = read(io, p, s.segmented());
                AlignedDocument doc = AlignedDocument.align(text, config, null);
                write(doc, p, s, tmx, tsv, st);
            }
            tmx.close();
            tsv.flush();
            if (tsv.checkError()) {
                throw new java.io.IOException("cannot write " + base + ".tsv");
            }
            tmxFile.commit();
            tsvFile.commit();
        }
        return st;
    }

    /** The task attempt's name for temporary files (driver-side runs: "local"). */
    static String attempt() {
        TaskContext tc = TaskContext.get();
        return tc == null ? "local" : tc.stageId() + "-" + tc.partitionId() + "-" + tc.attemptNumber();
    }

    /** Reads a pair of the list: its files (local, or copied from a remote file system) or its texts. */
    static ParallelText read(HadoopIO io, PairsList.Pair p, boolean segmented) {
        if (!p.byPath()) {
            return ParallelText.of(p.id(), p.id(), ParallelText.lines(p.enText()), ParallelText.lines(p.arText()),
                    segmented);
        }
        Path en = new Path(p.enPath());
        Path ar = new Path(p.arPath());
        try {
            ParallelText t = ParallelText.read(io.localize(en), io.localize(ar), segmented, null);
            return new ParallelText(HadoopIO.display(en), HadoopIO.display(ar), t.en(), t.ar(), t.paragraphs());
        } catch (BadInputException e) {
            throw new BadInputException(SourceLocation.ofLine(p.list(), p.line()), e.getMessage(), e);
        }
    }

    /**
     * Writes the kept beads of one document: the TSV line is the core's own (AlignmentWriter, format tsv,
     * exactly what single-machine align writes) plus the two provenance columns; the TMX unit carries the
     * same properties as the core's TMX output.
     */
    static void write(AlignedDocument doc, PairsList.Pair p, Settings s, TmxWriter tmx, PrintWriter tsv, PartStats st) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        AlignmentWriter w = new AlignmentWriter(AlignmentWriter.Format.TSV, s.srcLang(), s.tgtLang(), s.minScore(), s.profile());
        w.write(List.of(doc), buf);
        List<String> lines = ParallelText.lines(buf.toString(StandardCharsets.UTF_8));
        List<Bead> kept = new ArrayList<>();
        st.documents++;
        st.enSentences += doc.text().en().size();
        st.arSentences += doc.text().ar().size();
        for (Bead b : doc.alignment().beads()) {
            st.beads++;
            st.byType.merge(b.type(), 1L, Long::sum);
            if (b.enCount() == 0) {
                st.arUnaligned += b.arCount();
            } else if (b.arCount() == 0) {
                st.enUnaligned += b.enCount();
            } else if (b.score() < s.minScore()) {
                st.filtered++;
            } else {
                kept.add(b);
            }
        }
        if (kept.size() != lines.size()) {
            throw new IllegalStateException("the TSV of " + doc.text().enName() + " has " + lines.size()
                    + " lines for " + kept.size() + " kept beads");
        }
        String srcDoc = fileName(doc.text().enName());
        String tgtDoc = fileName(doc.text().arName());
        for (int i = 0; i < kept.size(); i++) {
            Bead b = kept.get(i);
            String[] cols = lines.get(i).split("\t", -1);
            tsv.print(lines.get(i) + "\t" + field(srcDoc) + "\t" + field(tgtDoc) + "\n");
            tmx.write(TranslationUnit.of(String.valueOf(tmx.count() + 1), s.srcLang(), doc.enText(b), s.tgtLang(), doc.arText(b))
                    .withProp("x-alignment-score", cols[2])
                    .withProp("x-bead", cols[3])
                    .withProp("x-source-doc", srcDoc)
                    .withProp("x-target-doc", tgtDoc));
            st.written++;
        }
        for (String warning : doc.alignment().warnings()) {
            st.warnings.add(doc.text().enName() + " / " + doc.text().arName() + ": " + warning);
        }
    }

    private static String field(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String fileName(String name) {
        int k = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return k < 0 ? name : name.substring(k + 1);
    }

    private static byte[] summaryJson(PartStats t, int parts, Lexicon lexicon) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", t.documents);
        m.put("parts", parts);
        m.put("englishSentences", t.enSentences);
        m.put("arabicSentences", t.arSentences);
        m.put("beads", t.beads);
        m.put("beadsByType", t.byType);
        m.put("written", t.written);
        m.put("unalignedEnglishSentences", t.enUnaligned);
        m.put("unalignedArabicSentences", t.arUnaligned);
        m.put("filteredBeads", t.filtered);
        m.put("corpusLexiconWords", lexicon == null ? null : lexicon.size());
        m.put("warnings", t.warnings);
        try {
            return (new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
