package org.tarjama.fuzz;

import static org.tarjama.fuzz.FuzzSupport.expectOnlyBadInput;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.tarjama.model.TranslationUnit;
import org.tarjama.tmx.TmxReader;

/** The streaming TMX reader on hostile bytes, strict and lenient (seeds: TmxReaderFuzzTestInputs/). */
class TmxReaderFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void strict(byte[] data) throws Exception {
        read(data, false);
    }

    @FuzzTest(maxDuration = "2m")
    void lenient(byte[] data) throws Exception {
        read(data, true);
    }

    private static void read(byte[] data, boolean lenient) throws Exception {
        expectOnlyBadInput(() -> {
            try (TmxReader r = TmxReader.open(new ByteArrayInputStream(data), "fuzz.tmx", lenient)) {
                r.header();
                while (r.hasNext()) {
                    TranslationUnit u = r.next();
                    if (u == null) {
                        throw new AssertionError("next() returned null");
                    }
                }
            }
        });
    }
}
