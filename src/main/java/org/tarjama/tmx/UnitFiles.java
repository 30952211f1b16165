package org.tarjama.tmx;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.List;
import org.tarjama.io.DelimitedRows;
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
        return new DelimitedIterator(file);
    }

    /**
     * Units from a TSV or CSV file ({@link DelimitedRows}): {@code en, ar} per row, an optional first row
     * of language codes naming the columns, blank rows skipped.
     */
    private static final class DelimitedIterator implements UnitIterator {
        private final DelimitedRows rows;
        private final String name;
        private final boolean tsv;
        private String srcLang = "en";
        private String tgtLang = "ar";
        private boolean first = true;
        private int unit;
        private int line;
        private TranslationUnit pending;

        DelimitedIterator(Path file) {
            this.name = file.toString();
            org.apache.commons.csv.CSVFormat format = DelimitedRows.formatFor(file);
            this.tsv = format == DelimitedRows.TSV;
            this.rows = DelimitedRows.open(file, format, null);
        }

        @Override
        public boolean hasNext() {
            if (pending != null) {
                return true;
            }
            List<String> r;
            while ((r = rows.next()) != null) {
                if (DelimitedRows.isBlank(r)) {
                    continue;
                }
                line = rows.startLine();
                if (r.size() < 2) {
                    throw new BadInputException(SourceLocation.ofLine(name, line), tsv
                            ? "expected two tab-separated columns (en<TAB>ar), found " + r.size()
                            : "expected two comma-separated columns (en,ar), found " + r.size());
                }
                if (first) {
                    first = false;
                    if (isLangCode(r.get(0)) && isLangCode(r.get(1))) {
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
            rows.close();
        }

        static boolean isLangCode(String s) {
            return s.trim().matches("(?i)[a-z]{2,3}([-_][a-z0-9]{2,8})*");
        }
    }
}
