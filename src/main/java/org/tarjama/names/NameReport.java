package org.tarjama.names;

import java.util.List;

/**
 * What {@code tarjama names} found: every name with its renderings and a status, the names to act
 * on first ({@link Status#INCONSISTENT}) first.
 *
 * @param names      the names, inconsistent first, then spelling, unrendered, consistent; by frequency within
 * @param units      how many units were read
 * @param glossary   the glossary the names were judged against, or empty
 */
public record NameReport(List<Name> names, long units, String glossary) {
    public NameReport {
        names = List.copyOf(names);
    }

    /** How a name is rendered across the memory. */
    public enum Status {
        /** Genuinely different renderings (or, with a glossary, one that is not approved). */
        INCONSISTENT,
        /** Renderings equal after hamza/alef, ة/ه and ى/ي folding: an orthographic inconsistency. */
        SPELLING,
        /** No plausible rendering found (a translated exonym, or a dropped name): for review. */
        UNRENDERED,
        /** One rendering, clitics and the article aside. */
        CONSISTENT;

        /** The lower-case name used in JSON and text output. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One rendering of a name.
     *
     * @param ar        the rendering as written (most frequent spelling of it; proclitics stripped)
     * @param count     occurrences rendered this way
     * @param units     unit numbers (1-based, in input order; at most the first {@link NameChecker#MAX_UNIT_IDS})
     * @param partial   true when it renders only part of a multi-word name (زهري for Abu Zuhri)
     * @param approved  with a glossary: true when it is an approved form or variant (exact or folded)
     * @param example   the first unit rendered this way, for side-by-side display
     * @param uncertain true when it rests on a weak sound resemblance only (no glossary, exonym,
     *                  co-occurrence or strong transliteration): shown, but not counted as a rendering
     *                  that makes the name inconsistent
     * @param byWords   true when every occurrence of it was found only through the translations learnt for
     *                  the name's words (الدوري الممتاز for Premier League, {@link NameLexicon#wordTranslations}):
     *                  evidence enough to tell two renderings apart, too little to suggest it as a glossary entry
     *                  from one occurrence
     */
    public record Rendering(String ar, long count, List<Long> units, boolean partial, boolean approved,
                            Example example, boolean uncertain, boolean byWords) {
        public Rendering {
            units = List.copyOf(units);
        }

        /** A rendering found otherwise than only through its words' translations. */
        public Rendering(String ar, long count, List<Long> units, boolean partial, boolean approved, Example example,
                         boolean uncertain) {
            this(ar, count, units, partial, approved, example, uncertain, false);
        }

        /** A rendering that is not uncertain. */
        public Rendering(String ar, long count, List<Long> units, boolean partial, boolean approved, Example example) {
            this(ar, count, units, partial, approved, example, false);
        }
    }

    /** One unit's text, for display: its number, English and Arabic. */
    public record Example(long unit, String en, String ar) {
    }

    /**
     * One name.
     *
     * @param en               the English name
     * @param status           the classification
     * @param renderings       renderings, most frequent first
     * @param unrenderedCount  occurrences where no rendering was found
     * @param unrenderedUnits  their unit numbers (capped like {@link Rendering#units})
     * @param unrenderedExample the first such unit, or null
     * @param approved         with a glossary entry: its approved forms, else empty
     * @param derived          derived forms found instead of the name (الإسرائيلي for Israel's): another
     *                         rendering plus an adjective or plural ending; not counted as different renderings
     * @param commonWord       a one-word name that the memory also writes in lower case (West/west): too
     *                         ambiguous to suggest as a glossary term
     * @param attested         false when the name is a single word seen only at the start of a sentence, where
     *                         its capital does not say that it is a name (Figures, Rapper)
     * @param unrecognised     true when the name may be translated by words no scorer knows (an acronym, which a
     *                         translator may expand: NATO → حلف شمال الأطلسي; a name whose renderings elsewhere are
     *                         translations learnt from co-occurrence): where no rendering of it was found, the unit
     *                         more likely renders it otherwise than drops it, so those units are another rendering
     *                         to review ({@code unrecognised} in JSON), not unrendered
     */
    public record Name(String en, Status status, List<Rendering> renderings, long unrenderedCount,
                       List<Long> unrenderedUnits, Example unrenderedExample, List<String> approved,
                       List<Rendering> derived, boolean commonWord, boolean attested, boolean unrecognised) {
        public Name {
            renderings = List.copyOf(renderings);
            derived = List.copyOf(derived);
            unrenderedUnits = List.copyOf(unrenderedUnits);
            approved = List.copyOf(approved);
        }

        /** A name whose units without a rendering are unrendered (not {@code unrecognised}). */
        public Name(String en, Status status, List<Rendering> renderings, long unrenderedCount,
                    List<Long> unrenderedUnits, Example unrenderedExample, List<String> approved,
                    List<Rendering> derived, boolean commonWord, boolean attested) {
            this(en, status, renderings, unrenderedCount, unrenderedUnits, unrenderedExample, approved, derived,
                    commonWord, attested, false);
        }

        /**
         * True when the units without a found rendering are reported as {@code unrendered}: the name is rendered
         * elsewhere, and it is not {@link #unrecognised}.
         */
        public boolean unrenderedHere() {
            return unrenderedCount > 0 && !neverFound() && !unrecognised;
        }

        /** A name with at least one occurrence that leaves no doubt ({@code attested}). */
        public Name(String en, Status status, List<Rendering> renderings, long unrenderedCount,
                    List<Long> unrenderedUnits, Example unrenderedExample, List<String> approved,
                    List<Rendering> derived, boolean commonWord) {
            this(en, status, renderings, unrenderedCount, unrenderedUnits, unrenderedExample, approved, derived,
                    commonWord, true);
        }

        /** A name that is not known to be a common word. */
        public Name(String en, Status status, List<Rendering> renderings, long unrenderedCount,
                    List<Long> unrenderedUnits, Example unrenderedExample, List<String> approved,
                    List<Rendering> derived) {
            this(en, status, renderings, unrenderedCount, unrenderedUnits, unrenderedExample, approved, derived, false,
                    true);
        }

        /**
         * True when no rendering (nor derived form) of the name was found in any unit: it is translated by
         * words no scorer knows, or dropped everywhere. Its units are reported as {@code unmatched}, apart
         * from the units where a name rendered elsewhere has no rendering ({@code unrendered}).
         */
        public boolean neverFound() {
            return renderings.isEmpty() && derived.isEmpty();
        }

        /**
         * The stable id of this name's finding ({@link org.tarjama.io.Suppressions}): its status, the English
         * name (lower-cased) and its distinct renderings (sorted), so it depends neither on unit order nor on
         * the run; a new rendering makes a new id, so accepting two renderings does not accept a third.
         */
        public String id() {
            java.util.TreeSet<String> rs = new java.util.TreeSet<>();
            for (Rendering r : renderings) {
                rs.add(r.ar());
            }
            return org.tarjama.io.Suppressions.id("NAMES_" + status.name(), en.toLowerCase(java.util.Locale.ROOT),
                    String.join("|", rs));
        }

        /** True when the name is something to review (not {@link Status#CONSISTENT}). */
        public boolean isFinding() {
            return status != Status.CONSISTENT;
        }

        /** Total occurrences. */
        public long occurrences() {
            long n = unrenderedCount;
            for (Rendering r : derived) {
                n += r.count();
            }
            for (Rendering r : renderings) {
                n += r.count();
            }
            return n;
        }
    }

    /** This report without the findings (names not consistent) whose id {@code accepted} holds. */
    public NameReport without(org.tarjama.io.Suppressions accepted) {
        List<Name> kept = new java.util.ArrayList<>(names.size());
        for (Name n : names) {
            if (!n.isFinding() || !accepted.contains(n.id())) {
                kept.add(n);
            }
        }
        return new NameReport(kept, units, glossary);
    }

    /**
     * The id and a description of every finding (every name that is not consistent), in report order,
     * for a suppression file ({@link org.tarjama.io.Suppressions#write}).
     */
    public java.util.Map<String, String> suppressionEntries() {
        org.tarjama.io.Suppressions.Collector ids = new org.tarjama.io.Suppressions.Collector();
        for (Name n : names) {
            if (n.isFinding()) {
                ids.add(n.id(), "NAMES_" + n.status().name() + "\t" + n.en());
            }
        }
        return ids.entries();
    }

    /** True when at least one name is {@link Status#INCONSISTENT}. */
    public boolean hasInconsistent() {
        return names.stream().anyMatch(n -> n.status() == Status.INCONSISTENT);
    }

    /** Names with the given status. */
    public long count(Status s) {
        return names.stream().filter(n -> n.status() == s).count();
    }
}
