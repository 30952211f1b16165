package org.tarjama.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;
import org.tarjama.server.ServerConfig;
import org.tarjama.server.TmServer;
import org.tarjama.tm.MemoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tarjama serve}: the memory as an HTTP server for a team. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a translation memory over HTTP: translate-toolkit's tmserver route "
                + "(GET /tmserver/{src}/{tgt}/unit/{text}, en/ar and ar/en), a JSON API under /api/v1/ and its OpenAPI "
                + "document at /api/openapi.json.",
            "Prints its URL as the first line of standard output. Loopback only unless --bind is given; read-only "
                + "unless --write-token-file is given (imports then need 'Authorization: Bearer TOKEN'). Ctrl-C stops "
                + "it gracefully."})
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    TmOptions tm;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}: this machine only).")
    String bind;

    @Option(names = "--allow-host", paramLabel = "NAME", description = "Another Host name clients use for this server "
            + "(besides 127.0.0.1, localhost and the --bind address); repeatable.")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--write-token-file", paramLabel = "FILE",
            description = "File whose first line is the token POST /api/v1/import needs; without it the server is read-only.")
    Path writeTokenFile;

    @Option(names = "--max-import-bytes", paramLabel = "N", defaultValue = "1073741824",
            description = "Largest import body (default: ${DEFAULT-VALUE}).")
    long maxImportBytes;

    @Option(names = "--access-log", paramLabel = "FILE", description = "Append Common Log Format lines here (default: standard error; '-' for none).")
    String accessLog;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be 0–65535, not " + port);
        }
        if (maxImportBytes < 1) {
            throw new UsageException("--max-import-bytes must be at least 1");
        }
        String token = writeTokenFile == null ? null : readToken(writeTokenFile);
        MemoryStore store = tm.store();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.util.function.Consumer<String> log;
        PrintWriter logFile = null;
        if ("-".equals(accessLog)) {
            log = null;
        } else if (accessLog != null) {
            logFile = new PrintWriter(Files.newBufferedWriter(Path.of(accessLog), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND), true);
            PrintWriter lf = logFile;
            log = line -> {
                synchronized (lf) {
                    lf.println(line);
                }
            };
        } else {
            log = line -> {
                synchronized (err) {
                    err.println(line);
                    err.flush();
                }
            };
        }
        ServerConfig cfg = new ServerConfig(bind, port, token, allowHosts, maxImportBytes, ServerConfig.DEFAULT_MAX_QUERY_CHARS,
                ServerConfig.DEFAULT_MAX_TOP, ServerConfig.DEFAULT_MAX_BATCH, log);
        TmServer server = LocalServers.start(bind, port, () -> TmServer.start(store, cfg));
        out.println(server.url());
        out.flush();
        if (!common.quiet) {
            err.println("tarjama: serving " + store.location() + (token == null ? " read-only" : " (imports need the write token)")
                    + "; Ctrl-C stops");
            err.flush();
        }
        PrintWriter lf = logFile;
        LocalServers.awaitStop("tarjama-serve-stop", () -> {
            server.close();
            if (lf != null) {
                lf.close();
            }
        });
        return ExitCodes.OK;
    }

    private static String readToken(Path f) throws IOException {
        if (!Files.isRegularFile(f)) {
            throw new BadInputException(SourceLocation.ofFile(f.toString()), "no such file (the write token)");
        }
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        String t = lines.isEmpty() ? "" : lines.get(0).strip();
        if (t.length() < 16) {
            throw new BadInputException(SourceLocation.ofLine(f.toString(), 1),
                    "the write token must be at least 16 characters on the first line");
        }
        return t;
    }
}
