package org.tarjama.tm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tarjama.model.TranslationUnit;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.text.Token;
import org.tarjama.text.Tokenizer;

/**
 * The embedded store: a memory in a directory on this machine, opened for reading: fuzzy lookup,
 * concordance and export. Opening maps the
 * segment files named by the manifest (checking their checksums) and builds the in-memory
 * {@link FuzzyIndex} from the matching keys stored with each unit; the texts stay in the mapped files
 * and are decoded only for results. Thread-safe for concurrent lookups.
 */
public final class EmbeddedMemory implements TranslationMemory {
    private final Path dir;
    private final Manifest manifest;
    private final Segment.Reader[] segments;
    /** Per global unit: segment index (high 32 bits) and record offset. */
    private final long[] records;
    private final Map<String, Integer> enVocab;
    private final FuzzyIndex index;
    private volatile ArabicIndex arabic;
    private volatile ArabicFuzzy arabicFuzzy;

    private EmbeddedMemory(Path dir, Manifest manifest, Segment.Reader[] segments, long[] records,
            Map<String, Integer> enVocab, FuzzyIndex index) {
        this.dir = dir;
        this.manifest = manifest;
        this.segments = segments;
        this.records = records;
        this.enVocab = enVocab;
        this.index = index;
    }

    /** Opens the memory in {@code dir}; a directory without a memory opens as an empty memory. */
    public static EmbeddedMemory open(Path dir) {
        try {
            Manifest m = Files.isDirectory(dir) ? Manifest.read(dir) : Manifest.empty();
            int n = Math.toIntExact(m.units());
            Segment.Reader[] segs = new Segment.Reader[m.segments().size()];
            long[] records = new long[n];
            Map<String, Integer> vocab = new HashMap<>();
            int[] tokStarts = new int[n + 1];
            IntList toks = new IntList(n * 16 + 16);
            int g = 0;
            for (int s = 0; s < segs.length; s++) {
                Manifest.Entry e = m.segments().get(s);
                Segment.Reader r = Segment.Reader.open(dir.resolve(e.file()), e.bytes());
                if (r.units != e.units()) {
                    throw new IOException(r.file + ": has " + r.units + " units, the manifest says " + e.units());
                }
                segs[s] = r;
                String[] keys = r.tables()[0];
                int[] map = new int[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    map[i] = vocab.computeIfAbsent(keys[i], k -> vocab.size());
                }
                int at = 0;
                for (int u = 0; u < r.units; u++, g++) {
                    records[g] = ((long) s << 32) | at;
                    int p = r.skipStr(r.skipStr(r.skipStr(at + 8)));
                    int k = r.buf.getInt(p);
                    p += 4;
                    for (int i = 0; i < k; i++, p += 4) {
                        toks.add(map[r.buf.getInt(p)]);
                    }
                    tokStarts[g + 1] = toks.size();
                    at = p + 4 + 4 * r.buf.getInt(p);
                }
            }
            Integer num = vocab.get(MatchTokens.NUMBER_KEY);
            FuzzyIndex index = new FuzzyIndex(n, tokStarts, toks.array(), vocab.size(), num == null ? -1 : num);
            return new EmbeddedMemory(dir, m, segs, records, vocab, index);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
    }

    /** True when {@code dir} holds a memory (a committed manifest). */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(Manifest.NAME));
    }

    /** Offset just past the unit record at {@code at}. */
    static int skipRecord(Segment.Reader r, int at) {
        int p = r.skipStr(r.skipStr(r.skipStr(at + 8)));
        p += 4 + 4 * r.buf.getInt(p);
        return p + 4 + 4 * r.buf.getInt(p);
    }

    public Path dir() {
        return dir;
    }

    @Override
    public String location() {
        return dir.toString();
    }

    @Override
    public long size() {
        return records.length;
    }

    @Override
    public TmStats stats() {
        long bytes = 0;
        for (Manifest.Entry e : manifest.segments()) {
            bytes += e.bytes();
        }
        return new TmStats(records.length, segments.length, bytes, enVocab.size(), manifest.generation());
    }

    private Segment.Reader seg(int g) {
        return segments[(int) (records[g] >>> 32)];
    }

    private int at(int g) {
        return (int) records[g];
    }

    String tuid(int g) {
        return seg(g).str(at(g) + 8);
    }

    String source(int g) {
        Segment.Reader r = seg(g);
        return r.str(r.skipStr(at(g) + 8));
    }

    String target(int g) {
        Segment.Reader r = seg(g);
        return r.str(r.skipStr(r.skipStr(at(g) + 8)));
    }

    /** Unit {@code g} (0-based insertion order) as an English–Arabic translation unit. */
    TranslationUnit unit(int g) {
        return TranslationUnit.of(tuid(g), "en", source(g), "ar", target(g));
    }

    /** Every unit in insertion order. */
    @Override
    public void forEach(Consumer<TranslationUnit> sink) {
        for (int g = 0; g < records.length; g++) {
            sink.accept(unit(g));
        }
    }

    /**
     * The best {@code top} matches scoring at least {@code min} percent, best first (ties in
     * insertion order). Exact: the same as scoring every unit with {@link MatchScorer#score(String, String)}.
     */
    @Override
    public List<TmMatch> lookup(String query, int min, int top) {
        Directions.checkLimits(min, top);
        MatchTokens q = MatchTokens.of(query);
        int[] ids = keyIds(q.keys);
        // no more matches than units: a huge --top must not size the result buffers
        int[] res = index.search(ids, min, Math.max(1, Math.min(top, records.length)), (g, d) -> MatchScorer.score(q, MatchTokens.of(source(g)), d));
        List<TmMatch> out = new ArrayList<>(res.length / 2);
        for (int i = 0; i < res.length; i += 2) {
            int g = res[i];
            MatchTokens m = MatchTokens.of(source(g));
            String tgt = target(g);
            out.add(new TmMatch(res[i + 1], m.text, MatchScorer.substituteNumbers(q, m, tgt), tuid(g), tgt,
                    MatchScorer.diff(q, m)));
        }
        return out;
    }

    @Override
    public List<TmMatch> lookup(String query, String sourceLang, int min, int top) {
        if (!Directions.arabicSource(sourceLang)) {
            return lookup(query, min, top);
        }
        Directions.checkLimits(min, top);
        ArabicFuzzy a = arabicFuzzy();
        MatchTokens q = MatchTokens.ofArabic(query);
        int[] ids = keyIds(q.keys, a.vocab);
        int[] res = a.index.search(ids, min, Math.max(1, Math.min(top, records.length)),
                (g, d) -> MatchScorer.score(q, MatchTokens.ofArabic(target(g)), d), true);
        List<TmMatch> out = new ArrayList<>(res.length / 2);
        for (int i = 0; i < res.length; i += 2) {
            int g = res[i];
            MatchTokens m = MatchTokens.ofArabic(target(g));
            String en = source(g);
            out.add(new TmMatch(res[i + 1], m.text, MatchScorer.substituteNumbers(q, m, en), tuid(g), en,
                    MatchScorer.diff(q, m)));
        }
        return out;
    }

    private ArabicFuzzy arabicFuzzy() {
        ArabicFuzzy a = arabicFuzzy;
        if (a == null) {
            synchronized (this) {
                a = arabicFuzzy;
                if (a == null) {
                    a = arabicFuzzy = new ArabicFuzzy();
                }
            }
        }
        return a;
    }

    /**
     * The fuzzy index over the Arabic side (keys of {@link MatchTokens#ofArabic}), for Arabic-source
     * lookups. Built on first use from the stored Arabic texts: the segment files keep English keys
     * only, so memories imported before Arabic lookups existed answer them too.
     */
    private final class ArabicFuzzy {
        final Map<String, Integer> vocab = new HashMap<>();
        final FuzzyIndex index;

        ArabicFuzzy() {
            int n = records.length;
            int[] tokStarts = new int[n + 1];
            IntList toks = new IntList(n * 16 + 16);
            for (int g = 0; g < n; g++) {
                for (String k : MatchTokens.ofArabic(target(g)).keys) {
                    toks.add(vocab.computeIfAbsent(k, x -> vocab.size()));
                }
                tokStarts[g + 1] = toks.size();
            }
            Integer num = vocab.get(MatchTokens.NUMBER_KEY);
            index = new FuzzyIndex(n, tokStarts, toks.array(), vocab.size(), num == null ? -1 : num);
        }
    }

    /** Key ids of a query; keys the memory has never seen get distinct negative ids. */
    private int[] keyIds(String[] keys) {
        return keyIds(keys, enVocab);
    }

    private static int[] keyIds(String[] keys, Map<String, Integer> vocabulary) {
        int[] ids = new int[keys.length];
        Map<String, Integer> unknown = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            Integer id = vocabulary.get(keys[i]);
            ids[i] = id != null ? id : unknown.computeIfAbsent(keys[i], k -> -2 - unknown.size());
        }
        return ids;
    }

    /**
     * Occurrences of {@code phrase} (consecutive words) in the English ({@code arabic == false}:
     * case-insensitive, punctuation ignored) or the Arabic (normalised with
     * {@link ArabicNormalizer#MATCHING}, proclitics allowed on every word: القبة finds بالقبة),
     * at most {@code limit}, in memory order for Arabic and shortest units first for English.
     */
    @Override
    public List<ConcordanceHit> concordance(String phrase, boolean arabic, int limit) {
        return arabic ? arabicIndex().find(phrase, limit) : englishConcordance(phrase, limit);
    }

    private List<ConcordanceHit> englishConcordance(String phrase, int limit) {
        MatchTokens p = MatchTokens.of(phrase);
        List<ConcordanceHit> out = new ArrayList<>();
        int n = p.size();
        if (n == 0) {
            return out;
        }
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            Integer id = enVocab.get(p.keys[i]);
            if (id == null) {
                return out;
            }
            ids[i] = id;
        }
        int[] order = rarestFirst(ids, index::df);
        int[][] ranges = new int[n][];
        for (int i = 0; i < n; i++) {
            ranges[i] = index.postingRange(ids[order[i]]);
        }
        List<String> numbers = p.numbers();
        outer:
        for (int x = ranges[0][0]; x < ranges[0][1] && out.size() < limit; x++) {
            int id = index.posting(x);
            for (int i = 1; i < n; i++) {
                int[] r = ranges[i];
                r[0] = FuzzyIndex.lowerBound(postingsView(), r[0], r[1], id);
                if (r[0] >= r[1] || index.posting(r[0]) != id) {
                    continue outer;
                }
            }
            int m = index.length(id);
            for (int s = 0; s + n <= m; s++) {
                boolean ok = true;
                for (int i = 0; i < n && ok; i++) {
                    ok = index.token(id, s + i) == ids[i];
                }
                if (!ok) {
                    continue;
                }
                int g = index.global(id);
                MatchTokens src = MatchTokens.of(source(g));
                if (!numbers.isEmpty()) {
                    List<String> have = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        Token t = src.tokens.get(s + i);
                        if (t.isNumber()) {
                            have.add(org.tarjama.text.Digits.toAscii(t.text()));
                        }
                    }
                    if (!have.equals(numbers)) {
                        continue;
                    }
                }
                out.add(new ConcordanceHit(tuid(g), src.text, target(g), false, src.tokens.get(s).start(),
                        src.tokens.get(s + n - 1).end()));
                break;
            }
        }
        return out;
    }

    private int[] postingsView() {
        return index.postingsArray();
    }

    static int[] rarestFirst(int[] ids, java.util.function.IntUnaryOperator df) {
        Integer[] o = new Integer[ids.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = i;
        }
        Arrays.sort(o, (a, b) -> Integer.compare(df.applyAsInt(ids[a]), df.applyAsInt(ids[b])));
        int[] out = new int[o.length];
        for (int i = 0; i < o.length; i++) {
            out[i] = o[i];
        }
        return out;
    }

    private ArabicIndex arabicIndex() {
        ArabicIndex a = arabic;
        if (a == null) {
            synchronized (this) {
                a = arabic;
                if (a == null) {
                    a = arabic = new ArabicIndex();
                }
            }
        }
        return a;
    }

    /** Builds the Arabic concordance index now rather than on the first Arabic search. */
    @Override
    public void warmArabic() {
        arabicIndex();
        arabicFuzzy();
    }

    /** Postings of the Arabic concordance forms, in memory order; built on first use from the stored form ids. */
    private final class ArabicIndex {
        private final Map<String, Integer> vocab = new HashMap<>();
        private final int[] start;
        private final int[] post;

        ArabicIndex() {
            int n = records.length;
            int[][] maps = new int[segments.length][];
            for (int s = 0; s < segments.length; s++) {
                String[] forms = segments[s].tables()[1];
                int[] map = new int[forms.length];
                for (int i = 0; i < forms.length; i++) {
                    map[i] = vocab.computeIfAbsent(forms[i], k -> vocab.size());
                }
                maps[s] = map;
            }
            int v = vocab.size();
            start = new int[v + 1];
            for (int pass = 0; pass < 2; pass++) {
                int[] fill = pass == 1 ? Arrays.copyOf(start, v) : null;
                for (int g = 0; g < n; g++) {
                    Segment.Reader r = seg(g);
                    int[] map = maps[(int) (records[g] >>> 32)];
                    int p = r.skipStr(r.skipStr(r.skipStr(at(g) + 8)));
                    p += 4 + 4 * r.buf.getInt(p);
                    int k = r.buf.getInt(p);
                    p += 4;
                    for (int i = 0; i < k; i++, p += 4) {
                        int f = map[r.buf.getInt(p)];
                        if (pass == 0) {
                            start[f + 1]++;
                        } else {
                            postArr()[fill[f]++] = g;
                        }
                    }
                }
                if (pass == 0) {
                    for (int f = 0; f < v; f++) {
                        start[f + 1] += start[f];
                    }
                    postHolder = new int[start[v]];
                }
            }
            post = postHolder;
            postHolder = null;
        }

        private int[] postHolder;

        private int[] postArr() {
            return postHolder;
        }

        int df(int f) {
            return start[f + 1] - start[f];
        }

        List<ConcordanceHit> find(String phrase, int limit) {
            List<ConcordanceHit> out = new ArrayList<>();
            List<Token> words = Tokenizer.tokenize(ArabicNormalizer.MATCHING.normalize(phrase));
            int n = words.size();
            if (n == 0) {
                return out;
            }
            String[] keys = new String[n];
            int[] ids = new int[n];
            for (int i = 0; i < n; i++) {
                keys[i] = words.get(i).text();
                Integer id = vocab.get(keys[i]);
                if (id == null) {
                    return out;
                }
                ids[i] = id;
            }
            int[] order = rarestFirst(ids, this::df);
            int[][] ranges = new int[n][];
            for (int i = 0; i < n; i++) {
                int f = ids[order[i]];
                ranges[i] = new int[] {start[f], start[f + 1]};
            }
            outer:
            for (int x = ranges[0][0]; x < ranges[0][1] && out.size() < limit; x++) {
                int g = post[x];
                for (int i = 1; i < n; i++) {
                    int[] r = ranges[i];
                    r[0] = FuzzyIndex.lowerBound(post, r[0], r[1], g);
                    if (r[0] >= r[1] || post[r[0]] != g) {
                        continue outer;
                    }
                }
                String tgt = target(g);
                int[] span = MatchKeys.arabicSpan(keys, tgt);
                if (span != null) {
                    out.add(new ConcordanceHit(tuid(g), source(g), tgt, true, span[0], span[1]));
                }
            }
            return out;
        }
    }

    @Override
    public void close() {
        // Mapped buffers are released by the garbage collector; nothing to flush (read-only).
    }

    /** A growable int array. */
    static final class IntList {
        private int[] a;
        private int n;

        IntList(int capacity) {
            a = new int[Math.max(16, capacity)];
        }

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, a.length + (a.length >> 1));
            }
            a[n++] = v;
        }

        int size() {
            return n;
        }

        int[] array() {
            return a;
        }
    }
}
