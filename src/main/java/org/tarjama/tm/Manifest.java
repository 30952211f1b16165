package org.tarjama.tm;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The commit point of a memory: the list of segment files that make it up. A memory's state is
 * exactly what {@code MANIFEST} names; a new state is published by writing {@code MANIFEST.tmp},
 * forcing it to disk, renaming it atomically over {@code MANIFEST} and forcing the directory. A crash
 * at any moment leaves either the old or the new manifest, never a mix.
 */
record Manifest(long generation, List<Entry> segments) {
    static final String NAME = "MANIFEST";
    static final String HEADER = "tarjama-tm 1";
    /** A digit of a segment file name: ASCII, Arabic-Indic or Extended Arabic-Indic (old imports). */
    private static final String NAME_DIGIT = "[0-9\u0660-\u0669\u06F0-\u06F9]";
    /**
     * The name of a segment file, in the memory's directory (never a path elsewhere). Imports name them
     * with ASCII digits ({@code seg-000001-000.dat}); versions before 0.1 formatted the numbers in the
     * default locale, so a memory imported under an Arabic (or Persian) locale has names such as
     * {@code seg-٠٠٠٠٠١-٠٠٠.dat}: they are still accepted, and opened by the name the manifest gives.
     */
    static final java.util.regex.Pattern SEGMENT_FILE = java.util.regex.Pattern.compile(
            "seg-" + NAME_DIGIT + "+-" + NAME_DIGIT + "+\\.dat");

    /** One segment: file name, unit count, size in bytes. */
    record Entry(String file, int units, long bytes) {
    }


    Manifest {
        segments = List.copyOf(segments);
    }

    static Manifest empty() {
        return new Manifest(0, List.of());
    }

    long units() {
        long n = 0;
        for (Entry e : segments) {
            n += e.units();
        }
        return n;
    }

    /** The segment file name of an import's generation and file number: ASCII digits whatever the default locale. */
    static String segmentFileName(long generation, int file) {
        return String.format(java.util.Locale.ROOT, "seg-%06d-%03d.dat", generation, file);
    }

    static Manifest read(Path dir) throws IOException {
        Path f = dir.resolve(NAME);
        if (!Files.exists(f)) {
            return empty();
        }
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException(f + ": not a Tarjama translation-memory manifest");
        }
        long gen = 0;
        List<Entry> segs = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] p = lines.get(i).split(" ");
            try {
                if (p[0].equals("generation") && p.length == 2) {
                    gen = Long.parseLong(p[1]);
                } else if (p[0].equals("segment") && p.length == 4 && SEGMENT_FILE.matcher(p[1]).matches()) {
                    segs.add(new Entry(p[1], Integer.parseInt(p[2]), Long.parseLong(p[3])));
                } else if (p[0].equals("end")) {
                    return new Manifest(gen, segs);
                } else {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new IOException(f + ", line " + (i + 1) + ": unexpected manifest line");
            }
        }
        throw new IOException(f + ": manifest has no end line");
    }

    void commit(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        sb.append("generation ").append(generation).append('\n');
        for (Entry e : segments) {
            sb.append("segment ").append(e.file()).append(' ').append(e.units()).append(' ').append(e.bytes()).append('\n');
        }
        sb.append("end\n");
        Path tmp = dir.resolve(NAME + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, dir.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(dir);
    }

    static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms (Windows) cannot open a directory; the rename itself is still atomic.
        }
    }
}
