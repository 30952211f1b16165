package org.tarjama.tm;

/**
 * A place where a memory lives: a directory on this machine, or an index on a search cluster.
 * {@link MemoryStores#of(String)} turns a {@code --tm} value into a store.
 */
public interface MemoryStore {

    /** The location for messages, never with credentials. */
    String location();

    /** True when a memory has been committed here. */
    boolean exists();

    /** Opens the memory for reading (an empty memory when none exists yet). */
    TranslationMemory open();

    /** Starts an import (creating the memory on the first one). One importer at a time per store. */
    MemoryImport openImport();
}
