package org.tarjama.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tarjama.io.TextFiles;

/** Reading the inputs of {@code align} and {@code eval align}: lines of a text file, as they are. */
final class AlignInputs {
    private AlignInputs() {
    }

    /**
     * The file's lines (line terminators removed, a final empty line after the last terminator
     * dropped); blank lines are kept so that line numbers stay sentence indices.
     */
    static List<String> lines(Path file, Charset cs) {
        String text = TextFiles.readString(file, cs);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
