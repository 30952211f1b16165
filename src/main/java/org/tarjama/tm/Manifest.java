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
            refuseLostManifest(dir);
            return empty();
        }
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException(f + ": not a Tarjama translation-memory manifest");
        }
        long gen = 0;
        long total = 0;
        List<Entry> segs = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] p = lines.get(i).split(" ");
            try {
                if (p[0].equals("generation") && p.length == 2) {
                    gen = Long.parseLong(p[1]);
                } else if (p[0].equals("segment") && p.length == 4 && SEGMENT_FILE.matcher(p[1]).matches()) {
                    Entry e = new Entry(p[1], Integer.parseInt(p[2]), Long.parseLong(p[3]));
                    check(dir, f, i + 1, e);
                    segs.add(e);
                    total += e.units();
                    if (total > MAX_UNITS) {
                        throw new IOException(f + ", line " + (i + 1) + ": the segments add up to more than "
                                + MAX_UNITS + " units, more than one memory can hold: the manifest is damaged");
                    }
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

    /** The most units a memory holds (its indexes are Java arrays). */
    static final long MAX_UNITS = Integer.MAX_VALUE - 16;
    /** The fewest bytes a unit takes in a segment file: hash, three length-prefixed strings, two counts. */
    static final int MIN_UNIT_BYTES = 8 + 4 + 4 + 4 + 4 + 4;

    /**
     * A manifest line is believed only as far as the disk agrees: the unit count must be possible in
     * the segment's size, and the size must be the file's. A damaged count (−5, 2,147,483,647) is
     * refused here, before anything is allocated from it.
     */
    private static void check(Path dir, Path f, int line, Entry e) throws IOException {
        String at = f + ", line " + line + ": segment " + e.file();
        if (e.units() < 0 || e.bytes() < 0) {
            throw new IOException(at + " has a negative " + (e.units() < 0 ? "unit count (" + e.units() + ")" : "size (" + e.bytes() + ")")
                    + ": the manifest is damaged");
        }
        Path seg = dir.resolve(e.file());
        if (!Files.isRegularFile(seg)) {
            throw new IOException(at + " is missing: the memory is damaged (restore the file or the memory from a backup)");
        }
        long size = Files.size(seg);
        if (size != e.bytes()) {
            throw new IOException(at + ": the file is " + size + " bytes, the manifest says " + e.bytes()
                    + ": the memory is damaged");
        }
        if ((long) e.units() * MIN_UNIT_BYTES > size) {
            throw new IOException(at + " claims " + e.units() + " units, more than its " + size
                    + " bytes can hold: the manifest is damaged");
        }
    }

    /**
     * A directory with segment files but no MANIFEST lost its index (deleted by hand, a bad copy):
     * reading it as an empty memory would hide its units, and an import would delete them as orphans.
     */
    private static void refuseLostManifest(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        int n = 0;
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "seg-*.dat")) {
            for (Path p : ds) {
                if (SEGMENT_FILE.matcher(p.getFileName().toString()).matches()) {
                    n++;
                }
            }
        }
        if (n > 0) {
            throw new IOException("has " + n + " segment file" + (n == 1 ? "" : "s") + " but no " + NAME
                    + ": the memory's index is missing and its units would be lost. Restore " + NAME
                    + " from a backup, or move the seg-*.dat files out of the directory to start an empty memory");
        }
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
