package org.tarjama.align;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A thread-safe memo table that holds at most about {@code 2 × capacity} entries: two generations,
 * the young one taking new entries; when it is full it becomes the old one and the previous old
 * generation is dropped. An entry used again from the old generation moves back to the young one,
 * so what is used often stays (an approximation of LRU without a lock). Values must be pure
 * functions of their keys: a lost race only computes a value twice.
 */
final class BoundedCache<K, V> {
    private final int capacity;
    private volatile ConcurrentHashMap<K, V> young = new ConcurrentHashMap<>();
    private volatile ConcurrentHashMap<K, V> old = new ConcurrentHashMap<>();
    private final AtomicInteger youngSize = new AtomicInteger();

    BoundedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    V get(K key, Function<? super K, ? extends V> compute) {
        ConcurrentHashMap<K, V> y = young;
        V v = y.get(key);
        if (v != null) {
            return v;
        }
        v = old.get(key);
        if (v == null) {
            v = compute.apply(key);
        }
        if (y.putIfAbsent(key, v) == null && youngSize.incrementAndGet() >= capacity) {
            rotate(y);
        }
        return v;
    }

    private synchronized void rotate(ConcurrentHashMap<K, V> full) {
        if (young == full) {
            old = full;
            young = new ConcurrentHashMap<>();
            youngSize.set(0);
        }
    }

    /** Entries held now (at most about twice the capacity). */
    int size() {
        return young.size() + old.size();
    }
}
