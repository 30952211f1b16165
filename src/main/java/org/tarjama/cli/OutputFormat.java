package org.tarjama.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The format of a command's output from {@code --format} (or {@code --to}) and {@code -o}'s extension,
 * the same way in every command: without the option the extension decides ({@code -o out.tsv} writes
 * TSV); with both, an extension that names another format is a usage error, so that {@code out.tsv}
 * never holds TMX. An extension the command does not know decides nothing.
 */
final class OutputFormat {
    private OutputFormat() {
    }

    /**
     * @param option      the option's name, for messages ({@code --format})
     * @param given       the option's value, or null when absent
     * @param output      {@code -o}, or null
     * @param dflt        the format without option and without a known extension (null: one is required)
     * @param byExtension extension (no dot) → formats it may hold, the first being the one it implies
     */
    static String resolve(String option, String given, Path output, String dflt, Map<String, List<String>> byExtension) {
        String ext = extension(output);
        List<String> allowed = ext == null ? null : byExtension.get(ext);
        if (given != null) {
            if (allowed != null && !allowed.contains(given.toLowerCase(Locale.ROOT))) {
                throw new UsageException("-o " + output + " names a ." + ext + " file but " + option + " is " + given
                        + ": leave " + option + " out to write " + allowed.get(0) + ", or name the output ." + extensionOf(given, byExtension, given));
            }
            return given;
        }
        if (allowed != null) {
            return allowed.get(0);
        }
        if (dflt == null) {
            throw new UsageException(option + " is needed (or -o with one of the extensions ." + String.join(", .", byExtension.keySet()) + ")");
        }
        return dflt;
    }

    private static String extensionOf(String format, Map<String, List<String>> byExtension, String dflt) {
        for (Map.Entry<String, List<String>> e : byExtension.entrySet()) {
            if (e.getValue().get(0).equalsIgnoreCase(format)) {
                return e.getKey();
            }
        }
        for (Map.Entry<String, List<String>> e : byExtension.entrySet()) {
            if (e.getValue().contains(format.toLowerCase(Locale.ROOT))) {
                return e.getKey();
            }
        }
        return dflt;
    }

    private static String extension(Path output) {
        if (output == null || output.getFileName() == null || output.toString().equals("-")) {
            return null;
        }
        String n = output.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? null : n.substring(dot + 1);
    }

    /** An ordered map literal. */
    static Map<String, List<String>> of(String... extAndFormats) {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        for (String s : extAndFormats) {
            String[] p = s.split("=");
            m.put(p[0], List.of(p[1].split(",")));
        }
        return m;
    }
}
