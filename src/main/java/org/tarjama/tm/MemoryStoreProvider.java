package org.tarjama.tm;

/**
 * A kind of store addressed by a URL scheme (such as {@code opensearch://}), found with
 * {@link java.util.ServiceLoader}: a store implementation registers itself in
 * {@code META-INF/services/org.tarjama.tm.MemoryStoreProvider}, so neither the CLI nor
 * pretranslation has to know it.
 */
public interface MemoryStoreProvider {

    /** The URL schemes this provider opens, without {@code ://} (for example {@code opensearch}). */
    java.util.Set<String> schemes();

    /** The store at {@code location} (a URL of one of {@link #schemes()}); bad input when malformed. */
    MemoryStore store(String location);
}
