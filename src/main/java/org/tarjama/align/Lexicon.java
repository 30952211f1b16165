package org.tarjama.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 */
public final class Lexicon {
    private final Map<String, Set<String>> entries = new HashMap<>();

    /** An empty lexicon. */
    public Lexicon() {
    }

    /** Adds a pair of words or phrases. */
    public void add(String english, String arabic) {
        for (String e : Tokenizer.words(english)) {
            String ek = Words.english(e);
            if (ek == null) {
                continue;
            }
            for (String a : Tokenizer.words(Words.normalizeArabic(arabic))) {
                String ak = Words.arabic(a);
                if (ak != null) {
                    entries.computeIfAbsent(ek, k -> new HashSet<>()).add(ak);
                }
            }
        }
    }

    /** Adds every entry of another lexicon. */
    public void addAll(Lexicon other) {
        other.entries.forEach((k, v) -> entries.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    }

    /** Arabic keys for an English key. */
    Set<String> translations(String englishKey) {
        return entries.getOrDefault(englishKey, Set.of());
    }

    Map<String, Set<String>> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The small general Arabic–English lexicon shipped with Tarjama (months, days, numbers, frequent news words). */
    public static Lexicon builtIn() {
        Lexicon lex = new Lexicon();
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.en-ar.tsv")) {
            if (in != null) {
                lex.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "lexicon.en-ar.tsv");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lex;
    }

    /** Reads a user dictionary ({@code --dictionary FILE.tsv}). */
    public static Lexicon load(Path file) {
        Lexicon lex = new Lexicon();
        try (BufferedReader r = TextFiles.open(file, null)) {
            lex.read(r, TextFiles.displayName(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lex;
    }

    private void read(BufferedReader r, String name) throws IOException {
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
                    add(cols[0].trim(), ar.trim());
                }
            }
        }
    }
}
