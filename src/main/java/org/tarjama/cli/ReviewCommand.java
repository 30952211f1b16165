package org.tarjama.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tarjama.glossary.GlossaryLoader;
import org.tarjama.http.LocalGuard;
import org.tarjama.review.Annotator;
import org.tarjama.review.ReviewConfig;
import org.tarjama.review.ReviewFile;
import org.tarjama.review.ReviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tarjama review}: the alignment workbench in the browser. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Review and correct alignment projects in the browser before they become memory: confirm, merge, "
                + "split, move sentences, fix segmentation, realign the unconfirmed, export TMX/TSV.",
            "Prints http://127.0.0.1:PORT/?token=… as the first line of standard output and opens it (unless --no-open). "
                + "Every change is saved to the project file within a second; Ctrl-C saves and stops.",
            "The server listens on this machine only (unless --bind) and answers only requests that carry the token."},
        footer = {"", "Example: tarjama align --format project -o seed.tjp seed.en seed.ar && tarjama review seed.tjp"})
public final class ReviewCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "Port (default: any free one).")
    int port;

    @Option(names = "--no-open", description = "Do not open the browser.")
    boolean noOpen;

    @Option(names = {"-g", "--glossary"}, paramLabel = "FILE",
            description = "Glossary (TSV, CSV, JSON or TBX): terms highlighted, beads with 'tarjama check' findings marked and listed.")
    Path glossary;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}: this machine only).")
    String bind;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Alignment project files (from 'tarjama align --format project').")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be 0–65535, not " + port);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<Path> seen = new HashSet<>();
        List<ReviewFile> open = new ArrayList<>();
        for (Path f : files) {
            if (!seen.add(f.toAbsolutePath().normalize())) {
                throw new UsageException(f + " is given twice");
            }
            ReviewFile rf = new ReviewFile(open.size(), f);
            if (!common.quiet) {
                rf.warnings().forEach(w -> err.println("tarjama: warning: " + w));
            }
            open.add(rf);
        }
        ReviewConfig cfg = ReviewConfig.loopback(port).withBind(bind).withLog(m -> {
            synchronized (err) {
                err.println("tarjama: " + m);
                err.flush();
            }
        });
        if (glossary != null) {
            cfg = cfg.withAnnotator(new Annotator(GlossaryLoader.load(glossary), glossary.getFileName().toString()));
        }
        if (!LocalGuard.isLoopback(bind) && !common.quiet) {
            err.println("tarjama: warning: listening on " + bind + ": other machines can reach this workbench (they still need the token)");
        }
        final var config = cfg;
        ReviewServer server = LocalServers.start(bind, port, () -> ReviewServer.start(open, config));
        out.println(server.url());
        out.flush();
        if (!common.quiet) {
            err.println("tarjama: reviewing " + files.size() + " project file" + (files.size() == 1 ? "" : "s")
                    + "; changes are saved as you go; Ctrl-C saves and stops");
            err.flush();
        }
        if (!noOpen) {
            openBrowser(server.url(), err);
        }
        LocalServers.awaitStop("tarjama-review-stop", server::close);
        return ExitCodes.OK;
    }

    /** Opens the URL in the desktop's browser; says so when it cannot (the URL is printed anyway). */
    private static void openBrowser(String url, PrintWriter err) {
        try {
            if (java.awt.GraphicsEnvironment.isHeadless() || !java.awt.Desktop.isDesktopSupported()
                    || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
                String opener = os.contains("mac") ? "open" : os.contains("win") ? null : "xdg-open";
                if (opener == null) {
                    new ProcessBuilder("rundll32", "url.dll,FileProtocolHandler", url).start();
                } else {
                    new ProcessBuilder(opener, url).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                }
            } else {
                java.awt.Desktop.getDesktop().browse(java.net.URI.create(url));
            }
        } catch (Exception e) {
            err.println("tarjama: could not open a browser (" + e.getMessage() + "); open the URL above");
            err.flush();
        }
    }
}
