package org.tarjama.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8ReaderTest {
    private static String decode(byte[] bytes, int bufferSize) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Reader r = new Utf8Reader(new ByteArrayInputStream(bytes), 0)) {
            char[] buf = new char[bufferSize];
            int k;
            while ((k = r.read(buf, 0, buf.length)) >= 0) {
                sb.append(buf, 0, k);
            }
        }
        return sb.toString();
    }

    @Property(tries = 300)
    void decodesWhatTheJdkEncodes(@ForAll String s, @ForAll @Size(min = 1, max = 5) java.util.List<@net.jqwik.api.constraints.IntRange(min = 1, max = 7) Integer> sizes)
            throws IOException {
        // lone surrogates cannot be encoded; the JDK writes '?' for them, which decodes as '?'
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        assertThat(decode(bytes, sizes.get(0))).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void decodesArabicAndSupplementaryCharactersAcrossBufferBoundaries() throws IOException {
        String s = "قالت حماس \uD83D\uDE00 Gaza ".repeat(10_000);
        assertThat(decode(s.getBytes(StandardCharsets.UTF_8), 1)).isEqualTo(s);
        assertThat(decode(s.getBytes(StandardCharsets.UTF_8), 8192)).isEqualTo(s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C328", "C0AF", "E08080", "EDA080", "F4908080", "80", "FF", "E282"})
    void refusesMalformedSequences(String hex) {
        byte[] bad = java.util.HexFormat.of().parseHex("41" + hex);
        assertThatThrownBy(() -> decode(bad, 16)).isInstanceOf(Utf8Reader.MalformedUtf8Exception.class)
                .hasMessageContaining("at byte offset 1");
    }
}
