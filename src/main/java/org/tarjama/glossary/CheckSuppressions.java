package org.tarjama.glossary;

import java.util.Map;
import org.tarjama.io.Suppressions;
import org.tarjama.report.Finding;

/**
 * The accepted findings of a glossary check: {@link #keep} leaves out the findings whose id (their
 * {@code "id"} field, {@link GlossaryChecker}) the suppression file accepts, counts them, and collects
 * the id of every finding (suppressed ones included) for {@code --write-suppressions}. Not thread-safe:
 * used on the thread that merges the findings.
 */
public final class CheckSuppressions {
    private final Suppressions accepted;
    private final Suppressions.Collector ids;
    private long suppressed;

    /**
     * @param accepted the accepted ids ({@link Suppressions#NONE} for none)
     * @param collect  true to collect every finding's id and description ({@link #entries})
     */
    public CheckSuppressions(Suppressions accepted, boolean collect) {
        this.accepted = accepted;
        this.ids = collect ? new Suppressions.Collector() : null;
    }

    /** True when {@code f} is to be reported: it has no id, or the suppression file does not accept it. */
    public boolean keep(Finding f) {
        if (!(f.fields().get("id") instanceof String id)) {
            return true;
        }
        if (ids != null) {
            ids.add(id, f.code() + "\t" + f.fields().get("term") + "\tunit " + f.unit());
        }
        if (accepted.contains(id)) {
            suppressed++;
            return false;
        }
        return true;
    }

    /** Findings left out so far. */
    public long suppressed() {
        return suppressed;
    }

    /** Every finding's id and description in first-seen order (empty unless collecting), for {@link Suppressions#write}. */
    public Map<String, String> entries() {
        return ids == null ? Map.of() : ids.entries();
    }
}
