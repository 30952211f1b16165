package org.tarjama.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tarjama.io.Spool;
import org.tarjama.io.TextFiles;
import org.tarjama.segment.ParagraphSegmenter;
import org.tarjama.segment.Segmenters;
import org.tarjama.segment.Sentence;
import org.tarjama.segment.SentenceSegmenter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tarjama segment}: paragraphs in, one sentence per line out. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {"Split English or Arabic paragraphs (one per line; blank lines are paragraph breaks too) "
                + "into sentences, one per line, with a blank line between paragraphs.",
            "Every character of the input is kept except whitespace at sentence edges."},
        footer = {"", "Examples:", "  tarjama segment --lang ar tmx-samples/seed.raw.ar",
            "  cat article.txt | tarjama segment --lang en --format json"})
public final class SegmentCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--lang", required = true, paramLabel = "<ar|en>",
            description = "Language of the input: ar or en (other codes use the common rules only).")
    String lang;

    @Option(names = "--headlines", description = "Add the opt-in English rule for headlines run into their paragraph "
            + "without a stop (\"Volcano spews ash on Mexico City The ash …\"); off by default: it also splits real sentences "
            + "(\"the Baton Rouge Police Department said\").")
    boolean headlines;

    @Option(names = "--srx", paramLabel = "<rules.srx>", description = "SRX 2.0 rules to use instead of Tarjama's.")
    Path srx;

    @Option(names = "--encoding", paramLabel = "<enc>",
            description = "Input encoding (UTF-8, UTF-16, windows-1256 …); detected when not given.")
    String encoding;

    @Option(names = "--format", paramLabel = "<text|json>", defaultValue = "text",
            description = "text (default): one sentence per line; json: one object per sentence per line "
                    + "with file, line, start and end offsets in the paragraph, and text.")
    Format format;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Text files (stdin when none or '-').")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        Charset charset;
        try {
            charset = TextFiles.charset(encoding);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!lang.matches("(?i)[a-z]{2,3}([-_][a-z0-9]+)*")) {
            throw new UsageException("--lang takes a language code such as ar or en, not '" + lang + "'");
        }
        SentenceSegmenter segmenter = srx == null ? Segmenters.forLanguage(lang, headlines) : Segmenters.fromSrx(srx, lang);
        ParagraphSegmenter paragraphs = new ParagraphSegmenter(segmenter);
        List<Path> files = inputs == null || inputs.isEmpty() ? java.util.Collections.singletonList(null) : inputs;

        // Output is held back until every input has been read, so bad input leaves stdout empty.
        Spool spool = new Spool(8 << 20);
        Writer w = new java.io.BufferedWriter(new OutputStreamWriter(spool, StandardCharsets.UTF_8), 1 << 16);
        JsonGenerator json = format == Format.json
                ? new ObjectMapper().getFactory().createGenerator(w).setRootValueSeparator(null) : null;
        boolean[] first = {true};
        try {
            for (Path file : files) {
                String name = file == null || file.toString().equals("-") ? "<stdin>" : file.toString();
                if (file != null && !file.toString().equals("-")) {
                    org.tarjama.io.Documents.refuseUnsupported(file);
                }
                try (BufferedReader r = TextFiles.open(file, charset)) {
                    paragraphs.run(r, (line, paragraph, sentences) -> {
                        try {
                            if (json != null) {
                                writeJson(json, name, line, sentences);
                            } else {
                                if (!first[0]) {
                                    w.write('\n');
                                }
                                for (Sentence s : sentences) {
                                    w.write(s.text());
                                    w.write('\n');
                                }
                            }
                            first[0] = false;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            }
            if (json != null) {
                json.flush();
            }
            w.flush();
        } catch (RuntimeException e) {
            spool.discard();
            throw e;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.flush();
        spool.drainTo(new WriterOutputStream(out));
        return ExitCodes.OK;
    }

    private static void writeJson(JsonGenerator g, String file, long line, List<Sentence> sentences) throws IOException {
        for (Sentence s : sentences) {
            g.writeStartObject();
            g.writeStringField("file", file);
            g.writeNumberField("line", line);
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
            g.writeStringField("text", s.text());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
