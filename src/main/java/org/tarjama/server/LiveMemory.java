package org.tarjama.server;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.tarjama.tm.ImportResult;
import org.tarjama.tm.MemoryImport;
import org.tarjama.tm.MemoryStore;
import org.tarjama.tm.TranslationMemory;

/**
 * The memory a server answers from, swapped for a freshly opened one when an import commits: readers
 * keep the memory they started with (memories are immutable once opened), and the next request sees
 * the new units without a restart. One import at a time.
 */
final class LiveMemory implements AutoCloseable {
    private final MemoryStore store;
    private final AtomicReference<Lease> current = new AtomicReference<>();
    private final ReentrantLock importing = new ReentrantLock();

    /** An opened memory and the readers using it; closed when it has been replaced and the last reader is done. */
    private static final class Lease {
        final TranslationMemory tm;
        int readers;
        boolean retired;

        Lease(TranslationMemory tm) {
            this.tm = tm;
        }
    }

    LiveMemory(MemoryStore store) {
        this.store = store;
        current.set(new Lease(store.open()));
    }

    String location() {
        return store.location();
    }

    /** Runs {@code work} on the current memory. */
    <T> T read(Function<TranslationMemory, T> work) {
        Lease l;
        while (true) {
            l = current.get();
            synchronized (l) {
                if (!l.retired) {
                    l.readers++;
                    break;
                }
            }
        }
        try {
            return work.apply(l.tm);
        } finally {
            boolean close;
            synchronized (l) {
                l.readers--;
                close = l.retired && l.readers == 0;
            }
            if (close) {
                l.tm.close();
            }
        }
    }

    /** Warms the current memory (Arabic structures) before the server answers. */
    void warm() {
        read(tm -> {
            tm.warmArabic();
            return null;
        });
    }

    /** True while an import runs. */
    boolean importing() {
        return importing.isLocked();
    }

    /**
     * Imports with {@code feed} and, once committed, makes the result visible; empty when another
     * import is running.
     */
    java.util.Optional<ImportResult> importUnits(java.util.function.Consumer<MemoryImport> feed) {
        if (!importing.tryLock()) {
            return java.util.Optional.empty();
        }
        try {
            ImportResult r;
            try (MemoryImport imp = store.openImport()) {
                feed.accept(imp);
                r = imp.commit();
            }
            Lease fresh = new Lease(store.open());
            Lease old = current.getAndSet(fresh);
            boolean close;
            synchronized (old) {
                old.retired = true;
                close = old.readers == 0;
            }
            if (close) {
                old.tm.close();
            }
            return java.util.Optional.of(r);
        } finally {
            importing.unlock();
        }
    }

    @Override
    public void close() {
        Lease l = current.get();
        synchronized (l) {
            l.retired = true;
            if (l.readers > 0) {
                return;
            }
        }
        l.tm.close();
    }
}
