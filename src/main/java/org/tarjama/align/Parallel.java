package org.tarjama.align;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work handed to another thread, so that its failure reads as if it had run on this one. */
final class Parallel {
    private Parallel() {
    }

    /**
     * The task's result; a {@link RuntimeException} or {@link Error} it threw is rethrown as it is, not wrapped
     * in a {@link CompletionException} (so that an OutOfMemoryError is still reported as one, and a bad-input
     * error keeps its exit code).
     */
    static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
