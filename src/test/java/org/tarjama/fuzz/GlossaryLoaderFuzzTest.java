package org.tarjama.fuzz;

import static org.tarjama.fuzz.FuzzSupport.expectOnlyBadInput;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tarjama.glossary.Glossary;
import org.tarjama.glossary.GlossaryLoader;
import org.tarjama.glossary.GlossaryLoader.Format;

/** The glossary loaders (TSV, CSV, JSON, TBX) on hostile bytes (seeds: GlossaryLoaderFuzzTestInputs/). */
class GlossaryLoaderFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void tsv(byte[] data) throws Exception {
        load(data, "fuzz.tsv", Format.TSV);
    }

    @FuzzTest(maxDuration = "2m")
    void csv(byte[] data) throws Exception {
        load(data, "fuzz.csv", Format.CSV);
    }

    @FuzzTest(maxDuration = "2m")
    void json(byte[] data) throws Exception {
        load(data, "fuzz.json", Format.JSON);
    }

    @FuzzTest(maxDuration = "2m")
    void tbx(byte[] data) throws Exception {
        load(data, "fuzz.tbx", Format.TBX);
    }

    private static void load(byte[] data, String name, Format format) throws Exception {
        expectOnlyBadInput(() -> {
            Glossary g = GlossaryLoader.load(FuzzSupport.file(name, data), format);
            if (g == null) {
                throw new AssertionError("load returned null");
            }
        });
    }
}
