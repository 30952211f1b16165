package org.tarjama.concurrent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Processes work items on worker threads and hands the results to a sink <em>in input order</em>, on
 * the thread that submits (so the sink needs no locking). This is the pipeline behind {@code check},
 * {@code names}, {@code align --pairs} and {@code tm import}.
 *
 * <ul>
 *   <li><b>Bounded:</b> at most {@code maxInFlight} items are submitted and not yet delivered; a
 *       {@link #submit} beyond that first delivers the oldest result (waiting for it), so memory stays
 *       flat on any input size and a slow sink slows the producer down.</li>
 *   <li><b>Fail-fast, first error:</b> when an item's work throws, items after it that have not
 *       started are skipped, and the next {@link #submit} or {@link #finish} delivers every result
 *       before the failed item and then throws its exception (a {@link RuntimeException} or
 *       {@link Error} as it is). The error is the first one <em>in input order</em>, so the same bad
 *       input always gives the same message.</li>
 *   <li><b>Clean shutdown:</b> {@link #close} stops the workers (interrupting any still running) and
 *       waits for them to end (up to 10 s); the threads are daemons named after the pipeline.</li>
 *   <li>With one thread no pool is made: each item is processed and delivered in {@link #submit}.</li>
 * </ul>
 *
 * <p>Not thread-safe: one thread submits, finishes and closes.
 *
 * @param <I> work item
 * @param <O> result of one item
 */
public final class OrderedPipeline<I, O> implements AutoCloseable {
    private final Function<? super I, ? extends O> work;
    private final Consumer<? super O> sink;
    private final int maxInFlight;
    private final ExecutorService pool;
    private final ArrayDeque<Future<O>> inFlight = new ArrayDeque<>();
    /** Input index of the first failed item so far (Long.MAX_VALUE: none). */
    private final AtomicLong firstFailure = new AtomicLong(Long.MAX_VALUE);
    private long submitted;
    private boolean closed;

    private OrderedPipeline(String name, int threads, int maxInFlight, Function<? super I, ? extends O> work,
                            Consumer<? super O> sink) {
        if (threads < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("threads and maxInFlight must be at least 1");
        }
        this.work = work;
        this.sink = sink;
        this.maxInFlight = maxInFlight;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * A pipeline of {@code threads} workers named {@code name}.
     *
     * @param maxInFlight items submitted and not yet delivered, at most (twice the threads is usual)
     * @param work        what each item becomes (runs on a worker thread; must not touch the sink's state)
     * @param sink        receives each result in input order, on the submitting thread
     */
    public static <I, O> OrderedPipeline<I, O> start(String name, int threads, int maxInFlight,
                                                     Function<? super I, ? extends O> work, Consumer<? super O> sink) {
        return new OrderedPipeline<>(name, threads, maxInFlight, work, sink);
    }

    /**
     * Runs every item of {@code items} through a pipeline and closes it; {@code items} is read on the
     * calling thread (an exception it throws ends the run as a work failure would).
     */
    public static <I, O> void run(String name, int threads, int maxInFlight, Iterator<? extends I> items,
                                  Function<? super I, ? extends O> work, Consumer<? super O> sink) {
        try (OrderedPipeline<I, O> p = start(name, threads, maxInFlight, work, sink)) {
            while (items.hasNext()) {
                p.submit(items.next());
            }
            p.finish();
        }
    }

    /** The results of {@code work} on each item, in the items' order. */
    public static <I, O> List<O> map(String name, int threads, List<? extends I> items,
                                     Function<? super I, ? extends O> work) {
        List<O> out = new ArrayList<>(items.size());
        run(name, Math.max(1, Math.min(threads, items.size())), 2 * Math.max(1, threads), items.iterator(), work,
                out::add);
        return out;
    }

    /** Queues one item, first delivering results (and throwing the first failure) as the bound requires. */
    public void submit(I item) {
        if (closed) {
            throw new IllegalStateException("pipeline closed");
        }
        if (pool == null) {
            sink.accept(work.apply(item));
            return;
        }
        if (firstFailure.get() != Long.MAX_VALUE) {
            deliverAll(); // throws the failure
        }
        long index = submitted++;
        inFlight.add(pool.submit(() -> {
            if (index > firstFailure.get()) {
                return null; // skipped: an earlier item failed, the run is ending
            }
            try {
                return work.apply(item);
            } catch (RuntimeException | Error e) {
                firstFailure.accumulateAndGet(index, Math::min);
                throw e;
            }
        }));
        while (inFlight.size() > maxInFlight) {
            deliverOldest();
        }
    }

    /** Waits for every submitted item and delivers its result; throws the first failure. */
    public void finish() {
        deliverAll();
    }

    private void deliverAll() {
        while (!inFlight.isEmpty()) {
            deliverOldest();
        }
    }

    private void deliverOldest() {
        O result;
        try {
            result = inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            inFlight.forEach(f -> f.cancel(true));
            inFlight.clear();
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
        sink.accept(result);
    }

    /** Stops the workers; results not yet delivered are dropped. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (pool == null) {
            return;
        }
        inFlight.clear();
        pool.shutdownNow();
        try {
            // Items stop at their next interruption point or when done (a batch: milliseconds); a worker
            // still busy after this is a daemon and does not keep the JVM alive.
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
