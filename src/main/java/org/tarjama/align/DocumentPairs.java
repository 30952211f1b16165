package org.tarjama.align;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tarjama.concurrent.OrderedPipeline;
import org.tarjama.io.TextFiles;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * Pairs of documents to align: one pair given on its own, or a batch list of
 * {@code en_path<TAB>ar_path} lines (paths relative to the list; blank lines and {@code #} comments
 * skipped), aligned in parallel with the results in list order. A bad file of a list is reported with
 * the list's name and line.
 */
public final class DocumentPairs {
    /** One pair of documents; {@code list} and {@code line} say where a batch list named it (null, 0 otherwise). */
    public record Pair(Path en, Path ar, String list, int line) {
        /** A pair given on its own, not from a list. */
        public static Pair of(Path en, Path ar) {
            return new Pair(en, ar, null, 0);
        }
    }

    private DocumentPairs() {
    }

    /**
     * Reads a batch list.
     *
     * @throws BadInputException naming the list and line of a malformed line or an unreadable file,
     *     or the list when it has no pairs
     */
    public static List<Pair> readList(Path list) {
        List<Pair> out = new ArrayList<>();
        Path base = list.toAbsolutePath().getParent();
        List<String> lines = ParallelText.lines(TextFiles.readString(list, null));
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new BadInputException(SourceLocation.ofLine(list.toString(), k + 1),
                        "expected 'english_file<TAB>arabic_file'");
            }
            Pair pair = new Pair(resolve(base, cols[0].trim()), resolve(base, cols[1].trim()), list.toString(), k + 1);
            for (Path p : List.of(pair.en(), pair.ar())) {
                String problem = problem(p);
                if (problem != null) {
                    throw new BadInputException(SourceLocation.ofLine(list.toString(), k + 1), p + ": " + problem);
                }
            }
            out.add(pair);
        }
        if (out.isEmpty()) {
            throw new BadInputException(SourceLocation.ofFile(list.toString()), "no document pairs in the list");
        }
        return out;
    }

    /** @throws BadInputException naming the file when it cannot be read as a text input */
    public static void requireReadable(Path p) {
        String problem = problem(p);
        if (problem != null) {
            throw new BadInputException(SourceLocation.ofFile(p.toString()), problem);
        }
    }

    /** Reads a pair (see {@link ParallelText#read}); a bad file of a list is reported at the list's line. */
    public static ParallelText read(Pair pair, boolean segmented, Charset cs) {
        return read(pair, segmented, cs, cs);
    }

    /** As {@link #read(Pair, boolean, Charset)} with an encoding per side (null: detected). */
    public static ParallelText read(Pair pair, boolean segmented, Charset enCs, Charset arCs) {
        try {
            return ParallelText.read(pair.en(), pair.ar(), segmented, enCs, arCs);
        } catch (BadInputException e) {
            if (pair.list() == null) {
                throw e;
            }
            throw new BadInputException(SourceLocation.ofLine(pair.list(), pair.line()), e.getMessage(), e);
        }
    }

    /**
     * Reads and aligns every pair, one pair per worker thread (at most the processors), and returns the
     * documents in the pairs' order; the first bad pair in list order stops the run with its error.
     *
     * @param aligned called once per document aligned, in order, on the calling thread (may be null)
     */
    public static List<AlignedDocument> alignAll(List<Pair> pairs, boolean segmented, Charset cs, AlignerConfig config,
                                                 Runnable aligned) {
        return alignAll(pairs, segmented, cs, cs, config, false, aligned);
    }

    /**
     * As {@link #alignAll(List, boolean, Charset, AlignerConfig, Runnable)}, with an encoding per side;
     * unless {@code force}, a pair whose files look swapped stops the run ({@link #refuseSwapped}).
     */
    public static List<AlignedDocument> alignAll(List<Pair> pairs, boolean segmented, Charset enCs, Charset arCs,
                                                 AlignerConfig config, boolean force, Runnable aligned) {
        int threads = Math.max(1, Math.min(pairs.size(), Runtime.getRuntime().availableProcessors()));
        List<AlignedDocument> docs = new ArrayList<>(pairs.size());
        OrderedPipeline.run("tarjama-align", threads, 2 * threads, pairs.iterator(),
                p -> {
                    ParallelText t = read(p, segmented, enCs, arCs);
                    if (!force) {
                        refuseSwapped(p, t);
                    }
                    return AlignedDocument.align(t, config, null);
                }, d -> {
                    docs.add(d);
                    if (aligned != null) {
                        aligned.run();
                    }
                });
        return docs;
    }

    /**
     * Refuses the mistakes a pair can hold before anything is read: the same file on both sides, a TMX
     * or a translated XLIFF ({@link AlignInputs}). Reported at the list's line for a pair of a list.
     */
    public static void refuseMistakes(Pair pair) {
        if (org.tarjama.io.OutputTargets.sameFile(pair.en(), pair.ar())) {
            String m = "the English and the Arabic file are the same file (" + pair.en() + "): give EN_FILE AR_FILE, two files";
            throw new BadInputException(pair.list() == null ? SourceLocation.ofFile(pair.en().toString())
                    : SourceLocation.ofLine(pair.list(), pair.line()), m);
        }
        AlignInputs.refuseAligned(pair.en(), pair.list(), pair.line());
        AlignInputs.refuseAligned(pair.ar(), pair.list(), pair.line());
    }

    /** Refuses a pair whose English side is Arabic script and Arabic side is not (see {@link ScriptCheck#swapped}). */
    public static void refuseSwapped(Pair pair, ParallelText text) {
        if (ScriptCheck.swapped(text)) {
            String m = text.enName() + " / " + text.arName() + ": the English file is mostly Arabic script and the Arabic file is not: "
                    + "EN_FILE and AR_FILE look swapped. Give the English file first (align " + text.arName() + " " + text.enName()
                    + "), or --force to proceed as given";
            throw new BadInputException(pair.list() == null ? null : SourceLocation.ofLine(pair.list(), pair.line()), m);
        }
    }

    private static Path resolve(Path base, String p) {
        Path path = Path.of(p);
        return path.isAbsolute() || base == null ? path : base.resolve(path);
    }

    /** Why an input file cannot be read, or null when it can. */
    private static String problem(Path p) {
        if (!Files.exists(p)) {
            return "no such file";
        }
        if (!Files.isReadable(p)) {
            return "cannot read this file (permissions)";
        }
        if (Files.isDirectory(p)) {
            return "is a directory, not a text file";
        }
        return null;
    }
}
