package org.tarjama.glossary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tarjama.io.TextFiles;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * Loads a glossary file (basic version: TSV with a header row {@code en, ar, variants, forbidden,
 * derived, note}; several values separated by {@code |}; {@code #} comments). TBX, CSV and JSON
 * arrive with the glossary issue.
 */
public final class GlossaryLoader {
    private GlossaryLoader() {
    }

    public static Glossary load(Path file) {
        String name = file.toString();
        List<GlossaryEntry> entries = new ArrayList<>();
        try (BufferedReader r = TextFiles.open(file, null)) {
            String line;
            int no = 0;
            List<String> header = null;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (header == null) {
                    header = Arrays.stream(cols).map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
                    if (!header.contains("en") || !header.contains("ar")) {
                        throw new BadInputException(SourceLocation.ofLine(name, no),
                                "the header row must name the columns 'en' and 'ar' (tab-separated)");
                    }
                    continue;
                }
                String en = col(cols, header, "en");
                List<String> ar = multi(col(cols, header, "ar"));
                if (en.isEmpty() || ar.isEmpty()) {
                    throw new BadInputException(SourceLocation.ofLine(name, no), "an entry needs both 'en' and 'ar'");
                }
                entries.add(new GlossaryEntry(en, false, ar, multi(col(cols, header, "variants")),
                        multi(col(cols, header, "forbidden")), multi(col(cols, header, "derived")),
                        col(cols, header, "note"), no));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Glossary(name, entries);
    }

    private static String col(String[] cols, List<String> header, String key) {
        int i = header.indexOf(key);
        return i < 0 || i >= cols.length ? "" : cols[i].trim();
    }

    private static List<String> multi(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split("\\|")) {
            if (!p.isBlank()) {
                out.add(p.trim());
            }
        }
        return out;
    }
}
