package org.tarjama.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarjama.glossary.GlossaryEntry;
import org.tarjama.names.NameCandidates.Candidate;
import org.tarjama.names.NameCandidates.Occurrence;
import org.tarjama.names.NameCandidates.UnitFindings;

import static org.tarjama.names.NameChecker.MAX_UNIT_IDS;
import static org.tarjama.names.RenderingKeys.spellingKey;

/**
 * The second step of the names check: merges the units' candidates in input order. Per name,
 * occurrences are grouped by their candidate set (usually one or two renderings), so memory grows with
 * the number of distinct names and renderings, not with units (unit numbers are kept up to
 * {@link NameChecker#MAX_UNIT_IDS} per rendering); {@link NameJudge} then judges each name. Not
 * thread-safe (one merging thread).
 */
final class NameAggregator {
    /** Candidate-set groups kept per name; beyond, occurrences are grouped by their best candidate only. */
    static final int MAX_GROUPS = 64;
    private static final String DEBUG = System.getenv("TARJAMA_NAMES_DEBUG");

    private final Map<String, NameState> names = new HashMap<>();
    private long units;

    void add(UnitFindings u) {
        units = Math.max(units, u.unit());
        Set<String> seenHere = new HashSet<>();
        for (Occurrence o : u.occurrences()) {
            // a part is recorded only once per unit, and not where it was also mentioned on its own
            if (!seenHere.add(o.name() + (o.part() ? "\u0000p" : ""))
                    || (o.part() && seenHere.contains(o.name()))) {
                continue;
            }
            if (o.part()) {
                // a name's endings are judged on their own occurrences (Warren apart from Elizabeth
                // Warren): a surname is often rendered another way than inside the full name
                continue;
            }
            NameState s = names.computeIfAbsent(o.name(), NameState::new);
            if (!o.part()) {
                s.standalone++;
                if (!o.sentenceInitial()) {
                    s.nonInitial++;
                }
                if (o.sure()) {
                    s.sure++;
                }
                if (o.glossary() != null) {
                    s.entry = o.glossary();
                }
            }
            if (o.candidates().isEmpty()) {
                s.unrendered++;
                s.unrenderedUnits.add(u.unit());
                if (s.unrenderedExample == null) {
                    s.unrenderedExample = new NameReport.Example(u.unit(), u.en(), u.ar());
                }
                continue;
            }
            if (DEBUG != null && o.name().equals(DEBUG)) {
                System.err.println(u.unit() + " " + o.candidates());
            }
            StringBuilder sig = new StringBuilder();
            List<Candidate> cs = o.candidates();
            if (s.groups.size() >= MAX_GROUPS) {
                cs = List.of(cs.get(0));
            }
            for (Candidate c : cs) {
                sig.append(spellingKey(c.rendering())).append(c.partial() ? "*" : "").append('|');
            }
            List<Candidate> fcs = cs;
            Group g = s.groups.computeIfAbsent(sig.toString(), k -> new Group(new ArrayList<>(fcs)));
            g.count++;
            g.units.add(u.unit());
            if (g.example == null) {
                g.example = new NameReport.Example(u.unit(), u.en(), u.ar());
            }
            for (int i = 0; i < cs.size(); i++) {
                Candidate c = cs.get(i);
                Candidate gc = g.candidates.get(i);
                if (c.score() > gc.score()) {
                    g.candidates.set(i, c);
                }
                g.forms.computeIfAbsent(i, k -> new HashMap<>()).merge(c.rendering(), 1L, Long::sum);
            }
        }
    }


    /** The report of everything added so far, each name judged by {@code judge}. */
    NameReport report(NameJudge judge, String glossarySource) {
        List<NameReport.Name> out = new ArrayList<>();
        for (NameState s : names.values()) {
            NameReport.Name n = judge.judge(s);
            if (n != null) {
                out.add(n);
            }
        }
        out.sort((a, b) -> {
            int c = Integer.compare(a.status().ordinal(), b.status().ordinal());
            if (c != 0) {
                return c;
            }
            c = Long.compare(b.occurrences(), a.occurrences());
            return c != 0 ? c : a.en().compareTo(b.en());
        });
        return new NameReport(out, units, glossarySource);
    }

    /** Capped list of unit numbers. */
    static final class UnitIds {
        long[] ids = new long[4];
        int size;

        void add(long id) {
            if (size > 0 && ids[size - 1] == id) {
                return;
            }
            if (size == MAX_UNIT_IDS) {
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, Math.min(MAX_UNIT_IDS, size * 2));
            }
            ids[size++] = id;
        }

        void addAll(UnitIds o) {
            for (int i = 0; i < o.size; i++) {
                add(o.ids[i]);
            }
        }

        List<Long> toList() {
            long[] c = Arrays.copyOf(ids, size);
            Arrays.sort(c);
            List<Long> out = new ArrayList<>(size);
            long prev = Long.MIN_VALUE;
            for (long v : c) {
                if (v != prev) {
                    out.add(v);
                }
                prev = v;
            }
            return out;
        }
    }

    /** Occurrences of one name that had the same candidate set. */
    static final class Group {
        final List<Candidate> candidates;
        long count;
        final UnitIds units = new UnitIds();
        NameReport.Example example;
        /** Surface forms per candidate position (the same spelling up to the article), with counts. */
        final Map<Integer, Map<String, Long>> forms = new HashMap<>();

        Group(List<Candidate> candidates) {
            this.candidates = candidates;
        }
    }

    /** Everything known about one name. */
    static final class NameState {
        final String name;
        GlossaryEntry entry;
        long standalone;
        long nonInitial;
        /** Occurrences whose capital says they are a name ({@link Occurrence#sure}). */
        long sure;
        final Map<String, Group> groups = new LinkedHashMap<>();
        long unrendered;
        final UnitIds unrenderedUnits = new UnitIds();
        NameReport.Example unrenderedExample;

        NameState(String name) {
            this.name = name;
        }
    }

}
