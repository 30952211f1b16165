package org.tarjama.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads Tarjama's own rule and word-list resources: UTF-8, {@code #} comments, blank lines ignored. */
public final class ResourceText {
    private ResourceText() {
    }

    /**
     * The stripped, non-blank, non-comment lines of a resource, resolved against {@code anchor}'s
     * package (or absolute with a leading '/').
     *
     * @throws IllegalStateException when the resource is missing: a packaging bug, not bad input
     */
    public static List<String> dataLines(Class<?> anchor, String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
