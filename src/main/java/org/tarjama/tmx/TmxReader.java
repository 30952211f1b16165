package org.tarjama.tmx;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.tarjama.model.BadInputException;
import org.tarjama.model.Diagnostic;
import org.tarjama.model.Severity;
import org.tarjama.model.SourceLocation;
import org.tarjama.model.TranslationUnit;

/**
 * Streaming reader for TMX 1.1–1.4b: iterate units with {@link #hasNext()}/{@link #next()} in constant
 * memory. Accepts UTF-8 (with or without BOM), UTF-16 with BOM and any encoding the XML declaration
 * names; {@code xml:lang} and the older {@code lang}; keeps unit and variant {@code <prop>}s and
 * {@code <note>}s, and inline codes as {@link org.tarjama.model.Variant#markup()}.
 *
 * <p>Safe whatever the file declares: the DOCTYPE is ignored, no DTD or external entity is ever
 * loaded and no entity other than XML's five is expanded (an undeclared-entity error instead).
 *
 * <p>Strict mode (default) throws a {@link TmxFormatException} naming file, line and column at the
 * first problem. Lenient mode skips every broken unit, keeps the rest and lists each skipped unit in
 * {@link #skipped()}.
 */
public final class TmxReader implements Iterator<TranslationUnit>, Closeable {
    private static final int MAX_KEPT_PROBLEMS = 100_000;
    private final InputStream in;
    private final String name;
    private final boolean lenient;
    private final UnitParser parser;
    private TmxScanner scanner;
    private UnitParser.HeaderResult header;
    private TranslationUnit pending;
    private boolean finished;
    private int unitNumber;
    private SourceLocation location = SourceLocation.ofFile("");
    private SourceLocation pendingLocation;
    private final List<Diagnostic> skipped = new ArrayList<>();
    private long skippedCount;
    private final List<Diagnostic> tail = new ArrayList<>();

    private TmxReader(InputStream in, String name, boolean lenient, Consumer<Diagnostic> notices) {
        this.in = in;
        this.name = name;
        this.lenient = lenient;
        this.parser = new UnitParser(name, notices == null ? d -> { } : notices);
    }

    /** Opens a TMX file for strict reading. */
    public static TmxReader open(Path file) {
        return open(file, false);
    }

    /** Opens a TMX file; {@code lenient} skips broken units instead of failing on the first one. */
    public static TmxReader open(Path file, boolean lenient) {
        try {
            return new TmxReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16), file.toString(), lenient, null);
        } catch (NoSuchFileException e) {
            throw new BadInputException(SourceLocation.ofFile(file.toString()), "no such file");
        } catch (IOException e) {
            throw new BadInputException(SourceLocation.ofFile(file.toString()), "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads TMX from a stream; {@code name} is used in messages. */
    public static TmxReader open(InputStream in, String name) {
        return new TmxReader(in, name, false, null);
    }

    /** Reads TMX from a stream; {@code name} is used in messages. */
    public static TmxReader open(InputStream in, String name, boolean lenient) {
        return new TmxReader(in, name, lenient, null);
    }

    /** Opens a file and sends non-fatal findings (dates, {@code lang=}) to {@code notices}; used by validation. */
    static TmxReader open(Path file, boolean lenient, Consumer<Diagnostic> notices) {
        try {
            return new TmxReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16), file.toString(), lenient, notices);
        } catch (NoSuchFileException e) {
            throw new BadInputException(SourceLocation.ofFile(file.toString()), "no such file");
        } catch (IOException e) {
            throw new BadInputException(SourceLocation.ofFile(file.toString()), "cannot read: " + e.getMessage(), e);
        }
    }

    /** The file name used in messages. */
    public String name() {
        return name;
    }

    /** The header (reads it if not read yet). */
    public TmxHeader header() {
        ensureHeader();
        return header.header();
    }

    /** The {@code version} attribute of {@code <tmx>} ("1.4", "1.1", …). */
    public String version() {
        ensureHeader();
        return header.version();
    }

    /** The header's srclang (reads the header if not read yet). */
    public String srcLang() {
        return header().srcLang();
    }

    /** Where the {@code <header>} element starts. */
    public SourceLocation headerLocation() {
        ensureHeader();
        return SourceLocation.ofPosition(name, header.line(), header.column());
    }

    /** The detected character encoding. */
    public String encoding() {
        ensureHeader();
        return scanner.encoding();
    }

    /** True when the file had a DOCTYPE (which was ignored). */
    public boolean hadDoctype() {
        ensureHeader();
        return scanner.doctype;
    }

    /** Where the unit last returned by {@link #next()} starts: line, column, unit number, tuid. */
    public SourceLocation location() {
        return location;
    }

    /** Units skipped in lenient mode, each with its position and what was wrong (at most 100,000 kept). */
    public List<Diagnostic> skipped() {
        return Collections.unmodifiableList(skipped);
    }

    /** The number of units skipped in lenient mode. */
    public long skippedCount() {
        return skippedCount;
    }

    /** Problems outside units in lenient mode (stray text or elements in the body, a truncated file, text after {@code </tmx>}). */
    public List<Diagnostic> trailingProblems() {
        return Collections.unmodifiableList(tail);
    }

    private void ensureHeader() {
        if (header != null) {
            return;
        }
        try {
            scanner = new TmxScanner(in);
            TmxScanner.Chunk h = scanner.header();
            header = parser.parseHeader(h);
            parser.legacy = header.version().startsWith("1.") && header.version().compareTo("1.4") < 0;
        } catch (IOException e) {
            throw new BadInputException(SourceLocation.ofFile(name), "cannot read: " + e.getMessage(), e);
        } catch (TmxScanner.ScanException e) {
            throw new TmxFormatException(SourceLocation.ofPosition(name, e.line, e.column), e.getMessage());
        } catch (UnitParser.ParseException e) {
            throw new TmxFormatException(SourceLocation.ofPosition(name, e.line, e.column), e.getMessage());
        }
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !finished) {
            pending = readUnit();
            finished = pending == null;
        }
        return pending != null;
    }

    @Override
    public TranslationUnit next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TranslationUnit tu = pending;
        location = pendingLocation;
        pending = null;
        return tu;
    }

    private TranslationUnit readUnit() {
        ensureHeader();
        while (true) {
            TmxScanner.Chunk chunk;
            try {
                chunk = scanner.nextUnit();
            } catch (TmxScanner.ScanException e) {
                SourceLocation at = new SourceLocation(name, e.line, e.column, 0, "");
                if (!lenient || e.fatal) {
                    throw new TmxFormatException(at, e.getMessage());
                }
                if (e.getMessage().contains("before the </tu>") || e.getMessage().startsWith("the file ends inside <tu>")) {
                    unitNumber++;
                    skip(new SourceLocation(name, e.line, e.column, unitNumber, ""), e.getMessage());
                } else {
                    tail.add(new Diagnostic("TMX_STRUCTURE", Severity.ERROR, at, null, e.getMessage()));
                }
                continue;
            }
            if (chunk == null) {
                return null;
            }
            if (!header.bodySeen()) {
                throw new TmxFormatException(SourceLocation.ofPosition(name, chunk.line(), chunk.column()), "<tu> outside <body>");
            }
            unitNumber++;
            try {
                TranslationUnit tu = parser.parseUnit(chunk, unitNumber);
                pendingLocation = new SourceLocation(name, chunk.line(), chunk.column(), unitNumber, tu.tuid());
                return tu;
            } catch (UnitParser.ParseException e) {
                SourceLocation at = new SourceLocation(name, e.line, e.column, unitNumber, "");
                if (!lenient) {
                    throw new TmxFormatException(new SourceLocation(name, e.line, e.column, 0, ""), e.getMessage());
                }
                skip(at, e.getMessage());
            }
        }
    }

    private void skip(SourceLocation at, String message) {
        skippedCount++;
        if (skipped.size() < MAX_KEPT_PROBLEMS) {
            skipped.add(new Diagnostic("TMX_UNIT_SKIPPED", Severity.ERROR, at, null, message));
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // closing a reader we are done with: nothing to recover
        }
    }
}
