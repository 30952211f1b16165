package org.tarjama.cli;

import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.tarjama.model.BadInputException;
import org.tarjama.model.SourceLocation;

/** What {@code tarjama serve} and {@code tarjama review} do alike around their embedded server. */
final class LocalServers {
    private LocalServers() {
    }

    /** Starts a server; an address or port it cannot listen on is bad input naming them. */
    static <S> S start(String bind, int port, Supplier<S> start) {
        try {
            return start.get();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof java.net.BindException || e instanceof IllegalStateException) {
                throw new BadInputException(SourceLocation.ofFile(bind + ":" + port), "cannot listen there: " + e.getMessage());
            }
            throw e;
        }
    }

    /** Blocks until the JVM is asked to stop (Ctrl-C, SIGTERM), running {@code onStop} in the shutdown hook. */
    static void awaitStop(String threadName, Runnable onStop) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            onStop.run();
            stopped.countDown();
        }, threadName));
        stopped.await();
    }
}
