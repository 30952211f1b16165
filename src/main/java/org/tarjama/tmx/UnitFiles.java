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
 * Opens a bilingual file of units by its extension: {@code .tmx}, or {@code .tsv}/{@code .txt} with
 * {@code en<TAB>ar} per line (a first row of language codes is taken as a header and names the
 * columns). Units from TSV are numbered from 1 over data rows; their tuid is that number.
 */
public final class UnitFiles {
    private UnitFiles() {
    }

    /** A closeable iterator of units. */
    public interface UnitIterator extends Iterator<TranslationUnit>, AutoCloseable {
        @Override
        void close();
    }

    public static UnitIterator open(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".tmx")) {
            TmxReader r = TmxReader.open(file);
            return new UnitIterator() {
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
}
