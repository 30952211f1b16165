package org.tarjama.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of a project's beads by status, type and score band, per document and in all. Score bands
 * are those the workbench colours: {@code low} below 0.5, {@code medium} 0.5 to 0.8, {@code high}
 * 0.8 and above.
 */
public final class ProjectStats {
    private ProjectStats() {
    }

    /** Score band of a confidence. */
    public static String band(double score) {
        return score < 0.5 ? "low" : score < 0.8 ? "medium" : "high";
    }

    /** Counts of one set of beads. */
    public record Counts(long beads, Map<String, Long> status, Map<String, Long> type, Map<String, Long> band,
                         long enSentences, long arSentences) {
        /** Share of beads confirmed, in [0,1]. */
        public double progress() {
            return beads == 0 ? 0 : (double) status.getOrDefault("confirmed", 0L) / beads;
        }
    }

    /** Per-document counts (keyed by "source / target" names) and the total. */
    public record Report(Map<String, Counts> documents, Counts total) {
    }

    public static Counts of(List<ProjectDocument> docs) {
        Map<String, Long> status = new LinkedHashMap<>();
        for (BeadStatus s : BeadStatus.values()) {
            status.put(s.id(), 0L);
        }
        Map<String, Long> type = new TreeMap<>();
        Map<String, Long> band = new LinkedHashMap<>();
        for (String b : List.of("low", "medium", "high")) {
            band.put(b, 0L);
        }
        long beads = 0;
        long en = 0;
        long ar = 0;
        for (ProjectDocument d : docs) {
            en += d.en().size();
            ar += d.ar().size();
            for (ProjectBead b : d.beads()) {
                beads++;
                status.merge(b.status().id(), 1L, Long::sum);
                type.merge(b.type(), 1L, Long::sum);
                band.merge(band(b.score()), 1L, Long::sum);
            }
        }
        return new Counts(beads, status, type, band, en, ar);
    }

    public static Report of(AlignmentProject p) {
        Map<String, Counts> per = new LinkedHashMap<>();
        for (ProjectDocument d : p.documents()) {
            String key = d.source().name() + " / " + d.target().name();
            while (per.containsKey(key)) {
                key = key + " (" + d.id() + ")";
            }
            per.put(key, of(List.of(d)));
        }
        return new Report(per, of(p.documents()));
    }
}
