package org.tarjama.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {

    private static void sleepUpTo(int maxMillis) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(maxMillis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * True when a worker of that name is still alive 5 s after the pipeline closed. A pool reports
     * termination once its workers have left their loop, a moment before their threads end, so the
     * check waits for them rather than sampling once (which failed under load).
     */
    private static boolean threadsAlive(String name) {
        long end = System.nanoTime() + 5_000_000_000L;
        while (true) {
            boolean alive = Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
            if (!alive || System.nanoTime() > end) {
                return alive;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return alive;
            }
        }
    }

    @Test
    void resultsComeBackInInputOrderOnTheSubmittingThread() {
        List<Integer> items = IntStream.range(0, 300).boxed().toList();
        List<String> out = new ArrayList<>();
        Thread caller = Thread.currentThread();
        OrderedPipeline.run("test-order", 4, 8, items.iterator(), i -> {
            sleepUpTo(2); // later items often finish first
            return "r" + i;
        }, r -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            out.add(r);
        });
        assertThat(out).isEqualTo(items.stream().map(i -> "r" + i).toList());
        assertThat(threadsAlive("test-order")).isFalse();
    }

    @Test
    void noMoreThanMaxInFlightItemsAreSubmittedAndNotDelivered() {
        AtomicInteger started = new AtomicInteger();
        int[] delivered = {0};
        int[] maxAhead = {0};
        try (OrderedPipeline<Integer, Integer> p = OrderedPipeline.start("test-bound", 3, 5, i -> {
            started.incrementAndGet();
            return i;
        }, r -> delivered[0]++)) {
            for (int i = 0; i < 200; i++) {
                p.submit(i);
                maxAhead[0] = Math.max(maxAhead[0], started.get() - delivered[0]);
            }
            p.finish();
        }
        assertThat(delivered[0]).isEqualTo(200);
        assertThat(maxAhead[0]).isLessThanOrEqualTo(5);
    }

    @Test
    void theFirstFailureInInputOrderIsThrownEvenWhenALaterOneHappensFirst() {
        List<Integer> got = new ArrayList<>();
        AtomicInteger processed = new AtomicInteger();
        assertThatThrownBy(() -> OrderedPipeline.run("test-fail", 2, 4, IntStream.range(0, 100_000).iterator(), i -> {
            processed.incrementAndGet();
            if (i == 3) {
                try {
                    Thread.sleep(50); // item 4 fails while item 3 is still working
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalArgumentException("item 3 is bad");
            }
            if (i == 4) {
                throw new IllegalStateException("item 4 is bad");
            }
            return i;
        }, got::add)).isInstanceOf(IllegalArgumentException.class).hasMessage("item 3 is bad");
        assertThat(got).containsExactly(0, 1, 2);
        // fail-fast: the producer stopped soon after the failure instead of running all the items
        assertThat(processed.get()).isLessThan(100);
        assertThat(threadsAlive("test-fail")).isFalse();
    }

    @Test
    void anErrorOfTheProducerOrTheSinkStopsTheWorkers() {
        assertThatThrownBy(() -> OrderedPipeline.run("test-sink", 2, 4, IntStream.range(0, 1000).iterator(),
                i -> i, r -> {
                    if (r == 10) {
                        throw new IllegalStateException("disk full");
                    }
                })).hasMessage("disk full");
        assertThat(threadsAlive("test-sink")).isFalse();
    }

    @Test
    void oneThreadRunsOnTheCallerWithoutAPool() {
        List<String> names = new ArrayList<>();
        List<Integer> out = OrderedPipeline.map("test-one", 1, List.of(1, 2, 3), i -> {
            names.add(Thread.currentThread().getName());
            return i * 10;
        });
        assertThat(out).containsExactly(10, 20, 30);
        assertThat(names).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void mapKeepsTheOrderOfItsList() {
        List<Integer> in = IntStream.range(0, 50).boxed().toList();
        assertThat(OrderedPipeline.map("test-map", 4, in, i -> {
            sleepUpTo(3);
            return -i;
        })).isEqualTo(in.stream().map(i -> -i).toList());
    }
}
