package org.tarjama.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary file then rename: under the target's name, or under another name of the same folder. */
class AtomicOutputTest {
    @TempDir
    Path dir;

    private static long files(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void commitsUnderAnotherNameOfTheSameFolderAndLeavesNoTemporaryFile() throws Exception {
        Path part = dir.resolve("report-1.html");
        Path report = dir.resolve("report.html");
        try (AtomicOutput out = AtomicOutput.create(part)) {
            out.stream().write("one page".getBytes(StandardCharsets.UTF_8));
            assertThat(report).doesNotExist();
            out.commitAs(report);
        }
        assertThat(Files.readString(report)).isEqualTo("one page");
        assertThat(part).doesNotExist();
        assertThat(files(dir)).isEqualTo(1);
    }

    @Test
    void refusesAnotherFolderAndDeletesTheUncommittedFile() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        try (AtomicOutput out = AtomicOutput.create(dir.resolve("a.html"))) {
            out.stream().write('x');
            assertThatThrownBy(() -> out.commitAs(sub.resolve("a.html"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not in the folder");
        }
        assertThat(files(dir)).isEqualTo(1);
        assertThat(files(sub)).isZero();
    }
}
