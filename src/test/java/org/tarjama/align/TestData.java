package org.tarjama.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the test resources of the alignment tests. */
final class TestData {
    private TestData() {
    }

    static List<String> lines(String resource) {
        try (InputStream in = TestData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return ParallelText.lines(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The natural 1-1 sentence pairs of a sample (the gold's 1-1 beads), as [en, ar]. */
    static List<String[]> oneToOnePairs(String doc) {
        List<String> en = lines(doc + ".en");
        List<String> ar = lines(doc + ".ar");
        List<String[]> out = new ArrayList<>();
        for (Bead b : BeadFormat.parseAll(lines(doc + ".gold"))) {
            if (b.enCount() == 1 && b.arCount() == 1) {
                out.add(new String[] {en.get(b.enStart()), ar.get(b.arStart())});
            }
        }
        return out;
    }

    static AlignmentScore score(List<Bead> predicted, String doc) {
        AlignmentScore s = new AlignmentScore();
        s.add(predicted, BeadFormat.parseAll(lines(doc + ".gold")));
        return s;
    }
}
