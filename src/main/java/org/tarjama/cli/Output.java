package org.tarjama.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.tarjama.io.AtomicOutput;
import org.tarjama.io.CheckedOutputStream;
import org.tarjama.io.OutputTargets;
import org.tarjama.io.OutputWriteException;

/**
 * Where a command's result goes: a file given with {@code -o} (written atomically: temporary file
 * then rename, so a failure never leaves a half-written file) or the command's standard output.
 * Either way a write error is never lost: {@link #commit()} fails (exit 3) when any write failed,
 * even one that a writer layered on the stream swallowed.
 */
public final class Output implements AutoCloseable {
    private final AtomicOutput file;
    private final PrintWriter stdout;
    private final CheckedOutputStream stream;

    private Output(AtomicOutput file, PrintWriter stdout, OutputStream stream, String name) {
        this.file = file;
        this.stdout = stdout;
        this.stream = new CheckedOutputStream(stream, name);
    }

    /**
     * {@code -o FILE}, or stdout when {@code path} is null or "-". Refused (usage error): an empty
     * name, a file inside a translation memory (checked here, for every command).
     */
    public static Output to(Path path, PrintWriter stdout) {
        if (path == null || path.toString().equals("-")) {
            return new Output(null, stdout, new WriterOutputStream(stdout), "standard output");
        }
        refuseInputs(path, "-o", List.of());
        AtomicOutput a = AtomicOutput.create(path);
        return new Output(a, null, a.stream(), path.toString());
    }

    /**
     * A usage error when {@code output} must not be written: one of {@code inputs} (same file on disk,
     * whatever the spelling), inside a translation memory, or an empty name. The one check every command
     * makes on each of its outputs ({@code -o}, {@code --report}) before it reads anything.
     */
    public static void refuseInputs(Path output, String option, Collection<Path> inputs) {
        java.util.List<Path> in = new java.util.ArrayList<>();
        for (Path p : inputs) {
            if (p != null) {
                in.add(p);
            }
        }
        String problem = OutputTargets.problem(output, option, in);
        if (problem != null) {
            throw new UsageException(problem);
        }
    }

    /**
     * A usage error when {@code output} is the same file as {@code input} (the {@code what} of the
     * message: "input memory", "glossary"): a report or a conversion written there would replace it.
     */
    public static void refuseToReplace(Path output, Path input, String what) {
        if (output == null || output.toString().equals("-") || input == null) {
            return;
        }
        if (java.nio.file.Files.exists(output) && java.nio.file.Files.exists(input)
                && OutputTargets.sameFile(output, input)) {
            throw new UsageException("-o " + output + " is the " + what + "; writing there would replace it");
        }
        refuseInputs(output, "-o", List.of());
    }

    public OutputStream stream() {
        return stream;
    }

    /** A UTF-8 writer on the output; flush it before {@link #commit()}. */
    public PrintWriter writer() {
        return new PrintWriter(new java.io.OutputStreamWriter(new java.io.FilterOutputStream(stream) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        }, StandardCharsets.UTF_8), false);
    }

    /** Makes the output final (renames the file into place); fails if any write failed. */
    public void commit() {
        try {
            stream.flush();
            stream.check();
            if (stdout != null && stdout.checkError()) {
                throw new OutputWriteException("cannot write standard output (disk full, closed pipe or device error)", null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        if (file != null) {
            file.commit();
        }
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }

    /**
     * Writes a suppression file ({@link org.tarjama.io.Suppressions#write}) to {@code file} atomically
     * ({@code -} or a device: to {@code stdout}).
     */
    static void suppressionFile(Path file, java.io.PrintWriter stdout, String header, java.util.Map<String, String> entries) {
        try (Output sf = Output.to(file, stdout)) {
            java.io.PrintWriter pw = sf.writer();
            org.tarjama.io.Suppressions.write(pw, header, entries);
            pw.flush();
            sf.commit();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
