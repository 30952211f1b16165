/**
 * The translation-memory server ({@code tarjama serve}): translate-toolkit's {@code tmserver} route
 * (which Weblate and amaGama clients call), a JSON API under {@code /api/v1/}, token-guarded imports
 * that become visible when they commit, and the refusals a server on a shared network must make
 * (foreign {@code Host}, missing token, oversized requests). Any {@link org.tarjama.tm.MemoryStore}
 * serves: the embedded store or a store on a search cluster.
 */
package org.tarjama.server;
