package org.tarjama.glossary;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tarjama.io.DelimitedRows;
import org.tarjama.io.TextFiles;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * Loads a glossary file. The format follows the extension, or the content when the extension says
 * nothing:
 * <ul>
 *   <li>{@code .tsv}/{@code .txt}: tab-separated, with a header row naming the columns {@code en},
 *       {@code ar} and optionally {@code variants}, {@code forbidden}, {@code derived}, {@code note},
 *       {@code en_variants} and {@code case} ({@code sensitive}/{@code insensitive}); several values in
 *       one cell are separated by {@code |}; blank lines and lines starting with {@code #} are skipped;</li>
 *   <li>{@code .csv}: the same columns, comma-separated with RFC 4180 quoting;</li>
 *   <li>{@code .tbx}: TBX-Basic / TBX v2 ({@code <martif>}) or TBX v3 core ({@code <tbx>}), see
 *       {@link TbxReader};</li>
 *   <li>{@code .json}: {@code {"entries": [{"en": …, "ar": [...], …}]}} or a bare array, see
 *       {@link GlossaryWriter} for the field names.</li>
 * </ul>
 * Every format error is a {@link BadInputException} naming the file and line. Nothing is dropped
 * silently: unknown columns or fields, duplicate English terms and entries without Arabic are errors.
 */
public final class GlossaryLoader {
    /** Separator of several values in one TSV/CSV cell. */
    public static final String VALUE_SEPARATOR = "|";

    static final String COL_EN = "en";
    static final String COL_AR = "ar";
    static final String COL_VARIANTS = "variants";
    static final String COL_FORBIDDEN = "forbidden";
    static final String COL_DERIVED = "derived";
    static final String COL_NOTE = "note";
    static final String COL_EN_VARIANTS = "en_variants";
    static final String COL_CASE = "case";
    static final List<String> COLUMNS = List.of(COL_EN, COL_AR, COL_VARIANTS, COL_FORBIDDEN, COL_DERIVED,
            COL_NOTE, COL_EN_VARIANTS, COL_CASE);

    private GlossaryLoader() {
    }

    /** Supported formats. */
    public enum Format {
        TSV, CSV, TBX, JSON;

        /** The format named by a file's extension, or null. */
        public static Format ofFileName(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".tsv") || n.endsWith(".tab") || n.endsWith(".txt")) {
                return TSV;
            }
            if (n.endsWith(".csv")) {
                return CSV;
            }
            if (n.endsWith(".tbx") || n.endsWith(".xml")) {
                return TBX;
            }
            if (n.endsWith(".json")) {
                return JSON;
            }
            return null;
        }
    }

    /** Loads {@code file} in the format its extension (or its first character) says. */
    public static Glossary load(Path file) {
        Format f = Format.ofFileName(file.getFileName().toString());
        if (f == null) {
            f = sniff(file);
        }
        return load(file, f);
    }

    /** Loads {@code file} as {@code format}. */
    public static Glossary load(Path file, Format format) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(SourceLocation.ofFile(name),
                    Files.exists(file) ? "not a regular file" : "no such file");
        }
        List<String> warnings = List.of();
        List<GlossaryEntry> entries;
        switch (format) {
            case TSV -> entries = loadDelimited(file, '\t');
            case CSV -> entries = loadDelimited(file, ',');
            case TBX -> {
                TbxReader.Result r = TbxReader.read(file);
                entries = r.entries();
                warnings = r.warnings();
            }
            case JSON -> entries = loadJson(file);
            default -> throw new IllegalStateException();
        }
        checkDuplicates(name, entries);
        checkArabicForms(name, entries);
        return new Glossary(name, entries, warnings);
    }

    private static Format sniff(Path file) {
        try (BufferedReader r = TextFiles.open(file, null)) {
            int c;
            while ((c = r.read()) >= 0 && Character.isWhitespace(c)) {
                // skip leading blanks
            }
            if (c == '<') {
                return Format.TBX;
            }
            if (c == '{' || c == '[') {
                return Format.JSON;
            }
            return Format.TSV;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- TSV / CSV

    private static List<GlossaryEntry> loadDelimited(Path file, char sep) {
        String name = file.toString();
        List<GlossaryEntry> entries = new ArrayList<>();
        try (DelimitedRows rows = DelimitedRows.open(file, sep == '\t' ? DelimitedRows.TSV : DelimitedRows.CSV, null)) {
            List<String> header = null;
            List<String> cols;
            while ((cols = rows.next()) != null) {
                int no = rows.startLine();
                if (isBlankRow(cols) || cols.get(0).startsWith("#")) {
                    continue;
                }
                if (header == null) {
                    header = new ArrayList<>();
                    for (String h : cols) {
                        String key = h.trim().toLowerCase(Locale.ROOT).replace('-', '_');
                        if (!COLUMNS.contains(key)) {
                            throw new BadInputException(SourceLocation.ofLine(name, no), "unknown column '" + h.trim()
                                    + "' in the header row (known: " + String.join(", ", COLUMNS) + ")");
                        }
                        if (header.contains(key)) {
                            throw new BadInputException(SourceLocation.ofLine(name, no), "column '" + key
                                    + "' appears twice in the header row");
                        }
                        header.add(key);
                    }
                    if (!header.contains(COL_EN) || !header.contains(COL_AR)) {
                        throw new BadInputException(SourceLocation.ofLine(name, no),
                                "the header row must name the columns 'en' and 'ar' ("
                                        + (sep == '\t' ? "tab" : "comma") + "-separated)");
                    }
                    continue;
                }
                if (cols.size() > header.size()) {
                    boolean extraEmpty = cols.subList(header.size(), cols.size()).stream().allMatch(String::isBlank);
                    if (!extraEmpty) {
                        throw new BadInputException(SourceLocation.ofLine(name, no), "row has " + cols.size()
                                + " columns but the header names " + header.size());
                    }
                }
                String en = col(cols, header, COL_EN);
                List<String> ar = multi(col(cols, header, COL_AR));
                if (en.isEmpty() || ar.isEmpty()) {
                    throw new BadInputException(SourceLocation.ofLine(name, no), "an entry needs both 'en' and 'ar'");
                }
                entries.add(new GlossaryEntry(en, parseCase(col(cols, header, COL_CASE), name, no), ar,
                        multi(col(cols, header, COL_VARIANTS)), multi(col(cols, header, COL_FORBIDDEN)),
                        multi(col(cols, header, COL_DERIVED)), col(cols, header, COL_NOTE), no,
                        multi(col(cols, header, COL_EN_VARIANTS))));
            }
            if (header == null) {
                throw new BadInputException(SourceLocation.ofFile(name), "empty glossary: no header row");
            }
        }
        return entries;
    }

    private static boolean isBlankRow(List<String> cols) {
        return cols.stream().allMatch(String::isBlank);
    }

    static boolean parseCase(String v, String file, int line) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "", "insensitive", "no", "false" -> false;
            case "sensitive", "yes", "true" -> true;
            default -> throw new BadInputException(SourceLocation.ofLine(file, line),
                    "column 'case' must be 'sensitive' or 'insensitive', not '" + v + "'");
        };
    }

    private static String col(List<String> cols, List<String> header, String key) {
        int i = header.indexOf(key);
        return i < 0 || i >= cols.size() ? "" : cols.get(i).trim();
    }

    static List<String> multi(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split("\\|")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- JSON

    private static final Set<String> JSON_FIELDS = Set.of("en", "ar", "variants", "forbidden", "derived", "note",
            "en_variants", "case_sensitive");

    private static List<GlossaryEntry> loadJson(Path file) {
        String name = file.toString();
        JsonNode root;
        try (Reader r = TextFiles.open(file, null)) {
            root = new ObjectMapper().readTree(r);
        } catch (JsonParseException e) {
            JsonLocation loc = e.getLocation();
            throw new BadInputException(SourceLocation.ofPosition(name, loc.getLineNr(), loc.getColumnNr()),
                    "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null) {
            throw new BadInputException(SourceLocation.ofFile(name), "empty JSON file");
        }
        JsonNode list = root.isArray() ? root : root.get("entries");
        if (list == null || !list.isArray()) {
            throw new BadInputException(SourceLocation.ofFile(name),
                    "expected a JSON array of entries or an object with an \"entries\" array");
        }
        Map<Integer, Integer> lines = jsonEntryLines(file);
        List<GlossaryEntry> out = new ArrayList<>();
        int k = 0;
        for (JsonNode e : (ArrayNode) list) {
            k++;
            int line = lines.getOrDefault(k, 0);
            SourceLocation at = line > 0 ? SourceLocation.ofLine(name, line) : SourceLocation.ofFile(name);
            String where = "entry " + k + ": ";
            if (!e.isObject()) {
                throw new BadInputException(at, where + "an entry must be a JSON object");
            }
            for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!JSON_FIELDS.contains(f)) {
                    throw new BadInputException(at, where + "unknown field \"" + f + "\" (known: "
                            + String.join(", ", new java.util.TreeSet<>(JSON_FIELDS)) + ")");
                }
            }
            String en = text(e.get("en"), at, where + "\"en\"");
            List<String> ar = strings(e.get("ar"), at, where + "\"ar\"");
            if (en.isBlank() || ar.isEmpty()) {
                throw new BadInputException(at, where + "an entry needs both \"en\" and \"ar\"");
            }
            JsonNode cs = e.get("case_sensitive");
            if (cs != null && !cs.isBoolean()) {
                throw new BadInputException(at, where + "\"case_sensitive\" must be true or false");
            }
            out.add(new GlossaryEntry(en.strip(), cs != null && cs.booleanValue(), ar,
                    strings(e.get("variants"), at, where + "\"variants\""),
                    strings(e.get("forbidden"), at, where + "\"forbidden\""),
                    strings(e.get("derived"), at, where + "\"derived\""),
                    text(e.get("note"), at, where + "\"note\""), line > 0 ? line : k,
                    strings(e.get("en_variants"), at, where + "\"en_variants\"")));
        }
        return out;
    }

    /** Line of the k-th entry object (1-based k), by streaming the file once more with locations. */
    private static Map<Integer, Integer> jsonEntryLines(Path file) {
        Map<Integer, Integer> out = new HashMap<>();
        try (Reader r = TextFiles.open(file, null);
             com.fasterxml.jackson.core.JsonParser p = new ObjectMapper().getFactory().createParser(r)) {
            int depth = 0;
            int arrayDepth = -1;
            int k = 0;
            com.fasterxml.jackson.core.JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == com.fasterxml.jackson.core.JsonToken.START_ARRAY && arrayDepth < 0
                        && (depth == 0 || "entries".equals(p.getParsingContext().getParent().getCurrentName()))) {
                    arrayDepth = depth + 1;
                }
                if (t.isStructStart()) {
                    depth++;
                    if (t == com.fasterxml.jackson.core.JsonToken.START_OBJECT && depth == arrayDepth + 1) {
                        out.put(++k, p.currentTokenLocation().getLineNr());
                    }
                } else if (t.isStructEnd()) {
                    depth--;
                }
            }
        } catch (IOException | RuntimeException e) {
            // lines are a courtesy for messages; the content was already parsed successfully
        }
        return out;
    }

    private static String text(JsonNode n, SourceLocation at, String what) {
        if (n == null || n.isNull()) {
            return "";
        }
        if (!n.isTextual()) {
            throw new BadInputException(at, what + " must be a string");
        }
        return n.textValue();
    }

    private static List<String> strings(JsonNode n, SourceLocation at, String what) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isTextual()) {
            return multi(n.textValue());
        }
        if (!n.isArray()) {
            throw new BadInputException(at, what + " must be a string or an array of strings");
        }
        for (JsonNode v : n) {
            if (!v.isTextual()) {
                throw new BadInputException(at, what + " must contain strings only");
            }
            if (!v.textValue().isBlank()) {
                out.add(v.textValue().strip());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- checks

    /**
     * Every Arabic form must keep a word after normalisation: a cell holding only a bidi mark, tatweel
     * or harakat would otherwise be an entry that nothing can satisfy (every occurrence a finding).
     */
    private static void checkArabicForms(String name, List<GlossaryEntry> entries) {
        for (GlossaryEntry e : entries) {
            for (List<String> forms : List.of(e.approved(), e.variants(), e.forbidden(), e.derived())) {
                for (String f : forms) {
                    if (TermMatcher.arabicKeys(f).isEmpty()) {
                        throw new BadInputException(e.line() > 0 ? SourceLocation.ofLine(name, e.line())
                                : SourceLocation.ofFile(name), "the Arabic form '" + f + "' of '" + e.en()
                                + "' has no letters (only marks, tatweel or invisible characters)");
                    }
                }
            }
        }
    }

    private static void checkDuplicates(String name, List<GlossaryEntry> entries) {
        Map<String, GlossaryEntry> seen = new LinkedHashMap<>();
        for (GlossaryEntry e : entries) {
            for (String f : e.englishForms()) {
                String key = f.toLowerCase(Locale.ROOT);
                GlossaryEntry before = seen.putIfAbsent(key, e);
                if (before != null && before != e) {
                    throw new BadInputException(SourceLocation.ofLine(name, e.line()), "English term '" + f
                            + "' already has an entry" + (before.line() > 0 ? " (line " + before.line() + ")" : ""));
                }
            }
        }
    }

}
