package org.tarjama.project;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.tarjama.align.AlignedDocument;
import org.tarjama.align.AlignmentWriter;
import org.tarjama.align.Bead;
import org.tarjama.tmx.TmxProfile;

/**
 * Exports a project as TMX or TSV through the aligner's own writer, so an untouched project gives
 * byte for byte what {@code align --format tmx} wrote. Rejected beads are never exported; with
 * {@link Scope#CONFIRMED} only confirmed beads are. TMX units of reviewed beads carry
 * {@code <prop type="x-status">confirmed</prop>}; units still as the aligner proposed them carry no
 * status prop (which is what {@code align} writes).
 */
public final class ProjectExport {
    /** Which beads to export. */
    public enum Scope { ALL, CONFIRMED }

    /** Counts of one export. */
    public record Result(long written, long rejectedLeftOut, long unconfirmedLeftOut, long unaligned,
                         List<org.tarjama.model.Diagnostic> warnings) {
    }

    private ProjectExport() {
    }

    public static Result write(AlignmentProject p, AlignmentWriter.Format format, Scope scope, TmxProfile profile,
                               OutputStream out) {
        Map<Bead, BeadStatus> status = new IdentityHashMap<>();
        List<AlignedDocument> docs = new ArrayList<>();
        long rejected = 0;
        long unconfirmed = 0;
        for (ProjectDocument d : p.documents()) {
            List<ProjectBead> keep = new ArrayList<>();
            for (ProjectBead b : d.beads()) {
                boolean aligned = b.enCount() > 0 && b.arCount() > 0;
                if (b.status() == BeadStatus.REJECTED) {
                    rejected += aligned ? 1 : 0;
                    continue;
                }
                if (scope == Scope.CONFIRMED && b.status() != BeadStatus.CONFIRMED) {
                    unconfirmed += aligned ? 1 : 0;
                    continue;
                }
                keep.add(b);
            }
            AlignedDocument ad = d.toAligned(keep);
            for (int k = 0; k < keep.size(); k++) {
                status.put(ad.alignment().beads().get(k), keep.get(k).status());
            }
            docs.add(ad);
        }
        AlignmentWriter w = new AlignmentWriter(format, p.sourceLang(), p.targetLang(), 0, profile)
                .withStatus(b -> {
                    BeadStatus s = status.get(b);
                    return s == null || s == BeadStatus.AUTO ? null : s.id();
                });
        w.write(docs, out);
        return new Result(w.summary().written(), rejected, unconfirmed, w.summary().unaligned(), w.tmxWarnings());
    }
}
