package org.tarjama.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * Files through Hadoop's {@link FileSystem}: the local file system, HDFS ({@code hdfs://}) or S3
 * ({@code s3a://}, with {@code hadoop-aws} on the classpath, as on EMR and Dataproc), for inputs and outputs.
 *
 * <p>The core reads {@link java.nio.file.Path}s: a local input is handed to it as it is; a remote one
 * is first copied to a local temporary file with the same name (so format detection by extension
 * works), which {@link #close} removes. Instances are created per task from the job's Hadoop
 * configuration ({@link Conf}).
 */
final class HadoopIO implements AutoCloseable {
    /** The parts of the job's Hadoop configuration a task needs, serialisable (Configuration is not). */
    static final class Conf implements Serializable {
        private final HashMap<String, String> values = new HashMap<>();

        Conf(Configuration c) {
            for (Map.Entry<String, String> e : c) {
                values.put(e.getKey(), e.getValue());
            }
        }

        Configuration toHadoop() {
            Configuration c = new Configuration(false);
            values.forEach(c::set);
            return c;
        }
    }

    private final Configuration conf;
    private final List<java.nio.file.Path> temporary = new ArrayList<>();

    HadoopIO(Configuration conf) {
        this.conf = conf;
    }

    HadoopIO(Conf conf) {
        this(conf.toHadoop());
    }

    FileSystem fs(Path p) {
        try {
            FileSystem fs = p.getFileSystem(conf);
            if (fs instanceof LocalFileSystem) {
                // no .crc side files next to the outputs
                fs.setWriteChecksum(false);
                fs.setVerifyChecksum(false);
            }
            return fs;
        } catch (IOException e) {
            throw new UncheckedIOException(p + ": " + e.getMessage(), e);
        }
    }

    static boolean isLocal(Path p) {
        String scheme = p.toUri().getScheme();
        return scheme == null || scheme.equals("file");
    }

    /** The path as given for messages: a local path without its {@code file:} prefix. */
    static String display(Path p) {
        return isLocal(p) ? p.toUri().getPath() : p.toString();
    }

    /**
     * A local copy of {@code p} the core can read: {@code p} itself when it is on the local file
     * system, otherwise a temporary copy with the same file name.
     */
    java.nio.file.Path localize(Path p) {
        if (isLocal(p)) {
            return java.nio.file.Path.of(p.toUri().getPath());
        }
        try {
            java.nio.file.Path dir = Files.createTempDirectory("tarjama-spark-");
            java.nio.file.Path local = dir.resolve(p.getName());
            temporary.add(local);
            temporary.add(dir);
            try (InputStream in = fs(p).open(p)) {
                Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
            }
            return local;
        } catch (java.io.FileNotFoundException e) {
            throw new BadInputException(SourceLocation.ofFile(display(p)), "no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(display(p) + ": " + e.getMessage(), e);
        }
    }

    /** Opens a file for reading. */
    InputStream open(Path p) {
        try {
            return fs(p).open(p);
        } catch (java.io.FileNotFoundException e) {
            throw new BadInputException(SourceLocation.ofFile(display(p)), "no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(display(p) + ": " + e.getMessage(), e);
        }
    }

    /** Why {@code p} cannot be read as an input file, or null when it can. */
    String problem(Path p) {
        try {
            FileStatus st = fs(p).getFileStatus(p);
            return st.isDirectory() ? "is a directory, not a file" : null;
        } catch (java.io.FileNotFoundException e) {
            return "no such file";
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /**
     * The input files named by {@code args}: files as given, a directory as its visible files (sorted by
     * name; names starting with '.' or '_' skipped, as Hadoop does), a glob as its matches (sorted).
     */
    List<Path> inputs(List<String> args) {
        List<Path> out = new ArrayList<>();
        for (String a : args) {
            Path p = new Path(a);
            try {
                FileSystem fs = fs(p);
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) {
                    throw new BadInputException(SourceLocation.ofFile(a), "no such file");
                }
                Arrays.sort(matches, (x, y) -> x.getPath().toString().compareTo(y.getPath().toString()));
                for (FileStatus st : matches) {
                    if (st.isDirectory()) {
                        FileStatus[] kids = fs.listStatus(st.getPath());
                        Arrays.sort(kids, (x, y) -> x.getPath().getName().compareTo(y.getPath().getName()));
                        for (FileStatus k : kids) {
                            String n = k.getPath().getName();
                            if (k.isFile() && !n.startsWith(".") && !n.startsWith("_")) {
                                out.add(k.getPath());
                            }
                        }
                    } else {
                        out.add(st.getPath());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(a + ": " + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) {
            throw new BadInputException(SourceLocation.ofFile(String.join(" ", args)), "no input files");
        }
        return out;
    }

    /**
     * The output directory of a job: refused when it exists with anything in it (a job never mixes its
     * parts with another run's), created otherwise.
     */
    void prepareOutput(Path dir) {
        try {
            FileSystem fs = fs(dir);
            if (fs.exists(dir)) {
                FileStatus st = fs.getFileStatus(dir);
                if (!st.isDirectory()) {
                    throw new UsageError("--out " + display(dir) + " is a file, not a directory");
                }
                if (fs.listStatus(dir).length > 0) {
                    throw new UsageError("--out " + display(dir) + " is not empty: give a new or empty directory");
                }
            } else if (!fs.mkdirs(dir)) {
                throw new UsageError("--out " + display(dir) + ": cannot create the directory");
            }
        } catch (IOException e) {
            throw new UsageError("--out " + display(dir) + ": " + e.getMessage());
        }
    }

    /**
     * An output file written under a temporary name in {@code dir/_temporary} (the task attempt's own)
     * and renamed to {@code dir/name} by {@link #commit} once complete: a reader never sees half a file,
     * and a failed attempt leaves nothing under the final name ({@link #close} without commit removes it).
     */
    final class AtomicFile implements AutoCloseable {
        private final FileSystem fs;
        private final Path tmp;
        private final Path target;
        private final FSDataOutputStream out;
        private boolean done;

        private AtomicFile(Path dir, String name, String attempt) {
            this.fs = fs(dir);
            this.tmp = new Path(new Path(dir, "_temporary"), name + "." + attempt);
            this.target = new Path(dir, name);
            try {
                this.out = fs.create(tmp, true);
            } catch (IOException e) {
                throw new UncheckedIOException(display(target) + ": " + e.getMessage(), e);
            }
        }

        OutputStream stream() {
            return out;
        }

        /** Closes the temporary file and renames it into place. */
        void commit() {
            try {
                out.close();
                if (fs.exists(target)) {
                    fs.delete(target, false); // left by an earlier failed attempt of the same task
                }
                if (!fs.rename(tmp, target)) {
                    throw new IOException("cannot rename " + tmp + " to " + target);
                }
                done = true;
            } catch (IOException e) {
                throw new UncheckedIOException(display(target) + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            if (done) {
                return;
            }
            try {
                out.close();
            } catch (IOException e) {
                // being abandoned anyway
            }
            try {
                fs.delete(tmp, false);
            } catch (IOException e) {
                // best effort
            }
        }
    }

    /** Opens {@code dir/name} for writing through a temporary name ({@link AtomicFile}). */
    AtomicFile create(Path dir, String name, String attempt) {
        return new AtomicFile(dir, name, attempt);
    }

    /** Writes one whole small file (a summary, _SUCCESS) atomically. */
    void write(Path dir, String name, byte[] content) {
        try (AtomicFile f = create(dir, name, "driver")) {
            f.stream().write(content);
            f.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(display(new Path(dir, name)) + ": " + e.getMessage(), e);
        }
    }

    /** Writes a single file outside an output directory, through a hidden sibling renamed into place. */
    void writeFile(Path file, byte[] content) {
        Path tmp = new Path(file.getParent(), "." + file.getName() + ".tmp");
        FileSystem fs = fs(file);
        try {
            try (FSDataOutputStream out = fs.create(tmp, true)) {
                out.write(content);
            }
            if (fs.exists(file)) {
                fs.delete(file, false);
            }
            if (!fs.rename(tmp, file)) {
                throw new IOException("cannot rename " + tmp + " to " + file);
            }
        } catch (IOException e) {
            try {
                fs.delete(tmp, false);
            } catch (IOException ignored) {
                // best effort
            }
            throw new UncheckedIOException(display(file) + ": " + e.getMessage(), e);
        }
    }

    /** Removes the temporary directory of a finished job. */
    void finish(Path dir) {
        try {
            fs(dir).delete(new Path(dir, "_temporary"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(display(dir) + ": " + e.getMessage(), e);
        }
    }

    /** Ends a successful job: the temporary directory removed, then {@code _SUCCESS} written. */
    void succeed(Path dir) {
        finish(dir);
        try {
            fs(dir).create(new Path(dir, "_SUCCESS"), true).close();
        } catch (IOException e) {
            throw new UncheckedIOException(display(dir) + ": " + e.getMessage(), e);
        }
    }

    /** After a failed job: removes everything the job wrote, so nothing half-written is left. */
    void abandon(Path dir) {
        try {
            FileSystem fs = fs(dir);
            if (fs.exists(dir)) {
                fs.delete(dir, true);
            }
        } catch (IOException e) {
            // best effort: the job's own error is the one to report
        }
    }

    @Override
    public void close() {
        for (java.nio.file.Path p : temporary) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a temporary copy; the OS cleans up the rest
            }
        }
        temporary.clear();
    }
}
