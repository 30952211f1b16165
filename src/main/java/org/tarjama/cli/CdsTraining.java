package org.tarjama.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The launcher's class-data training run: runs the common commands once, in one JVM, on a few made-up
 * sentences, so that {@code -XX:ArchiveClassesAtExit} records the classes they load (picocli, the segmenter,
 * the aligner, the TMX writer, the memory and its lookup). The {@code tarjama} launcher runs it once per
 * jar; later runs start from the archive ({@code -XX:SharedArchiveFile}). Not a user command: it writes
 * only into a temporary directory, which it deletes, and prints only each run's exit code on stderr.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("tarjama-cds");
        try {
            Path en = Files.writeString(dir.resolve("sample.en"), String.join("\n",
                    "The minister arrived in Cairo on Monday. He met the president for two hours.",
                    "Talks on the ceasefire will continue next week, officials said.",
                    "Prices rose by 3.5% in March."), StandardCharsets.UTF_8);
            Path ar = Files.writeString(dir.resolve("sample.ar"), String.join("\n",
                    "وصل الوزير إلى القاهرة يوم الاثنين. والتقى الرئيس لمدة ساعتين.",
                    "وقال مسؤولون إن المحادثات بشأن وقف إطلاق النار ستستمر الأسبوع المقبل.",
                    "ارتفعت الأسعار بنسبة 3.5% في مارس."), StandardCharsets.UTF_8);
            Path tmx = dir.resolve("sample.tmx");
            Path tsv = dir.resolve("sample.tsv");
            String tm = dir.resolve("tm").toString();
            List<String[]> runs = List.of(
                    new String[] {"--help"},
                    new String[] {"--version"},
                    new String[] {"align", "--help"},
                    new String[] {"segment", "--lang", "en", en.toString()},
                    new String[] {"segment", "--lang", "ar", ar.toString()},
                    new String[] {"align", "-q", "-o", tmx.toString(), en.toString(), ar.toString()},
                    new String[] {"align", "-q", "--format", "tsv", "-o", tsv.toString(), en.toString(), ar.toString()},
                    new String[] {"tmx", "stats", tmx.toString()},
                    new String[] {"tm", "import", "-q", "--tm", tm, tmx.toString()},
                    new String[] {"lookup", "--tm", tm, "The minister arrived in Cairo on Tuesday."},
                    new String[] {"lookup", "--tm", tm, "--format", "json", "Prices rose by 4% in March."},
                    new String[] {"concordance", "--tm", tm, "ceasefire"});
            PrintWriter quiet = new PrintWriter(Writer.nullWriter());
            for (String[] run : runs) {
                int code = Main.run(run, quiet, quiet);
                // the launcher keeps this in target/cds/training.log
                System.err.println("exit " + code + ": " + String.join(" ", run));
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
