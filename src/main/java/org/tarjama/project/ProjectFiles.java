package org.tarjama.project;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjama.io.AtomicOutput;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * Reads and writes alignment project files. Reading checks everything a hand-edited or truncated file
 * can get wrong (JSON syntax, format name, version, fields, bead coverage) and names the file and the
 * line and column of the problem; writing goes through a temporary file renamed into place.
 */
public final class ProjectFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ProjectFiles() {
    }

    /** Reads a project file. */
    public static AlignmentProject read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(SourceLocation.ofFile(file.toString()), "no such file");
        } catch (IOException e) {
            throw new BadInputException(SourceLocation.ofFile(file.toString()),
                    Files.isDirectory(file) ? "is a directory, not a project file" : "cannot read: " + e.getMessage());
        }
        return parse(bytes, file.toString());
    }

    /** Parses the bytes of a project file; {@code name} is used in error messages. */
    public static AlignmentProject parse(byte[] bytes, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String msg = e.getOriginalMessage();
            if (msg != null && msg.startsWith("Unexpected end-of-input")) {
                msg = "the file ends too early (truncated?): " + msg;
            }
            throw new BadInputException(l == null ? SourceLocation.ofFile(name)
                    : SourceLocation.ofPosition(name, l.getLineNr(), l.getColumnNr()), "not a valid project file: " + firstLine(msg));
        } catch (java.io.CharConversionException e) {
            // Jackson's byte-order detection took the bytes for UTF-32 and found no character there (issue 15,
            // found by ProjectFilesFuzzTest): bad input, not an I/O failure
            throw new BadInputException(SourceLocation.ofFile(name), "not a valid project file: not UTF-8 JSON ("
                    + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode()) {
            throw new BadInputException(SourceLocation.ofFile(name), "empty file, not a project file");
        }
        try {
            return fromJson(root);
        } catch (Problem p) {
            throw new BadInputException(locate(bytes, name, p.pointer), p.pointer + ": " + p.getMessage());
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed JSON";
        }
        int k = s.indexOf('\n');
        return k < 0 ? s : s.substring(0, k);
    }

    /** A structural problem at a JSON pointer. */
    public static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String pointer;

        Problem(String pointer, String message) {
            super(message, null, false, false);
            this.pointer = pointer.isEmpty() ? "/" : pointer;
        }

        /** The JSON pointer of the wrong value. */
        public String pointer() {
            return pointer;
        }
    }

    /** Line and column of the value at a JSON pointer, found by streaming through the bytes once more. */
    private static SourceLocation locate(byte[] bytes, String name, String pointer) {
        try (JsonParser p = new JsonFactory().createParser(bytes)) {
            JsonPointer want = JsonPointer.compile(pointer.equals("/") ? "" : pointer);
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    continue;
                }
                if (p.getParsingContext().pathAsPointer().equals(want)
                        || (t.isStructStart() && p.getParsingContext().getParent() != null
                        && p.getParsingContext().getParent().pathAsPointer().equals(want))) {
                    JsonLocation l = p.currentTokenLocation();
                    return SourceLocation.ofPosition(name, l.getLineNr(), l.getColumnNr());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // fall back to the file alone
        }
        return SourceLocation.ofFile(name);
    }

    /** Builds a project from its JSON tree; throws {@link Problem} naming where it is wrong. */
    static AlignmentProject fromJson(JsonNode root) {
        if (!root.isObject()) {
            throw new Problem("", "a project file is a JSON object");
        }
        String format = text(root, "/format", "format");
        if (!AlignmentProject.FORMAT.equals(format)) {
            throw new Problem("/format", "not an alignment project (format is '" + format + "', expected '"
                    + AlignmentProject.FORMAT + "')");
        }
        JsonNode v = root.get("version");
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new Problem("/version", "the format version must be a whole number");
        }
        if (v.asInt() > AlignmentProject.VERSION) {
            throw new Problem("/version", "this project is format version " + v.asInt() + ", newer than this Tarjama ("
                    + org.tarjama.model.TarjamaVersion.get() + ") reads (version " + AlignmentProject.VERSION
                    + "): use a newer Tarjama");
        }
        if (v.asInt() < 1) {
            throw new Problem("/version", "unknown format version " + v.asInt());
        }
        JsonNode langs = object(root, "/languages", "languages");
        String src = text(langs, "/languages/source", "source");
        String tgt = text(langs, "/languages/target", "target");
        JsonNode tool = root.path("tool");
        String version = tool.path("version").asText("");
        Map<String, Object> aligner = new LinkedHashMap<>();
        JsonNode al = root.path("aligner");
        if (al.isObject()) {
            al.fields().forEachRemaining(e -> aligner.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class)));
        }
        long revision = root.path("revision").asLong(0);
        JsonNode docs = root.get("documents");
        if (docs == null || !docs.isArray()) {
            throw new Problem("/documents", "a list of documents is needed");
        }
        List<ProjectDocument> out = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            out.add(documentFromJson(docs.get(k), "/documents/" + k));
        }
        return new AlignmentProject(src, tgt, version, aligner, revision, out);
    }

    /** One document from its JSON (as in the file, and as the workbench's API sends it). */
    public static ProjectDocument documentFromJson(JsonNode d, String where) {
        if (!d.isObject()) {
            throw new Problem(where, "a document is a JSON object");
        }
        String id = d.path("id").asText("");
        SourceFile source = sourceFile(object(d, where + "/source", "source"), where + "/source");
        SourceFile target = sourceFile(object(d, where + "/target", "target"), where + "/target");
        boolean paragraphs = d.path("paragraphs").asBoolean(true);
        List<ProjectSentence> en = sentences(d, where, "en");
        List<ProjectSentence> ar = sentences(d, where, "ar");
        JsonNode beads = d.get("beads");
        if (beads == null || !beads.isArray()) {
            throw new Problem(where + "/beads", "a list of beads is needed");
        }
        List<ProjectBead> bs = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (int k = 0; k < beads.size(); k++) {
            String bw = where + "/beads/" + k;
            JsonNode b = beads.get(k);
            if (!b.isObject()) {
                throw new Problem(bw, "a bead is a JSON object");
            }
            int[] e = run(b, bw, "en", i, en.size());
            int[] a = run(b, bw, "ar", j, ar.size());
            if (e[1] + a[1] == 0) {
                throw new Problem(bw, "a bead needs at least one sentence");
            }
            JsonNode sc = b.get("score");
            if (sc == null || !sc.isNumber() || !(sc.asDouble() >= 0 && sc.asDouble() <= 1)) {
                throw new Problem(bw + "/score", "the score must be a number between 0 and 1");
            }
            BeadStatus st = BeadStatus.parse(b.path("status").asText(""));
            if (st == null) {
                throw new Problem(bw + "/status", "the status must be auto, confirmed or rejected, not '"
                        + b.path("status").asText("") + "'");
            }
            bs.add(new ProjectBead(e[0], e[1], a[0], a[1], sc.asDouble(), st));
            i += e[1];
            j += a[1];
        }
        if (i != en.size() || j != ar.size()) {
            throw new Problem(where + "/beads", "the beads cover " + i + " of " + en.size() + " English and " + j + " of "
                    + ar.size() + " Arabic sentences: every sentence must be in exactly one bead");
        }
        List<String> warnings = new ArrayList<>();
        d.path("warnings").forEach(w -> warnings.add(w.asText()));
        return new ProjectDocument(id, source, target, paragraphs, en, ar, bs, warnings);
    }

    /** A bead side: consecutive sentence indices starting at {@code next}; returns {start, count}. */
    private static int[] run(JsonNode b, String where, String side, int next, int size) {
        JsonNode idx = b.get(side);
        if (idx == null || !idx.isArray()) {
            throw new Problem(where + "/" + side, "a list of sentence indices is needed");
        }
        for (int k = 0; k < idx.size(); k++) {
            JsonNode x = idx.get(k);
            if (!x.isIntegralNumber() || x.asInt() != next + k) {
                throw new Problem(where + "/" + side + "/" + k, "expected sentence " + (next + k) + " (beads take the "
                        + ("en".equals(side) ? "English" : "Arabic") + " sentences in order), found " + x);
            }
            if (next + k >= size) {
                throw new Problem(where + "/" + side + "/" + k, "there is no sentence " + (next + k));
            }
        }
        return new int[] {next, idx.size()};
    }

    private static List<ProjectSentence> sentences(JsonNode d, String where, String side) {
        JsonNode list = d.get(side);
        if (list == null || !list.isArray()) {
            throw new Problem(where + "/" + side, "a list of sentences is needed");
        }
        List<ProjectSentence> out = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
            JsonNode s = list.get(k);
            String w = where + "/" + side + "/" + k;
            if (!s.isObject() || !s.path("text").isTextual()) {
                throw new Problem(w, "a sentence is an object with a text");
            }
            out.add(new ProjectSentence(s.get("text").asText(), s.path("paragraph").asInt(0), s.path("start").asInt(0),
                    s.path("end").asInt(0)));
        }
        return out;
    }

    private static SourceFile sourceFile(JsonNode n, String where) {
        return new SourceFile(text(n, where + "/name", "name"), n.path("path").asText(""), n.path("sha256").asText(""),
                n.path("size").asLong(-1));
    }

    private static JsonNode object(JsonNode n, String where, String field) {
        JsonNode x = n.get(field);
        if (x == null || !x.isObject()) {
            throw new Problem(where, "'" + field + "' is missing or not an object");
        }
        return x;
    }

    private static String text(JsonNode n, String where, String field) {
        JsonNode x = n.get(field);
        if (x == null || !x.isTextual()) {
            throw new Problem(where, "'" + field + "' is missing or not a string");
        }
        return x.asText();
    }

    /** The project as its JSON tree. */
    public static ObjectNode toJson(AlignmentProject p) {
        ObjectNode root = F.objectNode();
        root.put("format", AlignmentProject.FORMAT);
        root.put("version", AlignmentProject.VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "tarjama");
        tool.put("version", p.tarjamaVersion());
        ObjectNode langs = root.putObject("languages");
        langs.put("source", p.sourceLang());
        langs.put("target", p.targetLang());
        root.set("aligner", JSON.valueToTree(p.aligner()));
        root.put("revision", p.revision());
        ArrayNode docs = root.putArray("documents");
        for (ProjectDocument d : p.documents()) {
            docs.add(documentToJson(d));
        }
        return root;
    }

    /** One document as JSON. */
    public static ObjectNode documentToJson(ProjectDocument d) {
        ObjectNode o = F.objectNode();
        o.put("id", d.id());
        o.set("source", fileJson(d.source()));
        o.set("target", fileJson(d.target()));
        o.put("paragraphs", d.paragraphs());
        o.set("en", sentencesJson(d.en()));
        o.set("ar", sentencesJson(d.ar()));
        ArrayNode beads = o.putArray("beads");
        for (ProjectBead b : d.beads()) {
            ObjectNode jb = beads.addObject();
            ArrayNode e = jb.putArray("en");
            for (int k = 0; k < b.enCount(); k++) {
                e.add(b.enStart() + k);
            }
            ArrayNode a = jb.putArray("ar");
            for (int k = 0; k < b.arCount(); k++) {
                a.add(b.arStart() + k);
            }
            jb.put("type", b.type());
            jb.put("score", b.score());
            jb.put("status", b.status().id());
        }
        ArrayNode w = o.putArray("warnings");
        d.warnings().forEach(w::add);
        return o;
    }

    private static ObjectNode fileJson(SourceFile f) {
        ObjectNode o = F.objectNode();
        o.put("name", f.name());
        o.put("path", f.path());
        o.put("sha256", f.sha256());
        o.put("size", f.size());
        return o;
    }

    private static ArrayNode sentencesJson(List<ProjectSentence> ss) {
        ArrayNode a = F.arrayNode();
        for (ProjectSentence s : ss) {
            ObjectNode o = a.addObject();
            o.put("text", s.text());
            o.put("paragraph", s.paragraph());
            o.put("start", s.start());
            o.put("end", s.end());
        }
        return a;
    }

    /** The bytes of the project file. */
    public static byte[] serialize(AlignmentProject p) {
        try {
            byte[] b = JSON.writeValueAsBytes(toJson(p));
            byte[] out = java.util.Arrays.copyOf(b, b.length + 1);
            out[b.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the project atomically (temporary file renamed over the target). */
    public static void write(Path file, AlignmentProject p) {
        writeBytes(file, serialize(p));
    }

    /** Writes bytes atomically. */
    public static void writeBytes(Path file, byte[] bytes) {
        try (AtomicOutput out = AtomicOutput.create(file)) {
            out.stream().write(bytes);
            out.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** SHA-256 of a file, hex; empty when it cannot be read (stdin). */
    public static String sha256(Path file) {
        if (file == null || file.toString().equals("-") || !Files.isRegularFile(file)) {
            return "";
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int k;
            while ((k = in.read(buf)) > 0) {
                md.update(buf, 0, k);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of bytes, hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A source file's record: its name as the aligner had it, its path relative to the project's folder. */
    public static SourceFile sourceFile(String name, Path file, Path projectFile) {
        if (file == null || file.toString().equals("-")) {
            return new SourceFile(name, "", "", -1);
        }
        String rel = file.toString();
        try {
            Path base = projectFile == null ? Path.of("").toAbsolutePath()
                    : projectFile.toAbsolutePath().normalize().getParent();
            if (base != null) {
                rel = base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
            }
        } catch (IllegalArgumentException e) {
            rel = file.toAbsolutePath().toString();
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        return new SourceFile(name, rel, sha256(file), size);
    }

    /**
     * Warnings for source documents that changed since the alignment (checksum differs) or are gone;
     * empty when every one is as it was.
     */
    public static List<String> sourceWarnings(AlignmentProject p, Path projectFile) {
        List<String> out = new ArrayList<>();
        Path base = projectFile.toAbsolutePath().normalize().getParent();
        for (ProjectDocument d : p.documents()) {
            for (SourceFile f : List.of(d.source(), d.target())) {
                if (f.path().isEmpty() || f.sha256().isEmpty()) {
                    continue;
                }
                Path file = base == null ? Path.of(f.path()) : base.resolve(f.path());
                if (!Files.isRegularFile(file)) {
                    out.add(projectFile + ": source document " + f.name() + " is no longer at " + file);
                } else if (!sha256(file).equals(f.sha256())) {
                    out.add(projectFile + ": source document " + f.name() + " has changed since it was aligned "
                            + "(checksum differs); the project keeps the sentences as they were aligned");
                }
            }
        }
        return out;
    }
}
