package org.tarjama.align;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tarjama.model.Severity;
import org.tarjama.model.TranslationUnit;
import org.tarjama.report.AlignLayout;
import org.tarjama.report.Finding;
import org.tarjama.report.FindingGroup;
import org.tarjama.report.ReportFormat;
import org.tarjama.report.ReportLayout;
import org.tarjama.report.ReportSummary;
import org.tarjama.report.ReportWriter;
import org.tarjama.tmx.TmxProfile;
import org.tarjama.tmx.TmxWriter;
import org.tarjama.tmx.TmxWriterOptions;

/**
 * Writes aligned documents as TMX, TSV, JSON or beads, and hands what was not written (unaligned and
 * low-confidence beads) to {@code report} for {@code --report}. TMX and TSV get only aligned beads with a confidence of at
 * least {@code minScore}; JSON and beads get every bead.
 */
public final class AlignmentWriter {
    /** Output formats. */
    public enum Format { TMX, TSV, JSON, BEADS }

    private final Format format;
    private final String srcLang;
    private final String tgtLang;
    private final double minScore;
    private final TmxProfile profile;
    private final Summary summary = new Summary();

    public AlignmentWriter(Format format, String srcLang, String tgtLang, double minScore) {
        this(format, srcLang, tgtLang, minScore, TmxProfile.GENERIC);
    }

    /** @param profile the CAT tool a TMX output is for (language codes, prop types) */
    public AlignmentWriter(Format format, String srcLang, String tgtLang, double minScore, TmxProfile profile) {
        this.profile = profile;
        this.format = format;
        this.srcLang = srcLang;
        this.tgtLang = tgtLang;
        this.minScore = minScore;
    }

    /** Counts of what was written and what was left out. */
    public static final class Summary {
        long documents;
        long beads;
        long written;
        long enUnaligned;
        long arUnaligned;
        long filtered;

        public long written() {
            return written;
        }

        public long unaligned() {
            return enUnaligned + arUnaligned;
        }

        public long filtered() {
            return filtered;
        }

        /** One line for stderr. */
        public String describe(Path report) {
            String s = String.format(Locale.ROOT, "aligned %d document pair%s: %d beads, %d written; %d English and %d Arabic "
                            + "sentences unaligned, %d beads below --min-score", documents, documents == 1 ? "" : "s", beads,
                    written, enUnaligned, arUnaligned, filtered);
            if (unaligned() + filtered > 0) {
                s += report == null ? " (list them with --report FILE)" : " (listed in " + report + ")";
            }
            return s;
        }
    }

    public Summary summary() {
        return summary;
    }

    private java.util.function.Function<Bead, String> status;

    /**
     * Gives each TMX unit an {@code x-status} prop (the review status of an alignment project's bead);
     * a bead for which the function returns null gets none, as with plain {@code align} output.
     */
    public AlignmentWriter withStatus(java.util.function.Function<Bead, String> beadStatus) {
        this.status = beadStatus;
        return this;
    }

    private boolean kept(Bead b) {
        return !b.isUnaligned() && b.score() >= minScore;
    }

    private final List<org.tarjama.model.Diagnostic> tmxWarnings = new java.util.ArrayList<>();

    /** Warnings the TMX writer gave (characters removed from a unit), in unit order. */
    public List<org.tarjama.model.Diagnostic> tmxWarnings() {
        return List.copyOf(tmxWarnings);
    }

    /** Writes the documents' beads in this writer's format. */
    public void write(List<AlignedDocument> docs, OutputStream stream) {
        for (AlignedDocument d : docs) {
            summary.documents++;
            for (Bead b : d.alignment().beads()) {
                summary.beads++;
                if (b.enCount() == 0) {
                    summary.arUnaligned += b.arCount();
                } else if (b.arCount() == 0) {
                    summary.enUnaligned += b.enCount();
                } else if (b.score() < minScore) {
                    summary.filtered++;
                }
            }
        }
        switch (format) {
            case TMX -> writeTmx(docs, stream);
            case TSV -> writeText(docs, stream, true);
            case BEADS -> writeText(docs, stream, false);
            case JSON -> writeJson(docs, stream);
            default -> throw new IllegalStateException();
        }
    }

    private void writeTmx(List<AlignedDocument> docs, OutputStream stream) {
        // Characters not allowed in XML 1.0 are removed by the writer, which names the unit: keep the warnings.
        TmxWriter w = TmxWriter.create(stream, new TmxWriterOptions(srcLang, tgtLang, profile), tmxWarnings::add);
        for (AlignedDocument d : docs) {
            for (Bead b : d.alignment().beads()) {
                if (!kept(b)) {
                    continue;
                }
                TranslationUnit tu = TranslationUnit.of(String.valueOf(w.count() + 1), srcLang, d.enText(b), tgtLang, d.arText(b))
                        .withProp("x-alignment-score", score(b))
                        .withProp("x-bead", b.type())
                        .withProp("x-source-doc", fileName(d.text().enName()))
                        .withProp("x-target-doc", fileName(d.text().arName()));
                String st = status == null ? null : status.apply(b);
                if (st != null) {
                    tu = tu.withProp("x-status", st);
                }
                w.write(tu);
                summary.written++;
            }
        }
        w.close();
    }

    private void writeText(List<AlignedDocument> docs, OutputStream stream, boolean tsv) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        for (AlignedDocument d : docs) {
            for (Bead b : d.alignment().beads()) {
                if (!tsv) {
                    out.print(b.toBeadString());
                    out.print('\n');
                    summary.written++;
                } else if (kept(b)) {
                    out.print(tsvField(d.enText(b)) + "\t" + tsvField(d.arText(b)) + "\t" + score(b) + "\t" + b.type() + "\n");
                    summary.written++;
                }
            }
        }
        out.flush();
    }

    private void writeJson(List<AlignedDocument> docs, OutputStream stream) {
        Object root;
        if (docs.size() == 1) {
            root = json(docs.get(0));
        } else {
            List<Object> list = new ArrayList<>();
            for (AlignedDocument d : docs) {
                list.add(json(d));
            }
            root = Map.of("documents", list);
        }
        for (AlignedDocument d : docs) {
            summary.written += d.alignment().beads().size();
        }
        writeJsonValue(root, stream);
    }

    private Map<String, Object> json(AlignedDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", d.text().enName());
        m.put("target", d.text().arName());
        m.put("warnings", d.alignment().warnings());
        List<Object> beads = new ArrayList<>();
        for (Bead b : d.alignment().beads()) {
            Map<String, Object> jb = new LinkedHashMap<>();
            jb.put("type", b.type());
            jb.put("score", Double.parseDouble(score(b)));
            jb.put("kept", kept(b));
            jb.put("bead", b.toBeadString());
            jb.put("en", units(d.text().en(), b.enStart(), b.enCount()));
            jb.put("ar", units(d.text().ar(), b.arStart(), b.arCount()));
            beads.add(jb);
        }
        m.put("beads", beads);
        return m;
    }

    private static List<Object> units(List<ParallelText.Unit> units, int start, int count) {
        List<Object> out = new ArrayList<>();
        for (int k = start; k < start + count; k++) {
            ParallelText.Unit u = units.get(k);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", k);
            m.put("text", u.text());
            m.put("line", u.paragraph() + 1);
            m.put("start", u.start());
            m.put("end", u.end());
            out.add(m);
        }
        return out;
    }

    /**
     * Writes the unaligned and filtered beads, as report's findings ({@link #reportFindings}) in
     * {@code format} ({@link ReportLayout#align}: text, JSON or HTML).
     */
    public void writeReport(List<AlignedDocument> docs, OutputStream stream, ReportFormat format) {
        ReportWriter w = ReportWriter.create(format, ReportLayout.align(minScore), stream, "");
        for (AlignedDocument d : docs) {
            w.add(reportFindings(d));
        }
        w.finish(new ReportSummary());
    }

    /**
     * The beads of {@code d} that are not written (unaligned, or below the minimum score) as a group of
     * findings ({@link org.tarjama.report.AlignLayout} says which fields), with the aligner's warnings.
     */
    public FindingGroup reportFindings(AlignedDocument d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("source", d.text().enName());
        fields.put("target", d.text().arName());
        fields.put("warnings", d.alignment().warnings());
        List<Finding> findings = new ArrayList<>();
        for (Bead b : d.alignment().beads()) {
            if (kept(b)) {
                continue;
            }
            String code = b.enCount() == 0 ? AlignLayout.ARABIC_ONLY
                    : b.arCount() == 0 ? AlignLayout.ENGLISH_ONLY : AlignLayout.LOW_SCORE;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", b.type());
            f.put("score", score(b));
            f.put("kept", false);
            f.put("bead", b.toBeadString());
            f.put("en", units(d.text().en(), b.enStart(), b.enCount()));
            f.put("ar", units(d.text().ar(), b.arStart(), b.arCount()));
            findings.add(new Finding(0, "", code, code.equals(AlignLayout.LOW_SCORE) ? Severity.INFO : Severity.WARNING,
                    "", f, b.enCount() > 0 ? d.enText(b) : "", null, b.arCount() > 0 ? d.arText(b) : "", null));
        }
        return new FindingGroup(d.text().enName() + " / " + d.text().arName(), "", fields, findings);
    }

    private static void writeJsonValue(Object root, OutputStream stream) {
        try {
            OutputStreamWriter w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
                    .writeValue(w, root);
            w.write('\n');
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String score(Bead b) {
        return twoDecimals(b.score());
    }

    /**
     * {@code String.format(Locale.ROOT, "%.2f", x)}, without parsing the pattern for every bead (a tenth
     * of an 8,000-sentence align's output time): Formatter rounds the shortest decimal form half up,
     * as {@code BigDecimal.valueOf} then HALF_UP does (AlignmentWriterScoreTest checks the two agree).
     */
    static String twoDecimals(double x) {
        if (!Double.isFinite(x) || x == 0) { // NaN, infinities and -0.0 (BigDecimal has no negative zero)
            return String.format(Locale.ROOT, "%.2f", x);
        }
        return java.math.BigDecimal.valueOf(x).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String tsvField(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String fileName(String name) {
        int k = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return k < 0 ? name : name.substring(k + 1);
    }
}
