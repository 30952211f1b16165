package org.tarjama.tm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dedup key is stored in segment files: a memory imported by an older version must dedup against new imports. */
class PreparedUnitHashTest {
    @Test
    void theDedupKeyOfAUnitIsWhatOlderVersionsStored() {
        // computed independently (FNV-1a 64 of the source's UTF-16 units, 0xFFFF, the target's, then fmix64)
        assertThat(PreparedUnit.hash("The dome was restored last year.", "رُممت القبة العام الماضي."))
                .isEqualTo(0xe004f3d191a5b429L);
    }
}
