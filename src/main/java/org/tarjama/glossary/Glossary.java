package org.tarjama.glossary;

import java.util.List;
import java.util.Optional;

/**
 * A loaded glossary: its entries in file order and the file it came from.
 *
 * @param source the file name, for messages
 */
public record Glossary(String source, List<GlossaryEntry> entries) {
    public Glossary {
        entries = List.copyOf(entries);
    }

    /** The entry for an English term, case-insensitively. */
    public Optional<GlossaryEntry> find(String en) {
        for (GlossaryEntry e : entries) {
            if (e.en().equalsIgnoreCase(en)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
