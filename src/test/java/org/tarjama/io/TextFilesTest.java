package org.tarjama.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjama.model.BadInputException;

class TextFilesTest {
    private static final String ARABIC = "قالت حماس إن الجهود تتقدم. وأضاف المتحدث أن إسرائيل لم ترد بعد؟";

    @TempDir
    Path dir;

    private Path write(String name, byte[]... parts) throws IOException {
        Path p = dir.resolve(name);
        try (var out = Files.newOutputStream(p)) {
            for (byte[] b : parts) {
                out.write(b);
            }
        }
        return p;
    }

    @Test
    void readingAgainAfterTheEndKeepsReturningMinusOne() throws IOException {
        Path p = write("a.txt", ARABIC.getBytes(StandardCharsets.UTF_8));
        try (var r = TextFiles.open(p, null)) {
            char[] buf = new char[4096];
            int n = r.read(buf, 0, buf.length);
            assertThat(new String(buf, 0, n)).isEqualTo(ARABIC);
            // Commons CSV reads again after the end; the decoder must not be used after flush()
            assertThat(r.read(buf, 0, buf.length)).isEqualTo(-1);
            assertThat(r.read(buf, 0, buf.length)).isEqualTo(-1);
            assertThat(r.read()).isEqualTo(-1);
        }
    }

    @Test
    void delimitedRowsReadsALastRowWithoutNewline() throws IOException {
        Path p = write("g.tsv", "en\tar\nHamas\tحماس".getBytes(StandardCharsets.UTF_8));
        try (DelimitedRows rows = DelimitedRows.open(p, DelimitedRows.TSV, null)) {
            assertThat(rows.next()).containsExactly("en", "ar");
            assertThat(rows.next()).containsExactly("Hamas", "حماس");
            assertThat(rows.next()).isNull();
        }
    }

    @Test
    void readsUtf8WithoutBom() throws IOException {
        assertThat(TextFiles.readString(write("a.txt", ARABIC.getBytes(StandardCharsets.UTF_8)), null)).isEqualTo(ARABIC);
    }

    @Test
    void readsUtf8WithBomAndDropsIt() throws IOException {
        Path p = write("a.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ARABIC.getBytes(StandardCharsets.UTF_8));
        assertThat(TextFiles.readString(p, null)).isEqualTo(ARABIC);
    }

    @Test
    void readsUtf16LittleAndBigEndianWithBom() throws IOException {
        Path le = write("le.txt", new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE));
        Path be = write("be.txt", new byte[] {(byte) 0xFE, (byte) 0xFF}, ARABIC.getBytes(StandardCharsets.UTF_16BE));
        assertThat(TextFiles.readString(le, null)).isEqualTo(ARABIC);
        assertThat(TextFiles.readString(be, null)).isEqualTo(ARABIC);
    }

    @Test
    void detectsWindows1256() throws IOException {
        Path p = write("legacy.txt", ARABIC.getBytes(Charset.forName("windows-1256")));
        assertThat(TextFiles.readString(p, null)).isEqualTo(ARABIC);
    }

    @Test
    void forcedEncodingIsUsed() throws IOException {
        Path p = write("legacy.txt", ARABIC.getBytes(Charset.forName("windows-1256")));
        assertThat(TextFiles.readString(p, Charset.forName("windows-1256"))).isEqualTo(ARABIC);
    }

    @Test
    void undecodableBytesUnderAForcedEncodingNameTheFileAndByteOffset() throws IOException {
        Path p = write("bad.txt", "abc\n".getBytes(StandardCharsets.UTF_8), ARABIC.getBytes(Charset.forName("windows-1256")));
        assertThatThrownBy(() -> TextFiles.readString(p, StandardCharsets.UTF_8))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("bad.txt").hasMessageContaining("byte offset 4").hasMessageContaining("line 2");
    }

    @Test
    void binaryDataIsRefusedWithTheOffsetOfTheNulByte() throws IOException {
        Path p = write("bin.dat", new byte[] {'a', 'b', 0, 1, 2});
        assertThatThrownBy(() -> TextFiles.readString(p, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("bin.dat").hasMessageContaining("byte offset 2");
    }

    @Test
    void missingFileAndDirectoryAreBadInput() {
        assertThatThrownBy(() -> TextFiles.readString(dir.resolve("nope.txt"), null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no such file");
        assertThatThrownBy(() -> TextFiles.readString(dir, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("directory");
    }

    @Test
    void atomicOutputLeavesNoFileWhenNotCommitted() throws IOException {
        Path target = dir.resolve("out.txt");
        try (AtomicOutput out = AtomicOutput.create(target)) {
            out.stream().write("partial".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(target).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        try (AtomicOutput out = AtomicOutput.create(target)) {
            out.stream().write("whole".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        assertThat(target).hasContent("whole");
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                    .isEqualTo("rw-r--r--");
        }
    }

    @Test
    void atomicOutputIntoAMissingFolderIsAnErrorAndCreatesNothing() {
        Path target = dir.resolve("no-such-folder").resolve("out.tmx");
        assertThatThrownBy(() -> AtomicOutput.create(target)).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage("cannot write " + target + ": folder " + target.getParent() + " does not exist");
        assertThat(target.getParent()).doesNotExist();
        assertThatThrownBy(() -> AtomicOutput.create(dir)).hasMessage("cannot write " + dir + ": it is a directory");
    }

    @Test
    void atomicOutputWritesAPipeInPlaceInsteadOfReplacingIt() throws Exception {
        Path fifo = dir.resolve("pipe");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is needed");
        java.util.concurrent.CompletableFuture<byte[]> reader = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (AtomicOutput out = AtomicOutput.create(fifo)) {
            out.stream().write("through the pipe".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        assertThat(new String(reader.get(10, java.util.concurrent.TimeUnit.SECONDS), StandardCharsets.UTF_8))
                .isEqualTo("through the pipe");
        // still a pipe (renaming a temporary file over it would have made it a plain file), and no temporary left
        assertThat(Files.isRegularFile(fifo)).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(fifo);
        }
    }

    @Test
    void readingAgainAfterTheEndKeepsReturningEndOfFile() throws IOException {
        Path p = write("a.tsv", "John Allen.\tجون ألين.".getBytes(StandardCharsets.UTF_8));
        try (var r = TextFiles.open(p, null)) {
            char[] buf = new char[100];
            int n = r.read(buf, 0, buf.length);
            assertThat(new String(buf, 0, n)).isEqualTo("John Allen.\tجون ألين.");
            assertThat(r.read(buf, 0, buf.length)).isEqualTo(-1);
            assertThat(r.read(buf, 0, buf.length)).isEqualTo(-1);
        }
    }

    @Test
    void aTsvWithoutAFinalNewlineReadsItsLastRow() throws IOException {
        Path p = write("a.tsv", "John.\tجون.\r\nJohn Allen.\tجون ألين.".getBytes(StandardCharsets.UTF_8));
        try (DelimitedRows rows = DelimitedRows.open(p, DelimitedRows.TSV, null)) {
            assertThat(rows.next()).containsExactly("John.", "جون.");
            assertThat(rows.next()).containsExactly("John Allen.", "جون ألين.");
            assertThat(rows.next()).isNull();
        }
    }

    @Test
    void atomicOutputRefusesAMissingDirectoryOrADirectoryTargetAndCreatesNothing() throws IOException {
        Path missing = dir.resolve("no-such-dir").resolve("out.tsv");
        assertThatThrownBy(() -> AtomicOutput.create(missing)).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("folder " + dir.resolve("no-such-dir").toAbsolutePath() + " does not exist");
        assertThat(dir.resolve("no-such-dir")).doesNotExist();
        Path file = write("plain.txt", new byte[] {'x'});
        assertThatThrownBy(() -> AtomicOutput.create(file.resolve("out.tsv"))).hasMessageContaining("is not a directory");
        assertThatThrownBy(() -> AtomicOutput.create(dir)).hasMessageContaining("it is a directory");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
