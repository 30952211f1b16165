package org.tarjama.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.Path;
import org.tarjama.align.ParallelText;
import org.tarjama.io.TextFiles;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * The document pairs of an {@code align --pairs LIST}: either the single-machine list of
 * {@code english_path<TAB>arabic_path} lines (paths relative to the list; blank and {@code #} lines
 * skipped), or the documents themselves, as {@code id<TAB>english text<TAB>arabic text} lines or JSON
 * lines {@code {"id": …, "en": …, "ar": …}} (a JSON text may hold several paragraphs, one a line).
 */
final class PairsList {
    /** How the list is written. */
    enum Kind { PATHS, TEXTS, JSONL }

    /** One document pair, by its files or its texts; {@code line} is its line in the list (1-based). */
    record Pair(int index, String id, String enPath, String arPath, String enText, String arText, String list, int line)
            implements Serializable {
        boolean byPath() {
            return enPath != null;
        }
    }

    private PairsList() {
    }

    /** The kind of a list: JSON lines by extension, else TSV with 3+ columns (texts) or 2 (paths). */
    static Kind kindOf(String name, String firstDataLine) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return Kind.JSONL;
        }
        return firstDataLine != null && firstDataLine.split("\t", -1).length >= 3 ? Kind.TEXTS : Kind.PATHS;
    }

    /** Reads the list, checking on the driver (before any task runs) that every named file is readable. */
    static List<Pair> read(HadoopIO io, Path list, Kind forced) {
        String name = HadoopIO.display(list);
        List<String> lines;
        try (BufferedReader r = TextFiles.open(io.open(list), name, null)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int k; (k = r.read(buf)) >= 0;) {
                sb.append(buf, 0, k);
            }
            lines = ParallelText.lines(sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
        String first = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse(null);
        Kind kind = forced != null ? forced : kindOf(list.getName(), first);
        Path base = list.getParent();
        List<Pair> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            int lineNo = k + 1;
            if (line.isBlank() || (kind != Kind.JSONL && line.startsWith("#"))) {
                continue;
            }
            SourceLocation at = SourceLocation.ofLine(name, lineNo);
            switch (kind) {
                case PATHS -> {
                    String[] cols = line.split("\t");
                    if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
                        throw new BadInputException(at, "expected 'english_file<TAB>arabic_file'");
                    }
                    Path en = resolve(base, cols[0].trim());
                    Path ar = resolve(base, cols[1].trim());
                    for (Path p : List.of(en, ar)) {
                        String problem = io.problem(p);
                        if (problem != null) {
                            throw new BadInputException(at, HadoopIO.display(p) + ": " + problem);
                        }
                    }
                    out.add(new Pair(out.size(), null, en.toString(), ar.toString(), null, null, name, lineNo));
                }
                case TEXTS -> {
                    String[] cols = line.split("\t", -1);
                    if (cols.length < 3 || cols[0].isBlank()) {
                        throw new BadInputException(at, "expected 'id<TAB>english text<TAB>arabic text'");
                    }
                    out.add(new Pair(out.size(), cols[0].trim(), null, null, cols[1], cols[2], name, lineNo));
                }
                case JSONL -> {
                    JsonNode n;
                    try {
                        n = json.readTree(line);
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new BadInputException(at, "not a JSON object: " + e.getOriginalMessage());
                    }
                    String id = text(n, "id");
                    String en = text(n, "en") != null ? text(n, "en") : text(n, "english");
                    String ar = text(n, "ar") != null ? text(n, "ar") : text(n, "arabic");
                    if (n == null || !n.isObject() || id == null || id.isBlank() || en == null || ar == null) {
                        throw new BadInputException(at, "expected {\"id\": …, \"en\": …, \"ar\": …}");
                    }
                    out.add(new Pair(out.size(), id, null, null, en, ar, name, lineNo));
                }
                default -> throw new IllegalStateException();
            }
        }
        if (out.isEmpty()) {
            throw new BadInputException(SourceLocation.ofFile(name), "no document pairs in the list");
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.isTextual() ? v.textValue() : v.toString();
    }

    private static Path resolve(Path base, String p) {
        Path path = new Path(p);
        return path.isAbsolute() || path.toUri().getScheme() != null || base == null ? path : new Path(base, path);
    }
}
