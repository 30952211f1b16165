package org.tarjama.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tarjama.io.AtomicOutput;
import org.tarjama.report.ReportWriter;

/**
 * The files of an HTML report written to {@code -o OUT.html} that may be split into parts: part
 * {@code k} is {@code OUT-k.html} beside it and the index is {@code OUT.html} itself. Every file is
 * written to a temporary file first; {@link #commit} renames them into place only when the whole report
 * was written (a report that fits one file becomes {@code OUT.html} alone), and {@link #close} deletes
 * whatever was not committed, so a failed run leaves no part behind.
 */
final class HtmlReportFiles implements ReportWriter.Parts, AutoCloseable {
    private final Path output;
    private final Map<Integer, AtomicOutput> open = new TreeMap<>();

    HtmlReportFiles(Path output) {
        Output.refuseInputs(output, "-o", List.of());
        this.output = output;
    }

    /** True when {@code output} can hold a report in parts: a plain file path (not stdout, not a device). */
    static boolean usable(Path output) {
        return output != null && !output.toString().equals("-") && (!Files.exists(output) || Files.isRegularFile(output));
    }

    /** Part k's path ({@code OUT-k.html}); the output itself for 0. */
    Path path(int k) {
        if (k == 0) {
            return output;
        }
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : ".html";
        return output.resolveSibling(stem + "-" + k + ext);
    }

    @Override
    public OutputStream open(int k) {
        AtomicOutput a = AtomicOutput.create(path(k));
        open.put(k, a);
        return a.stream();
    }

    @Override
    public String href(int k) {
        return path(k).getFileName().toString();
    }

    /** Makes the files final: part 1 as the output when it is the only one, else every part and the index. */
    void commit(int parts) {
        if (parts == 1) {
            open.get(1).commitAs(output);
            return;
        }
        for (Map.Entry<Integer, AtomicOutput> e : open.entrySet()) {
            if (e.getKey() > 0) {
                e.getValue().commit();
            }
        }
        open.get(0).commit();
    }

    @Override
    public void close() {
        open.values().forEach(AtomicOutput::close);
    }
}
