package org.tarjama.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.tarjama.io.AtomicOutput;
import org.tarjama.io.OutputTargets;

/**
 * Where a command's result goes: a file given with {@code -o} (written atomically: temporary file
 * then rename, so a failure never leaves a half-written file) or the command's standard output.
 */
public final class Output implements AutoCloseable {
    private final AtomicOutput file;
    private final OutputStream stream;

    private Output(AtomicOutput file, OutputStream stream) {
        this.file = file;
        this.stream = stream;
    }

    /** {@code -o FILE}, or stdout when {@code path} is null or "-". */
    public static Output to(Path path, PrintWriter stdout) {
        if (path == null || path.toString().equals("-")) {
            return new Output(null, new WriterOutputStream(stdout));
        }
        AtomicOutput a = AtomicOutput.create(path);
        return new Output(a, a.stream());
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

    /** Makes the output final (renames the file into place). */
    public void commit() {
        try {
            stream.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(file == null ? "cannot write output: " + e.getMessage() : e.getMessage(), e);
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
}
