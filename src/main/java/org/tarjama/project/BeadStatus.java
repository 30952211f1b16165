package org.tarjama.project;

import java.util.Locale;

/** Review status of a bead: proposed by the aligner, confirmed by a person, or rejected by a person. */
public enum BeadStatus {
    AUTO, CONFIRMED, REJECTED;

    /** The name used in project files and TMX {@code x-status} props. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code auto}, {@code confirmed} or {@code rejected}; null when it is none of them. */
    public static BeadStatus parse(String s) {
        for (BeadStatus b : values()) {
            if (b.id().equals(s)) {
                return b;
            }
        }
        return null;
    }
}
