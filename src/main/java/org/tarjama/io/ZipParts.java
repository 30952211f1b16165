package org.tarjama.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.tarjama.model.BadInputException;
import org.tarjama.model.Limits;
import org.tarjama.model.SourceLocation;

/**
 * The zip-bomb check of a .docx/.odt before its XML is parsed: every XML part is inflated once,
 * counting bytes (the sizes a zip declares can lie), and a part or a total over
 * {@link Limits#documentPartBytes()} is refused as bad input. The parsers then never see more XML
 * than the limit. Images and other media are not inflated: they are not parsed.
 */
final class ZipParts {
    private ZipParts() {
    }

    static void check(byte[] zip, String name) {
        long limit = Limits.documentPartBytes();
        long total = 0;
        byte[] buf = new byte[1 << 16];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                String n = e.getName().toLowerCase(Locale.ROOT);
                if (e.isDirectory() || !(n.endsWith(".xml") || n.endsWith(".rels"))) {
                    continue;
                }
                long part = 0;
                int k;
                while ((k = in.read(buf)) > 0) {
                    part += k;
                    total += k;
                    if (part > limit || total > limit) {
                        throw new BadInputException(SourceLocation.ofFile(name), (part > limit ? "its part " + e.getName()
                                : "its XML parts (up to " + e.getName() + ")") + " inflate to more than "
                                + Limits.count(limit) + " bytes: a zip bomb, or a document far larger than any real one ("
                                + Limits.raise("documentPartBytes") + ")");
                    }
                }
            }
        } catch (IOException e) {
            // not a readable zip: the document filter says what is wrong with it
        }
    }
}
