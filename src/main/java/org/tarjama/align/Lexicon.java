package org.tarjama.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarjama.io.TextFiles;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;
import org.tarjama.text.Tokenizer;

/**
 * A bilingual word dictionary for the aligner: English word keys to Arabic word keys (see
 * {@link Words}). Loaded from a TSV file {@code english<TAB>arabic[|arabic…]} (extra columns and
 * {@code #} comments ignored); multi-word entries contribute each content word.
 *
 * <p>Immutable, thread-safe and {@link Serializable} (a Spark job broadcasts it inside an
 * {@link AlignerConfig}); build one with {@link #builder()}, combine two with {@link #union}.
 */
public final class Lexicon implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Lexicon EMPTY = new Lexicon(Map.of());
    /** Loaded once: the built-in lexicon is immutable, so every aligner can share it. */
    private static volatile Lexicon builtIn;

    private final Map<String, Set<String>> entries;

    private Lexicon(Map<String, Set<String>> entries) {
        this.entries = entries;
    }

    /** The empty lexicon. */
    public static Lexicon empty() {
        return EMPTY;
    }

    /** A builder for a lexicon. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects entries; not thread-safe, {@link #build()} makes the immutable lexicon. */
    public static final class Builder {
        private final Map<String, Set<String>> entries = new HashMap<>();

        private Builder() {
        }

        /** Adds a pair of words or phrases (each English content word to each Arabic content word). */
        public Builder add(String english, String arabic) {
            for (String e : Tokenizer.words(english)) {
                String ek = Words.english(e);
                if (ek == null) {
                    continue;
                }
                for (String a : Tokenizer.words(Words.normalizeArabic(arabic))) {
                    String ak = Words.arabic(a);
                    if (ak != null) {
                        addKeys(ek, ak);
                    }
                }
            }
            return this;
        }

        /** Adds a pair of keys already normalised as {@link Words#english} and {@link Words#arabic} make them. */
        Builder addKeys(String englishKey, String arabicKey) {
            entries.computeIfAbsent(englishKey, k -> new HashSet<>()).add(arabicKey);
            return this;
        }

        /** Adds every entry of a lexicon. */
        public Builder addAll(Lexicon other) {
            other.entries.forEach((k, v) -> entries.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
            return this;
        }

        public Lexicon build() {
            Map<String, Set<String>> copy = new HashMap<>();
            entries.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
            return new Lexicon(Map.copyOf(copy));
        }
    }

    /** This lexicon and another together (each English key maps to the union of its translations). */
    public Lexicon union(Lexicon other) {
        if (other.entries.isEmpty()) {
            return this;
        }
        if (entries.isEmpty()) {
            return other;
        }
        return builder().addAll(this).addAll(other).build();
    }

    /** Arabic keys for an English key. */
    Set<String> translations(String englishKey) {
        return entries.getOrDefault(englishKey, Set.of());
    }

    /** Every entry: English key to its Arabic keys (unmodifiable). */
    public Map<String, Set<String>> entries() {
        return entries;
    }

    /** Number of English keys. */
    public int size() {
        return entries.size();
    }

    /**
     * The small general Arabic–English lexicon shipped with Tarjama (months, days, numbers, frequent
     * news words). Domain vocabulary (scripture, a client's terms) belongs in a user dictionary
     * passed with {@code --dictionary}, not here.
     */
    public static Lexicon builtIn() {
        Lexicon lex = builtIn;
        if (lex == null) {
            Builder b = builder();
            try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.en-ar.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("lexicon.en-ar.tsv is missing from the class path");
                }
                read(b, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "lexicon.en-ar.tsv");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lex = b.build();
            builtIn = lex;
        }
        return lex;
    }

    /** Reads a user dictionary ({@code --dictionary FILE.tsv}). */
    public static Lexicon load(Path file) {
        Builder b = builder();
        try (BufferedReader r = TextFiles.open(file, null)) {
            read(b, r, TextFiles.displayName(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.build();
    }

    private static void read(Builder b, BufferedReader r, String name) throws IOException {
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null;) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new BadInputException(SourceLocation.ofLine(name, lineNo),
                        "expected 'english<TAB>arabic' (alternatives separated by '|')");
            }
            for (String ar : List.of(cols[1].split("\\|"))) {
                if (!ar.isBlank()) {
                    b.add(cols[0].trim(), ar.trim());
                }
            }
        }
    }
}
