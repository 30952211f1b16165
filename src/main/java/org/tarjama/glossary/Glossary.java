package org.tarjama.glossary;

import java.util.List;
import java.util.Optional;

/**
 * A loaded glossary: its entries in file order, the file it came from, and warnings about content the
 * loader could not use (e.g. TBX concept entries without an English or an Arabic term), so that nothing
 * is dropped silently.
 *
 * @param source   the file name, for messages
 * @param entries  the entries
 * @param warnings one line per skipped or doubtful piece of the file, possibly empty
 * @param layout   how a TSV/CSV file was read when it was detected rather than the canonical
 *                 {@code en}/{@code ar} header ("semicolon-separated, header row: English = en, …",
 *                 "tab-separated, no header row: columns en, ar, note"), or empty
 */
public record Glossary(String source, List<GlossaryEntry> entries, List<String> warnings, String layout) {
    public Glossary {
        entries = List.copyOf(entries);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        layout = layout == null ? "" : layout;
    }

    /** A glossary read in its canonical layout. */
    public Glossary(String source, List<GlossaryEntry> entries, List<String> warnings) {
        this(source, entries, warnings, "");
    }

    /** A glossary without warnings. */
    public Glossary(String source, List<GlossaryEntry> entries) {
        this(source, entries, List.of());
    }

    /** The entry for an English term (or English variant), case-insensitively. */
    public Optional<GlossaryEntry> find(String en) {
        for (GlossaryEntry e : entries) {
            if (e.en().equalsIgnoreCase(en)) {
                return Optional.of(e);
            }
        }
        for (GlossaryEntry e : entries) {
            for (String v : e.enVariants()) {
                if (v.equalsIgnoreCase(en)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }
}
