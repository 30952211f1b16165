package org.tarjama.align;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/**
 * The inputs {@code align} refuses because they are already aligned: a TMX (by extension or by its
 * root element, whatever the file is called) or a translated XLIFF. Read as text they would give
 * zero units or nonsense with exit 0; the message names the command that reads them.
 */
public final class AlignInputs {
    private static final int SNIFF = 64 * 1024;
    /** A {@code <target>} with text in it: the XLIFF is translated. */
    private static final Pattern TARGET_TEXT = Pattern.compile("<target(\\s[^>]*)?>\\s*[^<\\s]");

    private AlignInputs() {
    }

    /** @throws BadInputException (at {@code list}'s {@code line} when given) when {@code file} is a TMX or a translated XLIFF */
    public static void refuseAligned(Path file, String list, int line) {
        String why = problem(file);
        if (why != null) {
            SourceLocation at = list == null ? SourceLocation.ofFile(file.toString()) : SourceLocation.ofLine(list, line);
            throw new BadInputException(at, (list == null ? "" : file + ": ") + why);
        }
    }

    static String problem(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String head = head(file);
        boolean tmx = name.endsWith(".tmx") || Pattern.compile("^(\\uFEFF)?\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!DOCTYPE[^>]*>\\s*)?<tmx[\\s>]",
                Pattern.DOTALL).matcher(head).find();
        if (tmx) {
            return "is a TMX file, already aligned: align reads two documents (English and Arabic). Use the TMX as it is "
                    + "(tarjama tm import, check, names), or turn it into a table with tarjama tmx convert --to tsv";
        }
        boolean xliff = name.endsWith(".xlf") || name.endsWith(".xliff") || head.contains("<xliff");
        if (xliff && TARGET_TEXT.matcher(head).find()) {
            return "is a translated XLIFF, already bilingual: tarjama merge writes the translated document from it "
                    + "(then align the original and the translation), and tarjama tm import takes the TMX of its pairs "
                    + "(tarjama pretranslate writes one)";
        }
        return null;
    }

    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(SNIFF);
            return new String(b, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return ""; // unreadable: the reader says why
        }
    }
}
