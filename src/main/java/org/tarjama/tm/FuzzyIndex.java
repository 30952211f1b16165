package org.tarjama.tm;

import java.util.Arrays;

/**
 * The in-memory fuzzy-match engine: a token inverted index over the English side with lossless
 * candidate filters and banded token edit-distance verification. Hand-written because no library
 * offers exact token-level threshold search: Lucene's fuzzy queries are character-level per term and
 * its scoring is not an edit-distance percentage (Pensieve's n-gram Dice needs a rescoring pass and
 * still misses matches).
 *
 * <p>Units get internal ids in order of token count, so that a length range is an id range and every
 * posting list (ascending ids) can be cut to it by binary search. For a query of {@code n} tokens and
 * a threshold {@code t}, with {@code D(L) = floor(L·(100−t)/100)} the largest distance a pair whose
 * longer side has {@code L} tokens may have:
 * <ol>
 *   <li><b>length filter</b>: {@code |n − m| ≤ D(max(n, m))};</li>
 *   <li><b>prefix filter</b>: a unit within distance {@code D} shares at least
 *       {@code L − D(L) ≥ n − D(n)} tokens (as a multiset) with the query, so it contains one of the
 *       query's {@code D(n) + 1} rarest tokens: only their postings are read;</li>
 *   <li><b>count filter</b>: prefix hits plus the tokens outside the lists read bound the overlap;
 *       more lists are read, shortest first, dropping after each the candidates whose bound fell
 *       below {@code n − D(n)}, while a list is at most {@link #SCAN_PER_CANDIDATE} times as long as
 *       the candidates left; the exact multiset overlap must then reach {@code L − D(L)};</li>
 *   <li><b>banded verification</b>: token edit distance over a diagonal band of {@code 2D+1}, stopping
 *       at the first row above {@code D}.</li>
 * </ol>
 * Candidates are verified in decreasing order of prefix hits and the threshold rises to the K-th best
 * score found so far; every filter stays lossless for that threshold, so the result equals a full scan
 * (ties broken by insertion order).
 */
final class FuzzyIndex {
    /** Computes the final score of global unit {@code global} at token distance {@code d}. */
    interface Scorer {
        int score(int global, int d);
    }

    /** Count filter: a posting list is read while it is at most this many times as long as the live candidates. */
    static final int SCAN_PER_CANDIDATE = 16;

    final int size;
    final int numberId;
    private final int[] order;
    private final int[] lenStart;
    private final int maxLen;
    private final int[] tokStart;
    private final int[] tokens;
    private final int[] postStart;
    private final int[] postings;
    private final int vocab;
    /**
     * Work arrays of searches not running, last returned first: as many exist as searches ever ran at
     * once, not one per thread that ever searched (a server's pool may run hundreds of threads, and
     * each array is as long as the memory), and the one taken next is the one most likely in cache.
     */
    private final java.util.concurrent.ConcurrentLinkedDeque<Scratch> idle = new java.util.concurrent.ConcurrentLinkedDeque<>();

    /**
     * @param lengths   token count per global unit
     * @param tokStarts offset of each global unit's tokens in {@code toks} (size units + 1)
     * @param toks      English key ids, global order
     * @param vocab     number of distinct key ids
     * @param numberId  key id of numbers, or -1
     */
    FuzzyIndex(int units, int[] tokStarts, int[] toks, int vocab, int numberId) {
        this.size = units;
        this.numberId = numberId;
        int ml = 0;
        for (int g = 0; g < units; g++) {
            ml = Math.max(ml, tokStarts[g + 1] - tokStarts[g]);
        }
        this.maxLen = ml;
        // counting sort of units by length (stable: insertion order within a length)
        lenStart = new int[ml + 2];
        for (int g = 0; g < units; g++) {
            lenStart[tokStarts[g + 1] - tokStarts[g] + 1]++;
        }
        for (int l = 1; l < lenStart.length; l++) {
            lenStart[l] += lenStart[l - 1];
        }
        order = new int[units];
        int[] next = Arrays.copyOf(lenStart, lenStart.length);
        for (int g = 0; g < units; g++) {
            order[next[tokStarts[g + 1] - tokStarts[g]]++] = g;
        }
        tokStart = new int[units + 1];
        tokens = new int[tokStarts[units]];
        int at = 0;
        for (int i = 0; i < units; i++) {
            int g = order[i];
            tokStart[i] = at;
            int len = tokStarts[g + 1] - tokStarts[g];
            System.arraycopy(toks, tokStarts[g], tokens, at, len);
            at += len;
        }
        tokStart[units] = at;
        // postings: distinct terms per unit, ascending internal id
        postStart = new int[vocab + 1];
        int[] seen = new int[vocab];
        Arrays.fill(seen, -1);
        for (int i = 0; i < units; i++) {
            for (int p = tokStart[i]; p < tokStart[i + 1]; p++) {
                int t = tokens[p];
                if (seen[t] != i) {
                    seen[t] = i;
                    postStart[t + 1]++;
                }
            }
        }
        for (int t = 0; t < vocab; t++) {
            postStart[t + 1] += postStart[t];
        }
        postings = new int[postStart[vocab]];
        int[] fill = Arrays.copyOf(postStart, vocab);
        Arrays.fill(seen, -1);
        for (int i = 0; i < units; i++) {
            for (int p = tokStart[i]; p < tokStart[i + 1]; p++) {
                int t = tokens[p];
                if (seen[t] != i) {
                    seen[t] = i;
                    postings[fill[t]++] = i;
                }
            }
        }
        this.vocab = vocab;
    }

    /** Document frequency of key id {@code t} (0 for unknown ids, which are negative). */
    int df(int t) {
        return t < 0 || t >= postStart.length - 1 ? 0 : postStart[t + 1] - postStart[t];
    }

    /** Global index of internal id {@code i}. */
    int global(int i) {
        return order[i];
    }

    int length(int i) {
        return tokStart[i + 1] - tokStart[i];
    }

    /**
     * {@link #length} from the length ranges instead of the token offsets: {@link #lenStart} is a few
     * hundred bytes in cache, {@link #tokStart} a random read in an array as long as the memory.
     */
    private int lengthOf(int i) {
        int lo = 0;
        int hi = maxLen; // the largest l with lenStart[l] <= i
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lenStart[mid] <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Key id at position {@code p} of internal unit {@code i}. */
    int token(int i, int p) {
        return tokens[tokStart[i] + p];
    }

    /** Internal ids containing key {@code t}, ascending. */
    int[] postingRange(int t) {
        return t < 0 || t >= postStart.length - 1 ? new int[] {0, 0} : new int[] {postStart[t], postStart[t + 1]};
    }

    int[] postingsArray() {
        return postings;
    }

    int posting(int p) {
        return postings[p];
    }

    /**
     * The best {@code top} units scoring at least {@code min} for query key ids {@code q} (unknown
     * keys as distinct negative ids), best first. Returns pairs {global, score} flattened.
     */
    int[] search(int[] q, int min, int top, Scorer scorer) {
        return search(q, min, top, scorer, false);
    }

    /**
     * As {@link #search(int[], int, int, Scorer)}; with {@code alwaysScore} every verified candidate is
     * scored by {@code scorer} (Arabic, whose score is not a function of the key distance alone but
     * never exceeds {@link MatchScorer#base} of it, so the filters stay lossless).
     */
    int[] search(int[] q, int min, int top, Scorer scorer, boolean alwaysScore) {
        Top best = new Top(top);
        int n = q.length;
        int maxDn = MatchScorer.maxDistance(n, min);
        int mlo = Math.max(0, n - maxDn);
        if (mlo > maxLen) {
            return best.result();
        }
        int idLo = lenStart[mlo];
        int idHi = lenStart[Math.min(maxCandidateLength(n, min) + 1, maxLen + 1)];
        if (n == 0) {
            scoreEmptyUnits(idLo, idHi, min, scorer, best);
            return best.result();
        }
        Scratch s = idle.pollFirst();
        if (s == null) {
            s = new Scratch(size, vocab);
        }
        Probe probe = new Probe(q, s, idLo, idHi);
        if (n > Character.MAX_VALUE) {
            probe.verifyAll(idLo, idHi, min, scorer, alwaysScore, best);
            idle.offerFirst(s);
            return best.result();
        }
        probe.prefixCandidates(Math.min(n, maxDn + 1), min);
        probe.countFilter(maxDn);
        probe.verify(min, scorer, alwaysScore, best);
        probe.clear();
        idle.offerFirst(s); // not returned when a step threw: its hits may not be cleared
        return best.result();
    }

    /** The longest unit that may be within the threshold of a query of {@code n} keys (length filter). */
    private int maxCandidateLength(int n, int min) {
        int mhi = n;
        while (mhi + 1 <= maxLen && mhi + 1 - n <= MatchScorer.maxDistance(mhi + 1, min)) {
            mhi++;
        }
        return mhi;
    }

    /** A query without keys matches only units without keys (internal ids from {@code idLo}, length 0). */
    private void scoreEmptyUnits(int idLo, int idHi, int min, Scorer scorer, Top best) {
        for (int i = idLo; i < idHi && length(i) == 0; i++) {
            int score = scorer.score(order[i], 0);
            if (score >= min) {
                best.offer(order[i], score);
            }
        }
    }

    /**
     * One search's steps over the index, in order: {@link #prefixCandidates} (candidate generation
     * from the rarest query keys' postings cut to the length range), {@link #countFilter} (more
     * postings read to tighten each candidate's overlap bound), {@link #verify} (candidates in
     * decreasing order of hits: length and overlap filters at the rising threshold, exact multiset
     * overlap, banded edit distance, score), then {@link #clear}. Work arrays come from the thread's
     * {@link Scratch}.
     */
    private final class Probe {
        private final int[] q;
        private final int n;
        private final Scratch s;
        /**
         * The query's multiset as a small open-addressing table (a few hundred bytes, in L1 cache):
         * key ids in {@link #keyTab} (−1 empty), their counts in {@link #keyCnt}; per candidate the
         * counts used so far in {@link #usedCnt}, valid where {@link #usedStamp} is the candidate's stamp.
         */
        private final int[] keyTab;
        private final int[] keyCnt;
        private final int[] usedCnt;
        private final int[] usedStamp;
        private final int keyShift;
        private int stamp;
        private final boolean qHasNumber;
        /** Each query key's posting list cut to the length range: postings[from[i]..to[i]). */
        private final int[] from;
        private final int[] to;
        /** Query positions, fewest postings in range first (ties by key id, so equal keys are adjacent). */
        private final Integer[] pos;
        /** Candidates touched (in {@link Scratch#touched}); their hits are in {@link Scratch#acc}. */
        private int touched;
        /** Query positions whose postings were the candidates' source: the first {@code prefix} of {@link #pos}. */
        private int prefix;
        /** Query keys whose postings have been counted into the hits (the rest bound the overlap from above). */
        private int scanned;

        Probe(int[] q, Scratch s, int idLo, int idHi) {
            this.q = q;
            this.n = q.length;
            this.s = s;
            boolean number = false;
            for (int t : q) {
                number |= t == numberId && t >= 0;
            }
            this.qHasNumber = number;
            // query multiset, for the exact overlap of a candidate in O(its length)
            int bits = 4;
            while ((1 << bits) < 2 * n) {
                bits++;
            }
            keyShift = 32 - bits;
            keyTab = new int[1 << bits];
            keyCnt = new int[1 << bits];
            usedCnt = new int[1 << bits];
            usedStamp = new int[1 << bits];
            Arrays.fill(keyTab, -1);
            for (int t : q) {
                if (t >= 0) {
                    int h = slot(t);
                    keyTab[h] = t;
                    keyCnt[h]++;
                }
            }
            from = new int[n];
            to = new int[n];
            for (int i = 0; i < n; i++) {
                int t = q[i];
                if (t >= 0) {
                    from[i] = lowerBound(postings, postStart[t], postStart[t + 1], idLo);
                    to[i] = lowerBound(postings, from[i], postStart[t + 1], idHi);
                }
            }
            pos = new Integer[n];
            for (int i = 0; i < n; i++) {
                pos[i] = i;
            }
            Arrays.sort(pos, (a, b) -> {
                int c = Integer.compare(to[a] - from[a], to[b] - from[b]);
                return c != 0 ? c : Integer.compare(q[a], q[b]);
            });
        }

        /**
         * Candidate generation (prefix filter): every unit in range holding one of the first {@code k}
         * positions' keys ({@code k = D(n) + 1}: any unit within the threshold holds one, by
         * pigeonhole), with its hits counted. A unit longer than the query needs more of its keys
         * ({@code m − D(m)} of {@code m > n}), so it may lack fewer: a unit first met in a list after
         * {@code s} keys' lists is new only if {@code n − m + D(m) ≥ s}, and as units are numbered by
         * length, the longer ones are a tail of each list, where hits are only added to units already met.
         */
        void prefixCandidates(int k, int min) {
            char[] acc = s.acc;
            int touchedNow = 0;
            for (int j = 0; j < k; ) {
                int i0 = pos[j];
                int t = q[i0];
                int w = 0;
                int before = scanned; // keys whose lists were read: a unit first met here lacks them
                while (j < k && q[pos[j]] == t) {
                    w++;
                    j++;
                }
                scanned += w;
                if (t < 0) {
                    continue;
                }
                int newEnd = to[i0];
                if (before > 0 && n < maxLen) { // no unit is longer than a query of maxLen keys or more
                    int len = n;
                    while (len + 1 <= maxLen && len + 1 - n <= MatchScorer.maxDistance(len + 1, min) - before) {
                        len++;
                    }
                    newEnd = lowerBound(postings, from[i0], to[i0], lenStart[len + 1]);
                }
                int[] cand = s.room(touchedNow + newEnd - from[i0]);
                for (int p = from[i0]; p < newEnd; p++) {
                    int id = postings[p];
                    int a = acc[id];
                    // branch-free: whether a unit is new is a coin toss the branch predictor loses
                    cand[touchedNow] = id;
                    touchedNow += a == 0 ? 1 : 0;
                    acc[id] = (char) (a + w);
                }
                for (int p = newEnd; p < to[i0]; p++) {
                    int id = postings[p];
                    if (acc[id] != 0) {
                        acc[id] += w;
                    }
                }
            }
            touched = touchedNow;
            prefix = k;
        }

        /**
         * Count filter: reads further posting lists, cheapest first, adding hits to candidates only
         * (never new ones). After each list the candidates that can no longer reach the overlap a
         * match needs ({@code hits + unread keys < n − D(n)}) are dropped (their hits reset to 0), so
         * the list of live candidates shrinks; reading stops once the next list is longer than
         * {@link #SCAN_PER_CANDIDATE} times the live candidates, which are cheaper to verify directly.
         */
        void countFilter(int dn) {
            char[] acc = s.acc;
            int[] cand = s.touched;
            int live = touched;
            for (int j = prefix; j < n && live > 0; ) {
                int i0 = pos[j];
                int t = q[i0];
                int w = 0;
                int j1 = j;
                while (j1 < n && q[pos[j1]] == t) {
                    w++;
                    j1++;
                }
                if (t >= 0) {
                    int len = to[i0] - from[i0];
                    if (len > SCAN_PER_CANDIDATE * (long) live) {
                        break; // lists come shortest first: every later one is as long
                    }
                    for (int p = from[i0]; p < to[i0]; p++) {
                        int id = postings[p];
                        if (acc[id] != 0) {
                            acc[id] += w;
                        }
                    }
                }
                j = j1;
                scanned += w;
                int bar = scanned - dn; // fewest hits a candidate needs: hits + (n − scanned) ≥ n − D(n)
                if (bar > 0) {
                    int kept = 0;
                    for (int c = 0; c < live; c++) {
                        int id = cand[c];
                        if (acc[id] >= bar) {
                            cand[kept++] = id;
                        } else {
                            acc[id] = 0;
                        }
                    }
                    live = kept;
                }
            }
            touched = live;
        }

        /** The candidates, most hits first (a stable counting sort on the hits). */
        private int[] byHits() {
            char[] acc = s.acc;
            int[] cand = s.touched;
            int[] byAcc = s.sorted(touched);
            int[] bucket = new int[n + 2];
            for (int c = 0; c < touched; c++) {
                bucket[n - acc[cand[c]] + 1]++;
            }
            for (int b = 1; b < bucket.length; b++) {
                bucket[b] += bucket[b - 1];
            }
            for (int c = 0; c < touched; c++) {
                byAcc[bucket[n - acc[cand[c]]]++] = cand[c];
            }
            return byAcc;
        }

        /**
         * Scoring: verifies candidates most hits first at the threshold raised to the K-th best so far,
         * stopping at the first whose hits plus the unscanned keys cannot reach it (none after it can).
         */
        void verify(int min, Scorer scorer, boolean alwaysScore, Top best) {
            char[] acc = s.acc;
            int[] byAcc = byHits();
            int rest = n - scanned;
            for (int c = 0; c < touched; c++) {
                int id = byAcc[c];
                int a = acc[id];
                int t = Math.max(min, best.threshold());
                if (a + rest < n - MatchScorer.maxDistance(n, t)) {
                    break; // sorted by acc: no later candidate can reach the threshold either
                }
                check(id, a + rest, t, min, scorer, alwaysScore, best);
            }
        }

        /**
         * Every unit of internal ids {@code [idLo, idHi)} checked without candidate generation: for
         * queries of more keys than {@link Scratch#acc} can count (over 65,535), whose length range
         * holds few units if any.
         */
        void verifyAll(int idLo, int idHi, int min, Scorer scorer, boolean alwaysScore, Top best) {
            for (int id = idLo; id < idHi; id++) {
                check(id, n, Math.max(min, best.threshold()), min, scorer, alwaysScore, best);
            }
        }

        /**
         * Unit {@code id}, whose overlap with the query is at most {@code bound}, at threshold {@code t}:
         * length and overlap filters, exact multiset overlap, banded distance, then the score.
         */
        private void check(int id, int bound, int t, int min, Scorer scorer, boolean alwaysScore, Top best) {
            int m = lengthOf(id);
            int l = Math.max(n, m);
            int dmax = MatchScorer.maxDistance(l, t);
            if (Math.abs(n - m) > dmax || bound < l - dmax) {
                return;
            }
            int off = tokStart[id];
            int overlap = overlap(off, m);
            if (overlap < l - dmax) {
                return;
            }
            if (s.rows.length < 2 * (m + 1)) {
                s.rows = new int[2 * (m + 1) + 16];
            }
            int d = MatchScorer.bandedDistance(q, n, tokens, off, m, dmax, s.rows);
            if (d > dmax) {
                return;
            }
            int g = order[id];
            // the key distance alone gives the score unless numbers (placeables) or Arabic rules are involved
            boolean base = d > 0 && !qHasNumber && !alwaysScore && !hasNumber(off, m);
            int score = base ? MatchScorer.base(n, m, d) : scorer.score(g, d);
            if (score >= min) {
                best.offer(g, score);
            }
        }

        /** The table slot of key id {@code t} (≥ 0): where it is, or the empty slot where it would be. */
        private int slot(int t) {
            int mask = keyTab.length - 1;
            int h = (t * 0x9E3779B9) >>> keyShift;
            while (keyTab[h] != t && keyTab[h] != -1) {
                h = (h + 1) & mask;
            }
            return h;
        }

        /** Exact multiset overlap of the query with the {@code m} keys at {@code off}. */
        private int overlap(int off, int m) {
            int st = ++stamp; // one search checks fewer than 2^31 candidates
            int overlap = 0;
            for (int p = off; p < off + m; p++) {
                int h = slot(tokens[p]);
                if (keyTab[h] != -1) {
                    if (usedStamp[h] != st) {
                        usedStamp[h] = st;
                        usedCnt[h] = 0;
                    }
                    if (usedCnt[h] < keyCnt[h]) {
                        usedCnt[h]++;
                        overlap++;
                    }
                }
            }
            return overlap;
        }

        private boolean hasNumber(int off, int m) {
            if (numberId < 0) {
                return false;
            }
            for (int p = off; p < off + m; p++) {
                if (tokens[p] == numberId) {
                    return true;
                }
            }
            return false;
        }

        /** Resets the hits of every candidate touched, for the thread's next search. */
        void clear() {
            char[] acc = s.acc;
            int[] cand = s.touched;
            for (int c = 0; c < touched; c++) {
                acc[cand[c]] = 0;
            }
        }
    }

    static int lowerBound(int[] a, int from, int to, int key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The K best (score desc, global index asc). */
    static final class Top {
        private final int k;
        private final int[] g;
        private final int[] sc;
        private int size;

        Top(int k) {
            this.k = k;
            this.g = new int[k];
            this.sc = new int[k];
        }

        /** Lowest score that may still enter: the K-th best once K are held, else 0. */
        int threshold() {
            return size < k ? 0 : sc[k - 1];
        }

        void offer(int global, int score) {
            if (size == k && (score < sc[k - 1] || score == sc[k - 1] && global > g[k - 1])) {
                return;
            }
            int at = size < k ? size++ : k - 1;
            while (at > 0 && (sc[at - 1] < score || sc[at - 1] == score && g[at - 1] > global)) {
                sc[at] = sc[at - 1];
                g[at] = g[at - 1];
                at--;
            }
            sc[at] = score;
            g[at] = global;
        }

        int[] result() {
            int[] out = new int[size * 2];
            for (int i = 0; i < size; i++) {
                out[2 * i] = g[i];
                out[2 * i + 1] = sc[i];
            }
            return out;
        }
    }

    /** Work arrays of one search at a time, reused across searches. */
    private static final class Scratch {
        /** Hits per internal id (at most the query's key count): 2 bytes each, so the length range's share stays in cache. */
        final char[] acc;
        int[] touched = new int[1024];
        int[] sorted = new int[1024];
        int[] rows = new int[256];

        Scratch(int units, int vocab) {
            acc = new char[units];
        }

        /** {@link #touched}, with room for {@code n} candidates at least. */
        int[] room(int n) {
            if (touched.length < n) {
                touched = Arrays.copyOf(touched, Math.max(n, touched.length * 2));
            }
            return touched;
        }

        int[] sorted(int n) {
            if (sorted.length < n) {
                sorted = new int[Math.max(n, sorted.length * 2)];
            }
            return sorted;
        }
    }
}
