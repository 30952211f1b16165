package org.tarjama.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * Rows of a delimited text file, with the line each row starts on, read with Apache Commons CSV:
 * {@link #TSV} splits on tabs and takes quotes literally (translators' TSV has no quoting);
 * {@link #CSV} is RFC 4180 (double-quoted fields may hold commas, doubled quotes and line breaks).
 * Blank lines come back as rows of one empty cell, so callers can count and skip them.
 */
public final class DelimitedRows implements AutoCloseable {
    /** Tab-separated, no quoting. */
    public static final CSVFormat TSV = CSVFormat.Builder.create().setDelimiter('\t').setQuote(null)
            .setRecordSeparator("\n").setIgnoreEmptyLines(false).build();
    /** RFC 4180 CSV. */
    public static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build();

    private final String name;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private int startLine;

    private DelimitedRows(String name, CSVParser parser) {
        this.name = name;
        this.parser = parser;
        this.records = parser.iterator();
    }

    /** Opens {@code file} (decoded as {@link TextFiles#open} does) as TSV or CSV. */
    public static DelimitedRows open(Path file, CSVFormat format, Charset forced) {
        BufferedReader reader = TextFiles.open(file, forced);
        try {
            return new DelimitedRows(TextFiles.displayName(file), format.parse(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** TSV for any name but {@code *.csv}. */
    public static CSVFormat formatFor(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? CSV : TSV;
    }

    /** The next row's cells, or null at the end of the file. */
    public List<String> next() {
        long before = parser.getCurrentLineNumber();
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord r = records.next();
            startLine = (int) before + 1;
            List<String> cells = new ArrayList<>(r.size());
            r.forEach(cells::add);
            return cells;
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new BadInputException(SourceLocation.ofLine(name, (int) before + 1),
                    "malformed row: " + cause.getMessage(), e);
        }
    }

    /** 1-based line on which the row last returned by {@link #next()} starts. */
    public int startLine() {
        return startLine;
    }

    /** True when {@code cells} is a blank line or a row of blank cells. */
    public static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // read-only
        }
    }
}
