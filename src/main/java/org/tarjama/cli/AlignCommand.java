package org.tarjama.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarjama.align.AlignedDocument;
import org.tarjama.align.AlignerConfig;
import org.tarjama.align.AlignmentWriter;
import org.tarjama.align.DocumentPairs;
import org.tarjama.align.GlossaryAnchors;
import org.tarjama.align.ParallelText;
import org.tarjama.align.ScriptCheck;
import org.tarjama.glossary.GlossaryLoader;
import org.tarjama.align.Lexicon;
import org.tarjama.align.NameMatcher;
import org.tarjama.align.TransliterationNames;
import org.tarjama.io.OutputTargets;
import org.tarjama.io.TextFiles;
import org.tarjama.report.ReportFormat;
import org.tarjama.tmx.TmxProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarjama align}: pairs the sentences of an English document and its Arabic translation. */
@Command(name = "align", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Align an English document with its Arabic translation into a translation memory.",
            "Input: plain text, one paragraph per line, or .docx/.odt/.html/.xlf documents (paragraphs from their "
                + "structure); paragraphs are segmented into sentences and aligned first. With --segmented, one sentence "
                + "per line used as-is. Each bead (n English : m Arabic sentences) "
                + "gets a confidence in [0,1]. Unaligned (1-0/0-1) and --min-score-filtered beads are never written "
                + "to the TMX/TSV silently: they are counted on stderr and listed with --report."},
        footer = {"", "Examples:",
            "  tarjama align article.en.txt article.ar.txt -o article.tmx",
            "  tarjama align --segmented --format beads doc.en doc.ar",
            "  tarjama align --pairs list.tsv -o corpus.tmx --min-score 0.5 --report dropped.txt"})
public final class AlignCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "FILE", description = "EN_FILE AR_FILE (English source, Arabic translation).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--pairs", paramLabel = "LIST.tsv",
            description = "Batch mode: align every 'en_path<TAB>ar_path' pair of this list (paths relative to the list) "
                    + "into one output, in parallel.")
    Path pairs;

    @Option(names = "--segmented", description = "Inputs are one sentence per line (blank lines skipped): do not segment, do not align paragraphs.")
    boolean segmented;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "tmx, tsv (en<TAB>ar<TAB>score<TAB>bead), json (every bead with sentences, offsets, score, type), "
                    + "project (an alignment project to review with 'tarjama review', see docs/review.md) "
                    + "or beads ([1, 2]:[1] per line, English indices left, 0-based). Default: from -o's extension "
                    + "(.tmx, .tsv, .json, .tjp, .beads), else tmx; an extension naming another format is refused.")
    String format;

    /** What each output extension holds (the first format is the one it implies). */
    static final java.util.Map<String, List<String>> EXTENSIONS = OutputFormat.of(
            "tmx=tmx", "tsv=tsv", "json=json,project", "tjp=project", "beads=beads");

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (written atomically); default stdout.")
    Path output;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of both inputs (default: detected; UTF-8/UTF-16 with or without BOM, UTF-8, "
                    + "windows-1256, ISO-8859-6). See --en-encoding and --ar-encoding for one side.")
    String encoding;

    @Option(names = "--en-encoding", paramLabel = "CHARSET",
            description = "Encoding of the English input only (overrides --encoding for it).")
    String enEncoding;

    @Option(names = "--ar-encoding", paramLabel = "CHARSET",
            description = "Encoding of the Arabic input only (overrides --encoding for it), e.g. windows-1256 "
                    + "for a legacy Arabic file beside a UTF-8 English one.")
    String arEncoding;

    @Option(names = "--force", description = "Align even when the files look swapped (the English file mostly Arabic script).")
    boolean force;

    @Option(names = "--source-lang", paramLabel = "LANG", defaultValue = "en", description = "TMX language of the English side (default: ${DEFAULT-VALUE}).")
    String sourceLang;

    @Option(names = "--target-lang", paramLabel = "LANG", defaultValue = "ar", description = "TMX language of the Arabic side (default: ${DEFAULT-VALUE}).")
    String targetLang;

    @Option(names = "--profile", paramLabel = "TOOL", defaultValue = "generic",
            description = "CAT tool the TMX is for: generic, omegat, trados, memoq, phrase (language codes and prop types; "
                    + "see the TMX section of docs/reference.md). Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--min-score", paramLabel = "X", defaultValue = "0",
            description = "Keep beads with a confidence below X out of the TMX/TSV (they go to the report). Default: ${DEFAULT-VALUE}.")
    double minScore;

    private static final java.util.Map<String, List<String>> REPORT_EXTENSIONS =
            OutputFormat.of("json=json", "html=html", "htm=html");

    @Option(names = "--report", paramLabel = "FILE",
            description = "List unaligned and filtered beads here (JSON when FILE ends in .json, an HTML review page for "
                    + ".html or .htm, text otherwise).")
    Path report;

    @Option(names = "--dictionary", paramLabel = "FILE.tsv", description = "Extra bilingual dictionary: english<TAB>arabic[|arabic…] per line.")
    Path dictionary;

    @Option(names = "--glossary", paramLabel = "FILE", description = "Glossary (tsv/csv/tbx/json) whose term pairs become alignment anchors.")
    Path glossary;

    @Option(names = "--no-learn", description = "Do not learn a translation lexicon from the documents.")
    boolean noLearn;

    /** The proper-name matcher the aligner uses (transliteration similarity once available). */
    static NameMatcher nameMatcher() {
        return new TransliterationNames();
    }

    @Override
    public Integer call() {
        format = OutputFormat.resolve("--format", format, output, "tmx", EXTENSIONS);
        if (!List.of("tmx", "tsv", "json", "beads", "project").contains(format)) {
            throw new UsageException("--format must be tmx, tsv, json, beads or project, not '" + format + "'");
        }
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new UsageException("--min-score must be between 0 and 1");
        }
        if (pairs != null && !files.isEmpty()) {
            throw new UsageException("give either EN_FILE AR_FILE or --pairs LIST.tsv, not both");
        }
        if (pairs == null && files.size() != 2) {
            throw new UsageException("two files are needed: EN_FILE AR_FILE (or --pairs LIST.tsv)");
        }
        if (pairs != null && (format.equals("beads"))) {
            throw new UsageException("--format beads is for one document pair; use tmx, tsv or json with --pairs");
        }
        for (String[] l : new String[][] {{"--source-lang", sourceLang}, {"--target-lang", targetLang}}) {
            if (!l[1].matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*")) {
                throw new UsageException(l[0] + " takes a language code such as en, ar or ar-SA, not '" + l[1] + "'");
            }
        }
        if (org.tarjama.model.Languages.canonical(sourceLang).equals(org.tarjama.model.Languages.canonical(targetLang))) {
            throw new UsageException("--source-lang and --target-lang are both '" + sourceLang + "'");
        }
        TmxProfile tmxProfile;
        try {
            tmxProfile = TmxProfile.parse(profile);
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown --profile '" + profile + "': use generic, omegat, trados, memoq or phrase");
        }
        Charset cs = charset("--encoding", encoding);
        Charset enCs = enEncoding != null ? charset("--en-encoding", enEncoding) : cs;
        Charset arCs = arEncoding != null ? charset("--ar-encoding", arEncoding) : cs;
        AlignerConfig config = AlignerConfig.defaults().withLearnLexicon(!noLearn).withNames(nameMatcher());
        if (dictionary != null) {
            config = config.withDictionary(Lexicon.load(dictionary));
        }
        if (glossary != null) {
            config = config.withAnchors(GlossaryAnchors.of(GlossaryLayout.said(GlossaryLoader.load(glossary), spec.commandLine().getErr())));
        }
        PrintWriter err = spec.commandLine().getErr();
        List<DocumentPairs.Pair> jobs = pairs != null ? DocumentPairs.readList(pairs)
                : List.of(DocumentPairs.Pair.of(files.get(0), files.get(1)));
        List<Path> inputs = new ArrayList<>();
        for (DocumentPairs.Pair j : jobs) {
            DocumentPairs.requireReadable(j.en());
            DocumentPairs.requireReadable(j.ar());
            DocumentPairs.refuseMistakes(j);
            inputs.add(j.en());
            inputs.add(j.ar());
        }
        for (Path p : new Path[] {pairs, dictionary, glossary}) {
            if (p != null) {
                inputs.add(p);
            }
        }
        Output.refuseInputs(output, "-o", inputs);
        Output.refuseInputs(report, "--report", inputs);
        if (output != null && report != null && OutputTargets.sameFile(output, report)) {
            throw new UsageException("--report and -o name the same file (" + report + "): the report would replace the output");
        }
        List<AlignedDocument> docs = alignAll(jobs, enCs, arCs, config, err);
        if (format.equals("project")) {
            return writeProject(docs, jobs, err);
        }
        AlignmentWriter writer = new AlignmentWriter(AlignmentWriter.Format.valueOf(format.toUpperCase(Locale.ROOT)),
                sourceLang, targetLang, minScore, tmxProfile);
        // Both outputs are opened first and committed last: an unwritable --report leaves no TMX behind either.
        try (Output out = Output.to(output, spec.commandLine().getOut());
             Output r = report == null ? null : Output.to(report, spec.commandLine().getOut())) {
            writer.write(docs, out.stream());
            out.stream().flush();
            if (r != null) {
                writer.writeReport(docs, r.stream(), reportFormat(report));
            }
            out.commit();
            if (r != null) {
                r.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        if (!common.quiet) {
            for (AlignedDocument d : docs) {
                for (String w : d.alignment().warnings()) {
                    err.println("tarjama: warning: " + d.text().enName() + " / " + d.text().arName() + ": " + w);
                }
                String script = ScriptCheck.warning(d.text());
                if (script != null) {
                    err.println("tarjama: warning: " + d.text().enName() + " / " + d.text().arName() + ": " + script);
                }
            }
            for (var w : writer.tmxWarnings()) {
                err.println("tarjama: warning: " + w);
            }
            err.println("tarjama: " + writer.summary().describe(report));
        }
        err.flush();
        return ExitCodes.OK;
    }

    /** The format of {@code --report FILE}: JSON for .json, HTML for .html/.htm, text otherwise. */
    static ReportFormat reportFormat(Path file) {
        return ReportFormat.parse(OutputFormat.resolve("--report", null, file, "text", REPORT_EXTENSIONS));
    }

    /** {@code --format project}: an alignment project for {@code tarjama review} (issue 11). */
    private int writeProject(List<AlignedDocument> docs, List<DocumentPairs.Pair> jobs, PrintWriter err) {
        List<org.tarjama.project.ProjectBuilder.Sources> sources = new ArrayList<>();
        for (DocumentPairs.Pair j : jobs) {
            sources.add(new org.tarjama.project.ProjectBuilder.Sources(j.en(), j.ar()));
        }
        java.util.Map<String, Object> options = new java.util.LinkedHashMap<>();
        options.put("segmented", segmented);
        options.put("learnLexicon", !noLearn);
        options.put("dictionary", org.tarjama.project.ProjectBuilder.relative(dictionary, output));
        options.put("glossary", org.tarjama.project.ProjectBuilder.relative(glossary, output));
        options.put("encoding", encoding);
        if (enEncoding != null || arEncoding != null) {
            options.put("enEncoding", enEncoding);
            options.put("arEncoding", arEncoding);
        }
        org.tarjama.project.AlignmentProject project = org.tarjama.project.ProjectBuilder.of(docs, sources,
                sourceLang, targetLang, options, output == null || output.toString().equals("-") ? null : output);
        try (Output out = Output.to(output, spec.commandLine().getOut())) {
            out.stream().write(org.tarjama.project.ProjectFiles.serialize(project));
            out.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        if (!common.quiet) {
            for (AlignedDocument d : docs) {
                for (String w : d.alignment().warnings()) {
                    err.println("tarjama: warning: " + d.text().enName() + " / " + d.text().arName() + ": " + w);
                }
            }
            var c = org.tarjama.project.ProjectStats.of(project.documents());
            err.println("tarjama: aligned " + docs.size() + " document pair" + (docs.size() == 1 ? "" : "s") + " into a project: "
                    + c.beads() + " beads to review (" + c.band().get("low") + " low-score); open it with 'tarjama review "
                    + (output == null ? "FILE" : output) + "'");
        }
        err.flush();
        return ExitCodes.OK;
    }

    private static Charset charset(String option, String name) {
        try {
            return name == null ? null : TextFiles.charset(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private List<AlignedDocument> alignAll(List<DocumentPairs.Pair> jobs, Charset enCs, Charset arCs, AlignerConfig config,
                                           PrintWriter err) {
        if (jobs.size() == 1) {
            ParallelText in = DocumentPairs.read(jobs.get(0), segmented, enCs, arCs);
            if (!force) {
                DocumentPairs.refuseSwapped(jobs.get(0), in);
            }
            try (Progress progress = new Progress(err, "aligning", in.en().size(), common.quiet)) {
                int[] done = {0};
                return List.of(AlignedDocument.align(in, config, k -> {
                    progress.step(k - done[0]);
                    done[0] = k;
                }));
            }
        }
        try (Progress progress = new Progress(err, "aligning", jobs.size(), common.quiet)) {
            return DocumentPairs.alignAll(jobs, segmented, enCs, arCs, config, force, () -> progress.step(1));
        }
    }
}
