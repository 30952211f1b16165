package org.tarjama.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Fnv1aTest {
    @Test
    void matchesThePublishedFnv1a64TestVectors() {
        // from the FNV reference test suite (ASCII text: one UTF-16 unit is one byte)
        assertThat(Fnv1a.add(Fnv1a.OFFSET_BASIS, "")).isEqualTo(0xcbf29ce484222325L);
        assertThat(Fnv1a.add(Fnv1a.OFFSET_BASIS, "a")).isEqualTo(0xaf63dc4c8601ec8cL);
        assertThat(Fnv1a.add(Fnv1a.OFFSET_BASIS, "foobar")).isEqualTo(0x85944171f73967e8L);
    }

    @Test
    void theTmDedupKeyIsUnchanged() {
        // PreparedUnit.hash is stored in every segment file: its formula (FNV-1a of source, 0xFFFF,
        // target, then fmix64) must not change. Value computed independently of this code.
        long h = Fnv1a.add(Fnv1a.OFFSET_BASIS, "The dome was restored last year.");
        h = Fnv1a.step(h, 0xFFFF);
        h = Fnv1a.avalanche(Fnv1a.add(h, "رُممت القبة العام الماضي."));
        assertThat(h).isEqualTo(0xe004f3d191a5b429L);
    }
}
