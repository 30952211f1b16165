package org.tarjama.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;
import org.tarjama.text.ArabicNormalizer;
import org.tarjama.text.Fnv1a;

/**
 * A suppression file of accepted findings (the Xbench "ignore list" idea): one finding id per line,
 * optionally followed by tab-separated text for people (rule, term, unit, note) that is not read;
 * blank lines and lines starting with {@code #} are skipped.
 *
 * <p>An id is derived from what the finding is about, never from where it is: the rule, the term and
 * the unit's texts (for {@code check}), or the rule, the name and its renderings (for {@code names}).
 * Reordering a memory, running again or on another machine gives the same ids; editing the unit or
 * the rendering gives a new id, so an accepted finding comes back when what was accepted changes.
 * Texts are compared after {@link ArabicNormalizer#LIGHT} (invisible marks, tatweel, harakat) with
 * runs of white space as one space and case kept.
 *
 * <pre>
 * # tarjama suppressions
 * 5c1f0e9a2b7d4436	GLOSSARY_TERM_MISSING	Jordan	unit 12: Jordan Spieth, the golfer
 * </pre>
 */
public final class Suppressions {
    /** The form of an id: 16 lower-case hex digits. */
    public static final Pattern ID = Pattern.compile("[0-9a-f]{16}");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** An empty set: nothing suppressed. */
    public static final Suppressions NONE = new Suppressions(Set.of());

    private final Set<String> ids;

    private Suppressions(Set<String> ids) {
        this.ids = ids;
    }

    /** True when the finding with {@code id} was accepted. */
    public boolean contains(String id) {
        return ids.contains(id);
    }

    /** Number of ids in the file. */
    public int size() {
        return ids.size();
    }

    /**
     * The id of a finding made of {@code parts} (e.g. rule, term, English, Arabic): 16 hex digits of
     * the FNV-1a 64-bit hash (finalised) of the normalised parts, each followed by a NUL.
     */
    public static String id(String... parts) {
        long h = Fnv1a.OFFSET_BASIS;
        for (String p : parts) {
            h = Fnv1a.add(h, normalize(p == null ? "" : p));
            h = Fnv1a.step(h, 0);
        }
        return String.format(Locale.ROOT, "%016x", Fnv1a.avalanche(h));
    }

    static String normalize(String s) {
        return SPACES.matcher(ArabicNormalizer.LIGHT.normalize(s)).replaceAll(" ").strip();
    }

    /** Reads a suppression file; a line whose first field is not an id is bad input naming the line. */
    public static Suppressions load(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(SourceLocation.ofFile(name),
                    Files.exists(file) ? "not a regular file" : "no such file");
        }
        Set<String> ids = new java.util.HashSet<>();
        try (BufferedReader r = TextFiles.open(file, null)) {
            int no = 0;
            for (String line; (line = r.readLine()) != null;) {
                no++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                int tab = s.indexOf('\t');
                String id = (tab < 0 ? s : s.substring(0, tab)).strip();
                if (!ID.matcher(id).matches()) {
                    throw new BadInputException(SourceLocation.ofLine(name, no), "'" + shorten(id)
                            + "' is not a finding id (16 hex digits, as in the \"id\" of --format json or a file"
                            + " written with --write-suppressions)");
                }
                ids.add(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Suppressions(Set.copyOf(ids));
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /**
     * Writes a suppression file: a comment header, then one line per id (in the order given, each once)
     * with its description.
     *
     * @param entries id → description (tab-free text for people; tabs and line breaks become spaces)
     */
    public static void write(Writer out, String header, Map<String, String> entries) throws IOException {
        out.write("# tarjama suppressions: accepted findings, one id per line (the rest of a line is not read)\n");
        if (header != null && !header.isEmpty()) {
            out.write("# " + SPACES.matcher(header).replaceAll(" ") + "\n");
        }
        for (Map.Entry<String, String> e : entries.entrySet()) {
            out.write(e.getKey());
            String d = e.getValue() == null ? "" : e.getValue().replaceAll("[\\t\\r\\n]+", " ").strip();
            if (!d.isEmpty()) {
                out.write('\t');
                out.write(d);
            }
            out.write('\n');
        }
        out.flush();
    }

    /** Collects ids and descriptions in first-seen order, for {@link #write}. */
    public static final class Collector {
        private final Map<String, String> entries = new LinkedHashMap<>();

        /** Records a finding's id (once) with a description. */
        public void add(String id, String description) {
            entries.putIfAbsent(id, description);
        }

        public Map<String, String> entries() {
            return entries;
        }

        public int size() {
            return entries.size();
        }

        /** Records all of {@code ids} without description. */
        public void addAll(Collection<String> ids) {
            ids.forEach(i -> add(i, ""));
        }
    }
}
