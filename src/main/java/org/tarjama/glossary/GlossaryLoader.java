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
        String[] layout = {""};
        switch (format) {
            case TSV -> entries = loadDelimited(file, '\t', layout);
            case CSV -> entries = loadDelimited(file, ',', layout);
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
        return new Glossary(name, entries, warnings, layout[0]);
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

    /** Header names other tools write, as the column they mean (compared lower-case, spaces, '-' and '_' alike). */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("english", COL_EN), Map.entry("source", COL_EN), Map.entry("src", COL_EN), Map.entry("eng", COL_EN),
            Map.entry("source term", COL_EN), Map.entry("source language", COL_EN), Map.entry("term en", COL_EN),
            Map.entry("arabic", COL_AR), Map.entry("target", COL_AR), Map.entry("tgt", COL_AR), Map.entry("ara", COL_AR),
            Map.entry("target term", COL_AR), Map.entry("target language", COL_AR), Map.entry("term ar", COL_AR),
            Map.entry("translation", COL_AR), Map.entry("عربي", COL_AR), Map.entry("العربية", COL_AR),
            Map.entry("notes", COL_NOTE), Map.entry("comment", COL_NOTE), Map.entry("comments", COL_NOTE),
            Map.entry("description", COL_NOTE), Map.entry("definition", COL_NOTE), Map.entry("remark", COL_NOTE),
            Map.entry("remarks", COL_NOTE), Map.entry("context", COL_NOTE),
            Map.entry("variant", COL_VARIANTS), Map.entry("arabic variants", COL_VARIANTS),
            Map.entry("forbidden terms", COL_FORBIDDEN), Map.entry("english variants", COL_EN_VARIANTS),
            Map.entry("case sensitive", COL_CASE));

    /** The column a header cell names, or null: Tarjama's own names, the aliases, and language codes en-US, ar-SA, … */
    static String column(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').strip();
        String key = h.replace('-', '_');
        if (COLUMNS.contains(key)) {
            return key;
        }
        String spaced = h.replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
        String alias = ALIASES.get(spaced);
        if (alias != null) {
            return alias;
        }
        // Language codes with a region or script (en-US, en_GB, ar-SA, ar-AE, ar-Arab-EG) and names with one
        // ("English (United States)", "Arabic (Saudi Arabia)").
        if (h.matches("en[-_][a-z0-9]{2,8}([-_][a-z0-9]{2,8})?") || h.matches("english\\s*\\(.*\\)")) {
            return COL_EN;
        }
        if (h.matches("ar[-_][a-z0-9]{2,8}([-_][a-z0-9]{2,8})?") || h.matches("arabic\\s*\\(.*\\)")) {
            return COL_AR;
        }
        return null;
    }

    private static boolean hasArabic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    private static boolean hasLatin(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /** First rows that are not blank or comments, parsed with {@code format}. */
    private static List<List<String>> sample(Path file, org.apache.commons.csv.CSVFormat format, int max) {
        List<List<String>> out = new ArrayList<>();
        try (DelimitedRows rows = DelimitedRows.open(file, format, null)) {
            List<String> cols;
            while (out.size() < max && (cols = rows.next()) != null) {
                if (!isBlankRow(cols) && !cols.get(0).startsWith("#")) {
                    out.add(cols);
                }
            }
        } catch (BadInputException e) {
            // a malformed row (an unterminated quote): judge by the rows before it; the load reports it
        }
        return out;
    }

    /**
     * The delimiter of a delimited glossary. TSV files ({@code .tsv}, {@code .txt}) are tab-separated;
     * a {@code .csv} is comma- or semicolon-separated (Excel writes ';' under Arabic and many European
     * locales): the one that splits every sampled row into the same number (at least two) of columns
     * wins; when both do, or neither, the file is refused with the reason.
     */
    private static char delimiter(Path file, char declared) {
        if (declared == '\t') {
            return '\t';
        }
        String name = file.toString();
        char[] candidates = {',', ';'};
        List<Character> consistent = new ArrayList<>();
        int[] widths = new int[2];
        for (int k = 0; k < candidates.length; k++) {
            List<List<String>> rows = sample(file, DelimitedRows.CSV.builder().setDelimiter(candidates[k]).build(), 50);
            if (rows == null || rows.isEmpty()) {
                continue;
            }
            int w = rows.get(0).size();
            boolean same = w >= 2 && rows.stream().allMatch(r -> r.size() == w
                    || r.size() > w && r.subList(w, r.size()).stream().allMatch(String::isBlank));
            if (same) {
                consistent.add(candidates[k]);
                widths[k] = w;
            }
        }
        if (consistent.size() == 1) {
            return consistent.get(0);
        }
        if (consistent.isEmpty()) {
            throw new BadInputException(SourceLocation.ofFile(name), "neither ',' nor ';' splits every row into the same "
                    + "number of columns (at least two): not a CSV glossary (quote cells that hold the separator)");
        }
        throw new BadInputException(SourceLocation.ofFile(name), "ambiguous CSV: both ',' (" + widths[0] + " columns) and ';' ("
                + widths[1] + " columns) split every row evenly; quote the cells that hold the other character, or save it as TSV");
    }

    private static List<GlossaryEntry> loadDelimited(Path file, char declaredSep, String[] layout) {
        String name = file.toString();
        char sep = delimiter(file, declaredSep);
        org.apache.commons.csv.CSVFormat format = sep == '\t' ? DelimitedRows.TSV
                : sep == ',' ? DelimitedRows.CSV : DelimitedRows.CSV.builder().setDelimiter(sep).build();
        String sepName = sep == '\t' ? "tab" : sep == ',' ? "comma" : "semicolon";
        List<GlossaryEntry> entries = new ArrayList<>();
        try (DelimitedRows rows = DelimitedRows.open(file, format, null)) {
            List<String> header = null;
            boolean aliased = false;
            List<String> cols;
            while ((cols = rows.next()) != null) {
                int no = rows.startLine();
                if (isBlankRow(cols) || cols.get(0).startsWith("#")) {
                    continue;
                }
                if (header == null) {
                    header = new ArrayList<>();
                    List<String> unknown = new ArrayList<>();
                    for (String h : cols) {
                        String key = column(h);
                        if (key == null) {
                            if (!h.isBlank()) {
                                unknown.add(h.strip());
                            }
                            header.add(null);
                            continue;
                        }
                        if (header.contains(key)) {
                            throw new BadInputException(SourceLocation.ofLine(name, no), "column '" + key
                                    + "' appears twice in the header row");
                        }
                        aliased |= !key.equals(h.strip().toLowerCase(Locale.ROOT).replace('-', '_'));
                        header.add(key);
                    }
                    while (!header.isEmpty() && header.get(header.size() - 1) == null
                            && cols.get(header.size() - 1).isBlank()) {
                        header.remove(header.size() - 1);
                    }
                    boolean named = header.stream().anyMatch(java.util.Objects::nonNull);
                    if (!named) {
                        // No known column name: the first row is an entry of a headerless glossary (OmegaT's
                        // English<TAB>Arabic[<TAB>note]) if it reads as one.
                        int width = cols.size();
                        while (width > 0 && cols.get(width - 1).isBlank()) {
                            width--;
                        }
                        if ((width == 2 || width == 3) && hasArabic(cols.get(1)) && !hasArabic(cols.get(0))) {
                            header = new ArrayList<>(width == 2 ? List.of(COL_EN, COL_AR) : List.of(COL_EN, COL_AR, COL_NOTE));
                            layout[0] = sepName + "-separated, no header row: columns " + String.join(", ", header);
                        } else {
                            String why = width < 2 ? "it has one column (" + sepName + "-separated?)"
                                    : width > 3 ? "a headerless glossary has two or three columns (English, Arabic, note), this row has " + width
                                    : hasArabic(cols.get(0)) ? "its first column is Arabic (a headerless glossary is English first; "
                                            + "add a header row such as 'ar" + (sep == '\t' ? "<TAB>" : String.valueOf(sep)) + "en')"
                                    : "its second column has no Arabic";
                            throw new BadInputException(SourceLocation.ofLine(name, no), "the first row is neither a header "
                                    + "(columns such as en, ar, English, Arabic, Source, Target, en-US, ar-SA, note) nor an entry: " + why);
                        }
                    } else {
                        if (!unknown.isEmpty()) {
                            throw new BadInputException(SourceLocation.ofLine(name, no), "unknown column '" + unknown.get(0)
                                    + "' in the header row (known: " + String.join(", ", COLUMNS)
                                    + ", and English/Arabic, Source/Target, en-US/ar-SA, Notes, Comment)");
                        }
                        if (!header.contains(COL_EN) || !header.contains(COL_AR)) {
                            throw new BadInputException(SourceLocation.ofLine(name, no),
                                    "the header row must name the columns 'en' and 'ar' (or English/Arabic, Source/Target, en-US/ar-SA; "
                                            + sepName + "-separated)");
                        }
                        if (aliased || sep != declaredSep) {
                            List<String> said = new ArrayList<>();
                            for (int c = 0; c < header.size(); c++) {
                                if (header.get(c) != null) {
                                    said.add(cols.get(c).strip() + " = " + header.get(c));
                                }
                            }
                            layout[0] = sepName + "-separated, header row: " + String.join(", ", said);
                        }
                        continue;
                    }
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

    /**
     * Jackson with the glossary-cell limit as its longest string (docs/limits.md): a 30 MB string is
     * refused at its first megabyte instead of being buffered whole.
     */
    private static ObjectMapper jsonMapper() {
        com.fasterxml.jackson.core.JsonFactory f = com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                        .maxStringLength(org.tarjama.model.Limits.cellChars())
                        .maxNumberLength(1000)
                        .maxNestingDepth(200)
                        .build())
                .build();
        return new ObjectMapper(f);
    }

    private static List<GlossaryEntry> loadJson(Path file) {
        String name = file.toString();
        JsonNode root;
        com.fasterxml.jackson.core.JsonParser parser = null;
        try (Reader r = TextFiles.openWhole(file, null)) {
            ObjectMapper mapper = jsonMapper();
            parser = mapper.getFactory().createParser(r);
            root = mapper.readTree(parser);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            JsonLocation loc = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentTokenLocation();
            SourceLocation at = loc == null ? SourceLocation.ofFile(name) : SourceLocation.ofPosition(name, loc.getLineNr(), loc.getColumnNr());
            throw new BadInputException(at, "a JSON value longer than " + org.tarjama.model.Limits.count(
                    org.tarjama.model.Limits.cellChars()) + " characters, or nested too deeply ("
                    + org.tarjama.model.Limits.raise("cellChars") + ")");
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
        try (Reader r = TextFiles.openWhole(file, null);
             com.fasterxml.jackson.core.JsonParser p = jsonMapper().getFactory().createParser(r)) {
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
