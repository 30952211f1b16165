package org.tarjama.tmx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.tarjama.io.TextFiles;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;
import org.tarjama.model.TranslationUnit;

/**
 * Opens a bilingual file of units by its extension: {@code .tmx}; {@code .csv} (RFC 4180, two
 * columns); anything else as TSV with {@code en<TAB>ar} per line. In CSV and TSV a first row of
 * language codes is taken as a header and names the columns. Units from TSV and CSV are numbered
 * from 1 over data rows; their tuid is that number.
 */
public final class UnitFiles {
    private UnitFiles() {
    }

    /** A closeable iterator of units. */
    public interface UnitIterator extends Iterator<TranslationUnit>, AutoCloseable {
        @Override
        void close();

        /** Where the unit last returned starts (file, and line or unit number where known). */
        default SourceLocation location() {
            return SourceLocation.ofFile("");
        }

        /** Broken units skipped so far in lenient TMX reading, each located; empty otherwise. */
        default java.util.List<org.tarjama.model.Diagnostic> skipped() {
            return java.util.List.of();
        }
    }

    public static UnitIterator open(Path file) {
        return open(file, false);
    }

    /** As {@link #open(Path)}; {@code lenient} skips broken TMX units (see {@link TmxReader}). */
    public static UnitIterator open(Path file, boolean lenient) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return new CsvIterator(file);
        }
        if (n.endsWith(".tmx")) {
            TmxReader r = TmxReader.open(file, lenient);
            return new UnitIterator() {
                public SourceLocation location() {
                    return r.location();
                }

                public java.util.List<org.tarjama.model.Diagnostic> skipped() {
                    java.util.List<org.tarjama.model.Diagnostic> all = new java.util.ArrayList<>(r.skipped());
                    all.addAll(r.trailingProblems());
                    return all;
                }

                public boolean hasNext() {
                    return r.hasNext();
                }

                public TranslationUnit next() {
                    return r.next();
                }

                public void close() {
                    r.close();
                }
            };
        }
        return new TsvIterator(file);
    }

    private static final class TsvIterator implements UnitIterator {
        private final BufferedReader reader;
        private final String name;
        private String srcLang = "en";
        private String tgtLang = "ar";
        private int line;
        private int unit;
        private TranslationUnit pending;

        TsvIterator(Path file) {
            this.name = file.toString();
            this.reader = TextFiles.open(file, null);
        }

        @Override
        public boolean hasNext() {
            if (pending != null) {
                return true;
            }
            try {
                String l;
                while ((l = reader.readLine()) != null) {
                    line++;
                    if (l.isBlank()) {
                        continue;
                    }
                    String[] cols = l.split("\t", -1);
                    if (cols.length < 2) {
                        throw new BadInputException(SourceLocation.ofLine(name, line),
                                "expected two tab-separated columns (en<TAB>ar), found " + cols.length);
                    }
                    if (line == 1 && isLangCode(cols[0]) && isLangCode(cols[1])) {
                        srcLang = cols[0].trim();
                        tgtLang = cols[1].trim();
                        continue;
                    }
                    unit++;
                    pending = TranslationUnit.of(String.valueOf(unit), srcLang, cols[0], tgtLang, cols[1]);
                    return true;
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public TranslationUnit next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            TranslationUnit t = pending;
            pending = null;
            return t;
        }

        @Override
        public SourceLocation location() {
            return new SourceLocation(name, line, 0, unit, String.valueOf(unit));
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException ignored) {
                // read-only
            }
        }

        private static boolean isLangCode(String s) {
            return s.trim().matches("(?i)[a-z]{2,3}([-_][a-z0-9]{2,8})*");
        }
    }

    /**
     * CSV (RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes,
     * quotes doubled) with two columns, en and ar, and an optional first row of language codes.
     * Hand-written: the format is small and no CSV library is among the project's dependencies.
     */
    private static final class CsvIterator implements UnitIterator {
        private final BufferedReader reader;
        private final String name;
        private String srcLang = "en";
        private String tgtLang = "ar";
        private int line;
        private int recordLine;
        private int unit;
        private boolean first = true;
        private TranslationUnit pending;

        CsvIterator(Path file) {
            this.name = file.toString();
            this.reader = TextFiles.open(file, null);
        }

        private java.util.List<String> record() throws IOException {
            java.util.List<String> fields = new java.util.ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            int c;
            recordLine = line + 1;
            while ((c = reader.read()) >= 0) {
                any = true;
                if (quoted) {
                    if (c == '"') {
                        reader.mark(1);
                        int d = reader.read();
                        if (d == '"') {
                            f.append('"');
                        } else {
                            quoted = false;
                            if (d >= 0) {
                                reader.reset();
                            }
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        f.append((char) c);
                    }
                } else if (c == '"' && f.length() == 0) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(f.toString());
                    f.setLength(0);
                } else if (c == '\r') {
                    continue;
                } else if (c == '\n') {
                    line++;
                    fields.add(f.toString());
                    return fields;
                } else {
                    f.append((char) c);
                }
            }
            if (quoted) {
                throw new BadInputException(SourceLocation.ofLine(name, recordLine), "quoted CSV field not closed before the end of the file");
            }
            if (!any) {
                return null;
            }
            line++;
            fields.add(f.toString());
            return fields;
        }

        @Override
        public boolean hasNext() {
            if (pending != null) {
                return true;
            }
            try {
                java.util.List<String> r;
                while ((r = record()) != null) {
                    if (r.size() == 1 && r.get(0).isBlank()) {
                        continue;
                    }
                    if (r.size() < 2) {
                        throw new BadInputException(SourceLocation.ofLine(name, recordLine),
                                "expected two comma-separated columns (en,ar), found " + r.size());
                    }
                    if (first) {
                        first = false;
                        if (TsvIterator.isLangCode(r.get(0)) && TsvIterator.isLangCode(r.get(1))) {
                            srcLang = r.get(0).trim();
                            tgtLang = r.get(1).trim();
                            continue;
                        }
                    }
                    unit++;
                    pending = TranslationUnit.of(String.valueOf(unit), srcLang, r.get(0), tgtLang, r.get(1));
                    return true;
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public TranslationUnit next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            TranslationUnit t = pending;
            pending = null;
            return t;
        }

        @Override
        public SourceLocation location() {
            return new SourceLocation(name, recordLine, 0, unit, String.valueOf(unit));
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException ignored) {
                // read-only
            }
        }
    }
}
